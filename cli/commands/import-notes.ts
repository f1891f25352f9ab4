/**
 * `carrel import-notes FILE [--dry-run] [--strict] [--document ID]`: a notes file (W3C Web Annotation
 * JSON-LD from any tool, or Hypothesis's API JSON) brought into the library, and the report the reading
 * room's preview shows: the counts, then each thing skipped with its reason, the people added, and
 * where notes on documents not in the library can go.
 */
import type { CarrelService, ImportReport } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';
import { readInputFile } from '../read-input.js';

/**
 * Largest file read. The store takes at most MAX_IMPORT_LENGTH characters, and a UTF-8 file has at
 * least a third as many as it has bytes, so a larger file could only be refused after loading it.
 */
export const MAX_NOTES_FILE_BYTES = 200_000_000;

/** How the import runs: only say what it would do; all or nothing; where notes on unknown documents go. */
export interface ImportNotesOptions {
  dryRun: boolean;
  strict: boolean;
  documentId: string | undefined;
}

/** Imports the notes in `file`; answers the report's lines and whether anything was refused (exit code 1). */
export async function importNotesFile(service: CarrelService, file: string, options: ImportNotesOptions): Promise<{ lines: string; refused: boolean }> {
  const bytes = await readInputFile(file, MAX_NOTES_FILE_BYTES);
  let content: string;
  try {
    // fatal: a file in another encoding would otherwise be imported with its accents garbled.
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CarrelError('bad-request', `Cannot import ${file}: it is not UTF-8 text, as a notes file must be.`);
  }
  const report = await service.importNotes({ content, dryRun: options.dryRun, strict: options.strict, ...(options.documentId !== undefined && { documentId: options.documentId }) });
  return { lines: formatImportReport(report, options), refused: options.strict && report.skipped.length > 0 };
}

/**
 * "Imported 12 annotations into “<title>”: 10 added, 1 updated, 1 unchanged, 0 orphaned.", then what
 * was skipped and why, one line each. A preview says "Would import"; a strict import refused says so.
 */
export function formatImportReport(report: ImportReport, { dryRun, strict }: Pick<ImportNotesOptions, 'dryRun' | 'strict'> = { dryRun: false, strict: false }): string {
  const { added, updated, unchanged, orphaned, documents, skipped } = report;
  const total = added + updated + unchanged;
  const lines: string[] = [];
  if (total === 0 && skipped.length === 0) return 'The file holds no annotations; nothing was imported.';
  const into = documents.length === 1 ? `“${documents[0]}”` : `${documents.length} documents (${documents.map((title) => `“${title}”`).join(', ')})`;
  const verb = report.applied ? 'Imported' : 'Would import';
  const counts = `${added} added, ${updated} updated, ${unchanged} unchanged, ${orphaned} orphaned`;
  lines.push(
    `${verb} ${total} ${total === 1 ? 'annotation' : 'annotations'}${total > 0 ? ` into ${into}` : ''}: ${counts}${skipped.length > 0 ? `; ${skipped.length} skipped` : ''}.`,
  );
  if (!report.applied) lines.push(strict && !dryRun ? 'Nothing was imported: with --strict, nothing is imported when anything would be skipped.' : 'Nothing was imported (--dry-run).');
  if (skipped.length > 0) lines.push('Skipped:', ...skipped.map(({ what, reason }) => `  ${what}: ${reason}`));
  if (report.peopleAdded.length > 0) lines.push(`People added to the registry: ${report.peopleAdded.join(', ')}.`);
  if (report.unplaced.length > 0) lines.push('To put the annotations on documents not in the library on one that is, import again with --document ID (see carrel documents).');
  return lines.join('\n');
}
