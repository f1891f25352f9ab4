/**
 * Export in one call: the format's text, a file name and a media type, ready for the shell to write
 * atomically. Each format lives in its own file; this only picks one and names the file.
 */
import type { ExportedFile, ExportFormat } from '../api.js';
import type { ExportBundle } from './bundle.js';
import { toCsv } from './csv.js';
import { toHtml } from './html.js';
import { toJsonLd } from './jsonld.js';
import { toMarkdown } from './markdown.js';
import { toTei } from './tei.js';

const FORMATS: Readonly<Record<ExportFormat, { write: (bundle: ExportBundle) => string; extension: string; mediaType: string }>> = {
  markdown: { write: toMarkdown, extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  jsonld: { write: toJsonLd, extension: 'jsonld', mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  csv: { write: toCsv, extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  tei: { write: toTei, extension: 'tei.xml', mediaType: 'application/tei+xml' },
  html: { write: toHtml, extension: 'html', mediaType: 'text/html; charset=utf-8' },
};

/** The bundle in one format, with the file name the save dialog proposes (see exportFileName). */
export function exportBundle(format: ExportFormat, bundle: ExportBundle): ExportedFile {
  const { write, extension, mediaType } = FORMATS[format];
  return { fileName: exportFileName(bundle, extension), mediaType, content: write(bundle) };
}

/**
 * `<document date>-<title slug>.<ext>` for one document ("1950-05-14-cable-from-vyshinsky-to-mao-zedong.md"),
 * `carrel-notes-<export date>.<ext>` for several. The slug is the title up to its first comma, colon or
 * semicolon (the main clause; the rest makes a path too long to read), at most 60 characters.
 */
export function exportFileName(bundle: ExportBundle, extension: string): string {
  const exportDate = bundle.generated.slice(0, 10);
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  if (!single) return `carrel-notes-${exportDate}.${extension}`;
  const date = single.meta.date && /^\d{4}-\d{2}-\d{2}$/u.test(single.meta.date) ? single.meta.date : exportDate;
  return `${date}-${slug(single.title)}.${extension}`;
}

/** Lower-case letters and digits of any script, joined by hyphens, cut at a word boundary. */
function slug(title: string): string {
  const main = title.split(/[,:;]/u)[0] ?? '';
  const words = main.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result}-${word}`;
    if (next.length > 60) break;
    result = next;
  }
  return result === '' ? (words[0]?.slice(0, 60) ?? 'document') : result;
}
