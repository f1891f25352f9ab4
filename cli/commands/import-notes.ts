/** `carrel import-notes FILE`: a W3C Web Annotation JSON-LD file brought into the library, and the report in one line. */
import type { CarrelService, ImportReport } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';
import { readInputFile } from '../read-input.js';

/**
 * Largest file read. The store takes at most MAX_IMPORT_LENGTH characters, and a UTF-8 file has at
 * least a third as many as it has bytes, so a larger file could only be refused after loading it.
 */
export const MAX_NOTES_FILE_BYTES = 200_000_000;

/** Imports the notes in `file`; answers the report as one line. */
export async function importNotesFile(service: CarrelService, file: string): Promise<string> {
  const bytes = await readInputFile(file, MAX_NOTES_FILE_BYTES);
  let content: string;
  try {
    // fatal: a file in another encoding would otherwise be imported with its accents garbled.
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CarrelError('bad-request', `Cannot import ${file}: it is not UTF-8 text, as a JSON-LD file must be.`);
  }
  return formatImportReport(await service.importNotes({ content }));
}

/** "Imported 12 annotations into “<title>”: 10 added, 1 updated, 1 unchanged, 0 orphaned." */
export function formatImportReport({ added, updated, unchanged, orphaned, documents }: ImportReport): string {
  const total = added + updated + unchanged;
  if (total === 0) return 'The file holds no annotations; nothing was imported.';
  const into = documents.length === 1 ? `“${documents[0]}”` : `${documents.length} documents (${documents.map((title) => `“${title}”`).join(', ')})`;
  return `Imported ${total} ${total === 1 ? 'annotation' : 'annotations'} into ${into}: ${added} added, ${updated} updated, ${unchanged} unchanged, ${orphaned} orphaned.`;
}
