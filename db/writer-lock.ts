/**
 * One writer per data folder. Two Carrels writing the same store would each believe their own view
 * (seeding twice, migrating under each other), so a second instance is refused at open.
 *
 * Why a lock held by SQLite rather than a pid file: SQLite's file locks (fcntl on POSIX, LockFileEx on
 * Windows) belong to the process and vanish when it dies, so a crash never leaves a stale lock to be
 * judged by a pid that may since have been reused, and taking the lock is atomic, so two instances
 * starting together cannot both win. Why not locking_mode=EXCLUSIVE on carrel.sqlite itself: that would
 * also shut out read-only readers (a `carrel export` beside the running app), and the refusal would
 * come as SQLITE_BUSY from whichever statement first touched the file. The lock file is a tiny SQLite
 * database that is never deleted: unlinking a lock file that another process has just opened lets two
 * processes lock two different files.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { CarrelError } from '../core/errors.js';
import { sqliteCode } from './sqlite-error.js';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'carrel.lock';

/** A held lock; `release` is idempotent. */
export interface WriterLock {
  release(): void;
}

/** Takes the data folder's writer lock, or throws CarrelError('unavailable') when another Carrel holds it. */
export function takeWriterLock(dataDir: string): WriterLock {
  const file = path.join(dataDir, LOCK_FILE);
  let lock: Database.Database | undefined;
  try {
    // timeout 0: a held lock is an answer, not something to wait for.
    lock = new Database(file, { timeout: 0 });
    // In exclusive locking mode SQLite keeps the lock it takes until the connection closes.
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
    // A write makes sure the exclusive lock is the one kept; the pid is for a human looking at the file.
    // Recreated each time: the lock file's content is a note, and an older Carrel may have left another shape.
    lock.exec('DROP TABLE IF EXISTS holder; CREATE TABLE holder (pid INTEGER NOT NULL, since TEXT NOT NULL)');
    lock.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(process.pid, new Date().toISOString());
    lock.exec('COMMIT');
  } catch (error) {
    lock?.close();
    if (sqliteCode(error) === 'SQLITE_BUSY') {
      throw new CarrelError(
        'unavailable',
        `Carrel is already open with this data folder (${dataDir}). Close the other Carrel window or command and try again, or choose another folder with --data-dir.`,
      );
    }
    throw new CarrelError(
      'unavailable',
      `Carrel could not lock its data folder ${dataDir} (${error instanceof Error ? error.message : String(error)}). If no Carrel is running, delete ${file} and try again.`,
    );
  }
  const held = lock;
  return {
    release() {
      if (held.open) held.close();
    },
  };
}
