/**
 * Putting one of the backups Carrel keeps (backup.ts) back in the store's place, when the store is
 * damaged or a reader wants the library as it was. It never opens the store itself, which may be past
 * opening; it takes the writer lock, so the reading room must be closed; and it deletes nothing: the
 * store it replaces is kept beside it, with its write-ahead log, under a name that says when.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CarrelError } from '../core/errors.js';
import { listBackups } from './backup.js';
import { assertKnownSchema, latestVersion, readMigrations } from './migrate.js';
import { STORE_FILE } from './open.js';
import { integrityProblems } from './sqlite-error.js';
import { takeWriterLock } from './writer-lock.js';

/** One backup as `carrel restore` and Settings list it. */
export interface BackupSummary {
  /** Its file name in the backups folder: what `carrel restore` takes. */
  name: string;
  file: string;
  /** When it was taken (ISO), read from its name. */
  takenAt: string;
  /** Why, in words ("before migration 11"). */
  reason: string;
  bytes: number;
}

const NAME_PARTS = /^carrel-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z0-9-]+)\.sqlite$/u;

/** The data folder's backups, newest first. */
export function backupSummaries(dataDir: string): BackupSummary[] {
  return listBackups(dataDir)
    .reverse()
    .flatMap((file) => {
      const name = path.basename(file);
      const parts = NAME_PARTS.exec(name);
      if (!parts) return [];
      const [, year, month, day, hour, minute, second, milli, reason = ''] = parts;
      return [{ name, file, takenAt: `${year}-${month}-${day}T${hour}:${minute}:${second}.${milli}Z`, reason: reason.replaceAll('-', ' '), bytes: fs.statSync(file).size }];
    });
}

/** What a restore did: the backup now in place, and where the store it replaced was kept (none when there was no store). */
export interface Restored {
  backup: BackupSummary;
  keptAs: string | undefined;
}

/**
 * Puts the backup called `name` (as backupSummaries names it) in the store's place. Refused with a
 * sentence, and nothing moved, when it is not one of this folder's backups, when it is itself damaged or
 * from a newer Carrel, or while Carrel has the folder open.
 */
export function restoreBackup(dataDir: string, name: string, now: Date = new Date()): Restored {
  const backup = backupSummaries(dataDir).find((candidate) => candidate.name === path.basename(name));
  if (backup === undefined) {
    throw new CarrelError('not-found', `${name} is not one of the backups of ${dataDir}: \`carrel restore\` lists them.`);
  }
  checkBackup(backup, dataDir);
  const lock = takeWriterLock(dataDir);
  try {
    const store = path.join(dataDir, STORE_FILE);
    const keptAs = fs.existsSync(store) ? keepAside(store, now) : undefined;
    // Copied beside the store first and renamed over it, so that the store's name never holds half a file.
    const incoming = `${store}.restoring`;
    fs.copyFileSync(backup.file, incoming);
    fs.renameSync(incoming, store);
    return { backup, keptAs };
  } finally {
    lock.release();
  }
}

/** Refuses a backup that is damaged or that this Carrel cannot read. */
function checkBackup(backup: BackupSummary, dataDir: string): void {
  let version: unknown;
  try {
    const db = new Database(backup.file, { readonly: true, fileMustExist: true });
    try {
      const problems = integrityProblems(db);
      if (problems !== undefined) throw new Error(problems);
      version = db.pragma('user_version', { simple: true });
    } finally {
      db.close();
    }
  } catch (error) {
    throw new CarrelError('store', `The backup ${backup.name} is damaged too (SQLite says: ${error instanceof Error ? error.message : String(error)}). Nothing was changed: choose an older one.`);
  }
  assertKnownSchema(typeof version === 'number' ? version : Number.NaN, latestVersion(readMigrations()), dataDir);
}

/** Moves the store and its write-ahead files aside as `carrel-replaced-<time>.sqlite` (…-wal, …-shm); answers the new name. */
function keepAside(store: string, now: Date): string {
  const keptAs = path.join(path.dirname(store), `carrel-replaced-${now.toISOString().replace(/[-:.]/gu, '')}.sqlite`);
  // The log goes with its store: left behind, SQLite would replay it into the restored file.
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(store + suffix)) fs.renameSync(store + suffix, keptAs + suffix);
  fs.renameSync(store, keptAs);
  return keptAs;
}
