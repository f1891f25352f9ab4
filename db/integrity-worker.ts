/**
 * The thread of the background integrity check (integrity-check.ts): `PRAGMA integrity_check` over the
 * store on a read-only connection of its own, posting back what it finds wrong, or null when the file
 * is sound. A read-only connection in WAL mode never blocks the writer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { integrityProblems, isDamagedFileError } from './sqlite-error.js';

const { file } = workerData as { file: string };

function check(): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return integrityProblems(db) ?? null;
  } catch (error) {
    if (isDamagedFileError(error)) return error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    db?.close();
  }
}

parentPort?.postMessage(check());
