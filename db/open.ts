/**
 * Opening the store: one SQLite file, `carrel.sqlite`, in the data folder. Everything that can be wrong
 * with a folder or a file is found here, before anything is written, and reported in words a reader can
 * act on.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { restoreCommand } from '../core/backups/restore-command.js';
import { CarrelError } from '../core/errors.js';
import { backupsFolder, listBackups } from './backup.js';
import { checkInBackground, CHECKED_AT_OPEN_BYTES, checkWholeAtOpen, type BackgroundCheck } from './integrity-check.js';
import { prepareDataFolder } from './data-folder.js';
import { refuseReadOnly } from './read-only-store.js';
import { assertKnownSchema, defaultMigrationsDir, latestVersion, readMigrations } from './migrate.js';
import { integrityProblems, isDamagedFileError } from './sqlite-error.js';
import { takeWriterLock, type WriterLock } from './writer-lock.js';

/** The database file's name inside the data folder. */
export const STORE_FILE = 'carrel.sqlite';

/** An open store. Close it to release the data folder for another Carrel. */
export interface Store {
  readonly db: Database.Database;
  readonly dataDir: string;
  /** The SQLite file. */
  readonly file: string;
  readonly readonly: boolean;
  /** The damage the background integrity check found (integrity-check.ts), once it has; undefined till then and when sound. */
  damage(): CarrelError | undefined;
  /** Settles once the file has been checked whole: at once when that was done at open, or for a read-only opening, which leaves it to the writer. */
  readonly checked: Promise<void>;
  /** Closes the database and releases the writer lock; safe to call twice. */
  close(): void;
}

/**
 * `migrationsDir` decides which schema version counts as "newest known"; tests point it at their own, and
 * at `checkedAtOpenBytes` the size above which a store is checked whole in the background. `log` receives
 * a background check that could not run.
 */
export interface OpenStoreOptions {
  dataDir: string;
  readonly?: boolean;
  migrationsDir?: string;
  checkedAtOpenBytes?: number;
  log?: (error: unknown) => void;
}

/**
 * Opens the store in `dataDir`, creating the folder when missing (unless `readonly`). Throws
 * CarrelError when the folder cannot be used, another Carrel has it open, the file is damaged, it was
 * written by a newer Carrel, or (unless `readonly`) SQLite may not write it; in each of those cases
 * nothing in the folder was changed.
 */
export function openStore({ dataDir, readonly = false, migrationsDir = defaultMigrationsDir(), checkedAtOpenBytes = CHECKED_AT_OPEN_BYTES, log = console.error }: OpenStoreOptions): Store {
  const folder = path.resolve(dataDir);
  prepareDataFolder(folder, { create: !readonly, readonly });
  const file = path.join(folder, STORE_FILE);
  if (readonly && !fs.existsSync(file)) {
    throw new CarrelError('unavailable', `There is no Carrel store in ${folder}. Check the path, or choose another folder with --data-dir.`);
  }
  // Read-only openings do not take the writer lock: WAL lets them read beside the writer.
  const lock: WriterLock | undefined = readonly ? undefined : takeWriterLock(folder);
  let db: Database.Database | undefined;
  let checkLater = false;
  try {
    if (fs.existsSync(file)) {
      // A read-only opening may meet the writer's log: that is no sign of a crash, and the writer checks.
      const whole = checkWholeAtOpen(file, readonly ? Number.POSITIVE_INFINITY : checkedAtOpenBytes);
      inspect(file, folder, latestVersion(readMigrations(migrationsDir)), whole);
      checkLater = !whole && !readonly;
    }
    db = readonly ? new Database(file, { readonly: true, fileMustExist: true }) : new Database(file);
    if (!readonly) refuseReadOnly(db, file);
    configure(db, readonly);
  } catch (error) {
    db?.close();
    lock?.release();
    throw error;
  }
  const opened = db;
  const later: BackgroundCheck | undefined = checkLater ? checkInBackground(file, (problems) => damaged(file, folder, problems), log) : undefined;
  return {
    db: opened,
    dataDir: folder,
    file,
    readonly,
    damage: () => later?.damage(),
    checked: later?.finished ?? Promise.resolve(),
    close() {
      later?.stop();
      if (opened.open) opened.close();
      lock?.release();
    },
  };
}

/**
 * Another read-write connection to a store this process has open, for the import worker's thread: the
 * store's settings, and no writer lock (the process holds it). Close it when done.
 */
export function openSecondConnection(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true });
  try {
    configure(db, false);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * True when `dataDir` holds a store at the newest schema, which a read-only opening can serve as it is.
 * False for anything else (no file, an older schema, a file SQLite cannot read): opening it for writing
 * sets it up, or says what is wrong.
 */
export function storeIsCurrent(dataDir: string, migrationsDir: string = defaultMigrationsDir()): boolean {
  const file = path.join(path.resolve(dataDir), STORE_FILE);
  if (!fs.existsSync(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.pragma('user_version', { simple: true }) === latestVersion(readMigrations(migrationsDir));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

function configure(db: Database.Database, readonly: boolean): void {
  if (!readonly) {
    // WAL: readers never block the writer, and a commit is one append. With synchronous=NORMAL a commit
    // is durable across an application crash; only an OS crash or power loss may lose the last
    // transactions, never corrupt the file. That trade buys fast writes for annotation typing.
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') {
      throw new CarrelError('unavailable', `Carrel cannot use its data folder ${path.dirname(db.name)}: SQLite could not turn on write-ahead logging there (a network drive?). Choose a local folder with --data-dir.`);
    }
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  // A write inside a transaction on a table with triggers keeps a statement journal; once one outgrows
  // 64 KiB SQLite moves it to a temporary file for the rest of the transaction, and each later row is
  // then a write to disk (an import of 10,000 notes wrote 340 MB so, and took half as long again).
  db.pragma('temp_store = MEMORY');
  // Read-only openings and checkpoints may hold a lock for a moment; wait rather than fail.
  db.pragma('busy_timeout = 5000');
}

/**
 * Checks an existing file on a read-only connection, so that a file that is refused is left byte for
 * byte as it was (a read-write connection would switch it to WAL and checkpoint on close): its header
 * and schema always, every page and index too when `whole` (integrity-check.ts says when).
 */
function inspect(file: string, dataDir: string, latest: number, whole: boolean): void {
  refuseOddFile(file, dataDir);
  let db: Database.Database | undefined;
  let version: unknown;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    // Reading the schema table parses every CREATE in it: a broken page there or a malformed schema throws.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const problems = whole ? integrityProblems(db) : undefined;
    if (problems !== undefined) throw damaged(file, dataDir, problems);
    version = db.pragma('user_version', { simple: true });
  } catch (error) {
    if (isDamagedFileError(error)) throw damaged(file, dataDir, error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    db?.close();
  }
  if (typeof version !== 'number') throw new Error(`user_version of ${file} is ${String(version)}`);
  if (version < 0) throw damagedSchema(dataDir, `its schema version is ${version}`);
  assertKnownSchema(version, latest, dataDir);
}

function damaged(file: string, dataDir: string, detail: string): CarrelError {
  return new CarrelError('store', `The Carrel database ${file} is damaged (SQLite says: ${detail}). Nothing was changed. ${restoreAdvice(dataDir)}`);
}

/**
 * A store file that is not one: a folder or a device in its place, or an empty file, which SQLite would
 * take for a new database and Carrel would fill with a fresh library over whatever it had held.
 */
function refuseOddFile(file: string, dataDir: string): void {
  const info = fs.statSync(file);
  if (info.isDirectory()) throw new CarrelError('store', `${file} is a folder, not a Carrel database. Nothing was changed: move it aside, or choose another folder with --data-dir.`);
  if (!info.isFile()) throw new CarrelError('store', `${file} is not a regular file, so it cannot be a Carrel database. Nothing was changed: move it aside, or choose another folder with --data-dir.`);
  if (info.size === 0) {
    throw new CarrelError(
      'store',
      `The Carrel database ${file} is empty (0 bytes): the library it held is gone, perhaps in a crash or a full disk. Nothing was changed. ${restoreAdvice(dataDir)} To start a new library instead, delete the empty file.`,
    );
  }
}

/** The sentence for a store whose schema SQLite finds broken (`detail`, in SQLite's words). */
export function damagedSchema(dataDir: string, detail: string): CarrelError {
  return new CarrelError(
    'store',
    `The Carrel database ${path.join(dataDir, STORE_FILE)} is damaged: its tables are not what its version says (SQLite says: ${detail}). Nothing was changed. ${restoreAdvice(dataDir)}`,
  );
}

/** The sentence for a disk that fills while the store is set up or brought up to date: SQLite rolled the step back. */
export function fullDisk(dataDir: string): CarrelError {
  return new CarrelError('store', `The disk that holds the library (${dataDir}) is full, so Carrel could not set it up or bring it up to date; nothing was changed. Free some space and start Carrel again.`);
}

/** What to do about a store that cannot be used: the newest backup, if there is one. */
function restoreAdvice(dataDir: string): string {
  const newest = listBackups(dataDir).at(-1);
  return newest
    ? `The newest backup is ${path.basename(newest)}: to put it in the library's place, close Carrel and run \`${restoreCommand(path.basename(newest), dataDir, process.platform)}\` (the damaged file is kept beside it); \`carrel restore\` lists the others.`
    : `Backups would be in ${backupsFolder(dataDir)}, but there are none yet.`;
}
