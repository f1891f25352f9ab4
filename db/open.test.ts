import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { latestVersion, readMigrations } from './migrate.js';
import { openStore, STORE_FILE } from './open.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';
import { LOCK_FILE } from './writer-lock.js';

const require = createRequire(import.meta.url);

afterEach(cleanUpScratch);

/** The file's bytes and modification time, to prove that a refused file was not touched. */
function fingerprint(file: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
}

function openError(options: Parameters<typeof openStore>[0]): { code: string; message: string } {
  try {
    openStore(options).close();
  } catch (error) {
    if (isCarrelError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('openStore did not refuse');
}

describe('openStore', () => {
  it('creates a missing data folder, with its parents', () => {
    const dataDir = path.join(scratchFolder(), 'a', 'b', 'carrel');
    const store = closeAfterTest(openStore({ dataDir }));
    expect(fs.statSync(dataDir).isDirectory()).toBe(true);
    expect(store.file).toBe(path.join(dataDir, STORE_FILE));
    expect(fs.existsSync(store.file)).toBe(true);
  });

  it('turns on write-ahead logging, foreign keys and NORMAL synchronous', () => {
    const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('refuses a data folder that is a file, naming it and saying what to do', () => {
    const dataDir = path.join(scratchFolder(), 'not-a-folder');
    fs.writeFileSync(dataDir, 'hello');
    const error = openError({ dataDir });
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/is a file, not a folder.*--data-dir/);
    expect(fs.readFileSync(dataDir, 'utf8')).toBe('hello');
  });

  it('refuses a second Carrel on the same folder while the first is open, and allows it after close', () => {
    const dataDir = scratchFolder();
    const first = openStore({ dataDir });
    const error = openError({ dataDir });
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain(`Carrel is already open with this data folder (${dataDir})`);
    first.close();
    closeAfterTest(openStore({ dataDir }));
  });

  it('is not kept out by a Carrel that died without closing', async () => {
    const dataDir = scratchFolder();
    // A stand-in for a crashed Carrel: another process takes the lock as takeWriterLock does, then is killed.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
         const lock = new Database(${JSON.stringify(path.join(dataDir, LOCK_FILE))});
         lock.pragma('locking_mode = EXCLUSIVE');
         lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER); COMMIT');
         console.log('locked');
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await once(holder.stdout, 'data');
    expect(openError({ dataDir }).message).toMatch(/already open/);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    closeAfterTest(openStore({ dataDir }));
  });

  it('lets a read-only opening read beside the open writer', () => {
    const dataDir = scratchFolder();
    const writer = closeAfterTest(openStore({ dataDir }));
    writer.db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42)');
    const reader = closeAfterTest(openStore({ dataDir, readonly: true }));
    expect(reader.db.prepare('SELECT x FROM t').pluck().get()).toBe(42);
    expect(() => reader.db.exec('INSERT INTO t VALUES (1)')).toThrow(/readonly/);
  });

  it('refuses a read-only opening of a folder that holds no store, without creating anything', () => {
    const dataDir = path.join(scratchFolder(), 'missing');
    expect(openError({ dataDir, readonly: true }).message).toMatch(/no Carrel data folder/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('refuses a damaged database file, says where the backups are, and leaves the file untouched', () => {
    const dataDir = scratchFolder();
    const file = path.join(dataDir, STORE_FILE);
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    const before = fingerprint(file);
    const error = openError({ dataDir });
    expect(error.code).toBe('store');
    expect(error.message).toContain(`The Carrel database ${file} is damaged`);
    expect(error.message).toContain('Nothing was changed.');
    expect(error.message).toContain(path.join(dataDir, 'backups'));
    expect(fingerprint(file)).toEqual(before);
    // The refusal released the writer lock: trying again meets the same damage, not "already open".
    expect(openError({ dataDir }).message).toMatch(/is damaged/);
  });

  it('refuses an empty database file rather than filling it with a fresh library, and says how to start anew', () => {
    const dataDir = scratchFolder();
    const file = path.join(dataDir, STORE_FILE);
    fs.writeFileSync(file, '');
    const error = openError({ dataDir });
    expect(error).toMatchObject({ code: 'store' });
    expect(error.message).toBe(
      `The Carrel database ${file} is empty (0 bytes): the library it held is gone, perhaps in a crash or a full disk. Nothing was changed. Backups would be in ${path.join(dataDir, 'backups')}, but there are none yet. To start a new library instead, delete the empty file.`,
    );
    expect(fs.statSync(file).size).toBe(0);
  });

  it('refuses a folder where the database file should be, in one sentence', () => {
    const dataDir = scratchFolder();
    const file = path.join(dataDir, STORE_FILE);
    fs.mkdirSync(file);
    expect(openError({ dataDir })).toEqual({
      code: 'store',
      message: `${file} is a folder, not a Carrel database. Nothing was changed: move it aside, or choose another folder with --data-dir.`,
    });
    expect(openError({ dataDir, readonly: true }).message).toMatch(/is a folder, not a Carrel database/);
  });

  it('refuses a database written by a newer Carrel and leaves the file untouched', () => {
    const dataDir = scratchFolder();
    const file = path.join(dataDir, STORE_FILE);
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma('user_version = 99');
    newer.close();
    const before = fingerprint(file);
    const latest = latestVersion(readMigrations());
    const error = openError({ dataDir });
    expect(error.message).toContain(
      `This data folder was written by a newer version of Carrel (schema 99; this version knows up to ${latest}). Nothing was changed.`,
    );
    expect(fingerprint(file)).toEqual(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
