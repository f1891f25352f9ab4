/**
 * `carrel import FILE...`: the reader's own documents into the library, a folder's files included, each
 * answered on its own line; one file that cannot be read does not stop the others.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CarrelService, ImportedDocument } from '../../core/api.js';
import { isCarrelError } from '../../core/errors.js';
import { MAX_IMPORT_BYTES } from '../../core/importers/model.js';
import { readInputFile } from '../read-input.js';
import { collectionCalled } from './collections.js';

/** One file's outcome: where it went, or why it did not. */
export type FileOutcome = { file: string; imported: ImportedDocument } | { file: string; problem: string };

/**
 * Imports every file named, and every regular file under a folder named (hidden files skipped, links not
 * followed); with `collection`, puts each document that reached the library (new or already there) in the
 * collection of that name, made first if there is none.
 */
export async function importFiles(service: CarrelService, names: readonly string[], into: string | undefined, collection?: string): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const collectionId = collection === undefined ? undefined : (await collectionCalled(service, collection)).id;
  for (const file of await expandFolders(names)) {
    try {
      const bytes = await readInputFile(file, MAX_IMPORT_BYTES);
      const imported = await service.importDocument({ fileName: path.basename(file), content: bytes.toString('base64'), ...(into !== undefined && { into }) });
      if (collectionId !== undefined) await service.addToCollection({ collectionId, documentId: imported.documentId });
      outcomes.push({ file, imported });
    } catch (error) {
      if (!isCarrelError(error)) throw error;
      outcomes.push({ file, problem: error.message });
    }
  }
  return outcomes;
}

/** The outcomes as lines ("Imported …", "Already in the library …", "Not imported …"), or as JSON. */
export function formatOutcomes(outcomes: readonly FileOutcome[], json: boolean): string {
  if (json) return JSON.stringify(outcomes, null, 2);
  if (outcomes.length === 0) return 'No files to import.';
  return outcomes
    .map((outcome) => {
      if ('problem' in outcome) return `Not imported ${outcome.file}: ${outcome.problem}`;
      const { title, documentId, format, created, witnessIds } = outcome.imported;
      if (!created) return `Already in the library: ${outcome.file} as “${title}” (${documentId}).`;
      const transcriptions = witnessIds.length === 1 ? '' : `, ${witnessIds.length} transcriptions`;
      return `Imported ${outcome.file} (${format}${transcriptions}) as “${title}” (${documentId}).`;
    })
    .join('\n');
}

/** The files named, a folder replaced by the regular files under it, in name order. */
async function expandFolders(names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    const info = await stat(name).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(name);
      continue;
    }
    const entries = await readdir(name, { withFileTypes: true, recursive: true });
    const inside = entries
      .filter((entry) => entry.isFile() && !isHidden(path.relative(name, path.join(entry.parentPath, entry.name))))
      .map((entry) => path.join(entry.parentPath, entry.name));
    files.push(...inside.sort());
  }
  return files;
}

function isHidden(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith('.'));
}
