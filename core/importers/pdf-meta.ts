/**
 * A PDF's own description of itself: its information dictionary (Title, Author, Subject), the XMP
 * metadata beside it when the dictionary is silent, and the catalog's language. The file's creation
 * and modification dates are left out: they date the file (a scan made in 2019), not the document
 * (a telegram of 1950), and a reader would take them for the document's date.
 */
import type { DocumentMeta } from '../document/model.js';

/** What pdf.js's `getMetadata()` gives: `info` as a plain object, `metadata` (XMP) with `get`. */
export interface PdfMetadata {
  info: object;
  metadata: { get(name: string): unknown } | null;
}

/** A BCP 47 tag, as the catalog's /Lang should hold ("en", "en-GB", "he"). */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u;
/** What a word processor writes when the author gave no title: the program and the file's name. */
const OFFICE_PREFIX = /^Microsoft (?:Word|PowerPoint|Excel) - /u;
const FILE_NAME = /\.(?:docx?|rtf|odt|pages|pdf|txt|tex|dvi|e?ps|indd|qxd|pptx?|xlsx?)$/iu;

/** The document's metadata; `language` is the catalog's /Lang (pdf.js gives it as `info.Language`). */
export function pdfMeta({ info, metadata }: PdfMetadata): DocumentMeta {
  const field = (key: string): string | undefined => text((info as Record<string, unknown>)[key]);
  const xmp = (name: string): string | undefined => text(metadata?.get(name));
  const meta: DocumentMeta = {};
  const title = ownTitle(field('Title')) ?? ownTitle(xmp('dc:title'));
  if (title) meta.title = title;
  const author = field('Author') ?? xmp('dc:creator');
  if (author) meta.author = author;
  const summary = field('Subject') ?? xmp('dc:description');
  if (summary) meta.summary = summary;
  const language = field('Language');
  if (language && LANGUAGE_TAG.test(language)) meta.language = language;
  const rights = xmp('dc:rights');
  if (rights) meta.rights = rights;
  return meta;
}

/** A title the author gave, not one a program made up from the file's name. */
function ownTitle(title: string | undefined): string | undefined {
  const own = title?.replace(OFFICE_PREFIX, '').trim();
  if (!own || FILE_NAME.test(own) || /^untitled$/iu.test(own)) return undefined;
  return own;
}

/** A value as one line of text (XMP lists, such as several creators, joined by "; "), or undefined. */
function text(value: unknown): string | undefined {
  const joined = Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('; ') : value;
  if (typeof joined !== 'string') return undefined;
  // Strings in a PDF may carry NULs and control characters from their encoding.
  const clean = joined.replace(/[\u0000-\u001f\u007f]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return clean === '' ? undefined : clean.normalize('NFC');
}
