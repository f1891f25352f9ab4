/**
 * What the import benches share: importing a file the way the reading room does (the service's
 * importDocument, the file's bytes in base64 as the page sends them) into a new store of its own each
 * time, since the same bytes again would only be recognised.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedDocument } from '../core/api.js';
import { openCarrel, type CarrelApp } from '../db/index.js';
import { witnessById } from '../db/repositories/witnesses.js';
import type { MemoryTask } from './peak-memory.js';
import { timed, type Timing } from './turns.js';

/** A store in a new temporary folder (migrated and seeded, as a first run leaves it) and how to remove it. */
export function freshStore(): { app: CarrelApp; remove(): void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-import-'));
  const app = openCarrel({ dataDir, version: 'bench', userName: 'Bench' });
  return {
    app,
    remove: () => {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What one import did, for the printed line: its timing, the reading text's length and block count. */
export interface ImportOutcome extends Timing {
  characters: number;
  blocks: number;
  encoding: string | undefined;
}

/**
 * Imports the file into a fresh store through importDocument and times that call alone (opening the
 * store and removing it are not timed). `content` is the file in base64, made beforehand as the page
 * makes it; decoding it is the service's work and is timed.
 */
export async function importIntoFreshStore(fileName: string, content: string): Promise<ImportOutcome> {
  const store = freshStore();
  try {
    let imported: ImportedDocument | undefined;
    const timing = await timed(async () => {
      imported = await store.app.service.importDocument({ fileName, content });
    });
    const witness = witnessById(store.app.store.db, imported?.witnessIds[0] ?? '');
    return { ...timing, characters: witness?.text.length ?? 0, blocks: witness?.blocks.length ?? 0, encoding: witness?.encoding };
  } finally {
    store.remove();
  }
}

/**
 * The memory task for an import (peak-memory.ts): a fresh store opened, the file read from disk, and
 * `warmUp` imported first, so that what is measured is this file's import and not the start of the
 * import path (the import worker and the importers it loads, a cost a session pays once).
 */
export function importTask(fileName: string, warmUp: { fileName: string; bytes: Uint8Array }): MemoryTask {
  return async (inputPath) => {
    const content = readFileSync(inputPath).toString('base64');
    const store = freshStore();
    try {
      await store.app.service.importDocument({ fileName: warmUp.fileName, content: Buffer.from(warmUp.bytes).toString('base64') });
    } catch {
      // Refused, as a warm-up may be: the import path has started all the same.
    }
    return async () => {
      try {
        await store.app.service.importDocument({ fileName, content });
      } finally {
        store.remove();
      }
    };
  };
}

/** A size in MB (10^6 bytes) or KB, for the printed lines. */
export function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`;
}
