/** `carrel export`: notes in one of the export formats, to standard output or, atomically, to a file. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ExportFormat } from '../../core/api.js';
import type { CarrelApp } from '../../db/index.js';
import { writeChunksAtomically } from '../atomic-write.js';
import { existingCollection } from './collections.js';

/** What the command line asked for; `format` already checked with exportFormatProblem. */
export interface ExportRequest {
  format: ExportFormat;
  documentId?: string | undefined;
  /** The name of a collection whose documents' notes to export. */
  collection?: string | undefined;
  /** A file, or a folder to write the export's own file name into; standard output when absent. */
  out?: string | undefined;
}

/** Why `format` is not one Carrel writes, in one line naming those it does; undefined when it is one. */
export function exportFormatProblem(format: string | undefined): string | undefined {
  const formats = ExportFormat.options.join(', ');
  if (format === undefined) return `export needs --format: one of ${formats}.`;
  return ExportFormat.safeParse(format).success ? undefined : `--format takes one of ${formats}, not "${format}".`;
}

/**
 * Exports the notes; prints the file itself without `out`, else writes it there in chunks (a large
 * export is never held whole) and prints one line saying where it went.
 */
export async function exportNotes(
  app: Pick<CarrelApp, 'service' | 'exportStream'>,
  { format, documentId, collection, out }: ExportRequest,
  print: (text: string) => void,
): Promise<void> {
  const collectionId = collection === undefined ? undefined : (await existingCollection(app.service, collection)).id;
  const selection = { format, ...(documentId !== undefined && { documentId }), ...(collectionId !== undefined && { collectionId }) };
  if (out === undefined) {
    // print ends the text with a line break of its own.
    print((await app.service.exportNotes(selection)).content.replace(/\n$/u, ''));
    return;
  }
  const file = app.exportStream(selection);
  const target = (await isFolder(out)) ? path.join(out, file.fileName) : out;
  await writeChunksAtomically(target, file.chunks);
  print(`Exported ${format} to ${target}.`);
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    // Missing: a new file, whose folder the write checks.
    return false;
  }
}
