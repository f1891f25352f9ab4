/**
 * A store SQLite will not write: its file or folder read-only, the disk it is on mounted read-only, or the
 * file moved away while Carrel had it open. SQLite opens such a file without a word and refuses only the
 * first write, so opening for writing tries one (`refuseReadOnly`), and a write refused later is answered
 * with the same sentence (`readOnlyRefusal`) rather than as a fault.
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { CarrelError } from '../core/errors.js';
import { errnoCode } from './data-folder.js';
import { sqliteCode } from './sqlite-error.js';

/** What keeps SQLite from writing the store. */
export type ReadOnlyCause = 'file' | 'folder' | 'disk' | 'moved';

/**
 * Why SQLite refused to write, from its result code and, for a plain SQLITE_READONLY, what the file
 * system answers when asked whether the file may be written (`accessCode`: EROFS, EACCES ..., undefined
 * when it may); undefined when `sqlite` is not a refusal to write.
 */
export function readOnlyCause(sqlite: string | undefined, accessCode: string | undefined): ReadOnlyCause | undefined {
  if (sqlite === 'SQLITE_READONLY_DIRECTORY') return 'folder';
  if (sqlite === 'SQLITE_READONLY_DBMOVED') return 'moved';
  if (!sqlite?.startsWith('SQLITE_READONLY')) return undefined;
  return accessCode === 'EROFS' ? 'disk' : 'file';
}

const WHAT_IS_WRONG: Record<ReadOnlyCause, string> = {
  file: 'the file is read-only',
  folder: 'its folder is read-only, and SQLite must write its log beside it',
  disk: 'the disk it is on is read-only',
  moved: 'the file was moved or deleted while Carrel had it open',
};

const WHAT_TO_DO: Record<ReadOnlyCause, string> = {
  file: 'Give your user account permission to write it, or choose another folder with --data-dir; `carrel documents`, `search` and `export` can still read it.',
  folder: 'Give your user account permission to write that folder, or choose another with --data-dir.',
  disk: 'Mount the disk so that it can be written, or copy the data folder to one that can and choose it with --data-dir.',
  moved: 'Put it back, then quit Carrel and start it again.',
};

/** The sentence for a store at `file` that cannot be written because of `cause`. */
export function readOnlySentence(file: string, cause: ReadOnlyCause): string {
  return `Carrel cannot write to its library ${file}: ${WHAT_IS_WRONG[cause]}. Nothing was changed. ${WHAT_TO_DO[cause]}`;
}

/** `error` as a CarrelError with a sentence when it is SQLite refusing to write the store at `file`; else undefined. */
export function readOnlyRefusal(error: unknown, file: string): CarrelError | undefined {
  const code = sqliteCode(error);
  const cause = readOnlyCause(code, code === 'SQLITE_READONLY' ? accessProblem(file) : undefined);
  return cause && new CarrelError('unavailable', readOnlySentence(file, cause));
}

/**
 * Throws the sentence when SQLite will not write the freshly opened `db`. The probe is a write rolled
 * back before it reaches the file: BEGIN IMMEDIATE alone succeeds on a read-only file in WAL mode.
 */
export function refuseReadOnly(db: Database.Database, file: string): void {
  try {
    db.exec('BEGIN IMMEDIATE');
    db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
  } catch (error) {
    throw readOnlyRefusal(error, file) ?? error;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/** What the file system answers when asked whether `file` may be written: undefined when it may. */
function accessProblem(file: string): string | undefined {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return undefined;
  } catch (error) {
    return errnoCode(error);
  }
}
