/**
 * Every format Carrel reads, in one table, and the choice of importer for a file: by what its bytes
 * show first (magic bytes, XML root, a BOM), by its name's extension only when the bytes do not say,
 * and as text last. Adding a format is a row here and a module beside it; the store never changes.
 */
import type { WitnessSource } from '../document/model.js';
import { CarrelError } from '../errors.js';
import { docxImporter } from './docx.js';
import { htmlImporter } from './html.js';
import { markdownImporter } from './markdown.js';
import { MAX_IMPORT_BYTES, type ImportFile, type Importer, type ReadDocument } from './model.js';
import { pdfImporter } from './pdf.js';
import { teiImporter } from './tei.js';
import { telegramImporter } from './telegram.js';
import { textImporter } from './text.js';

/** In the order their `recognises` is asked: the surest signs first, plain text last. */
export const IMPORTERS: readonly Importer[] = [pdfImporter, docxImporter, teiImporter, htmlImporter, telegramImporter, markdownImporter, textImporter];

/** The importer for `file`; a `bad-request` CarrelError for a file no importer could read (empty, too large). */
export function chooseImporter(file: ImportFile): Importer {
  if (file.bytes.length === 0) throw new CarrelError('bad-request', `${file.fileName} is empty: there is nothing to import.`);
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new CarrelError('bad-request', `${file.fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Carrel imports.`);
  }
  const extension = /\.([^./\\]+)$/u.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  return IMPORTERS.find((importer) => importer.recognises(file)) ?? IMPORTERS.find((importer) => importer.extensions.includes(extension)) ?? textImporter;
}

/** The format a witness of `source` was read as, as a reader calls it ("PDF"). */
export function formatName(source: WitnessSource): string {
  return IMPORTERS.find((importer) => importer.source === source)?.name ?? telegramImporter.name;
}

/** Reads `file` with the importer chosen for it. */
export async function readDocumentFile(file: ImportFile): Promise<{ importer: Importer; document: ReadDocument }> {
  const importer = chooseImporter(file);
  return { importer, document: await importer.read(file) };
}
