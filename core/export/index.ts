/**
 * Export in one call: the format's text, a file name and a media type, ready for the shell to write
 * atomically, whole or in chunks. Each format lives in its own file; this only picks one and names the file.
 */
import type { ExportedFile, ExportFormat } from '../api.js';
import type { ExportBundle } from './bundle.js';
import { joined } from './chunks.js';
import { csvChunks } from './csv.js';
import { htmlChunks } from './html.js';
import { jsonLdChunks } from './jsonld.js';
import { markdownChunks } from './markdown.js';
import { teiChunks } from './tei.js';

const FORMATS: Readonly<Record<ExportFormat, { chunks: (bundle: ExportBundle) => Iterable<string>; extension: string; mediaType: string }>> = {
  markdown: { chunks: markdownChunks, extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  jsonld: { chunks: jsonLdChunks, extension: 'jsonld', mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  csv: { chunks: csvChunks, extension: 'csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  tei: { chunks: teiChunks, extension: 'tei.xml', mediaType: 'application/tei+xml' },
  html: { chunks: htmlChunks, extension: 'html', mediaType: 'text/html; charset=utf-8' },
};

/** An export as it is made: its text in chunks, to be written to a file one at a time. */
export interface ExportStream {
  fileName: string;
  mediaType: string;
  /** The file's text in order; made as they are read, so read them once. */
  chunks: Iterable<string>;
}

/** The bundle in one format, with the file name the save dialog proposes (see exportFileName). */
export function exportBundle(format: ExportFormat, bundle: ExportBundle): ExportedFile {
  const { chunks, ...file } = exportStream(format, bundle);
  return { ...file, content: joined(chunks) };
}

/** The bundle in one format in chunks, for a writer that sends them to a file without holding the whole. */
export function exportStream(format: ExportFormat, bundle: ExportBundle): ExportStream {
  const { chunks, extension, mediaType } = FORMATS[format];
  return { fileName: exportFileName(bundle, extension), mediaType, chunks: chunks(bundle) };
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
