import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { createDispatcher } from './dispatch.js';
import { openCarrel } from './index.js';
import { openStore, STORE_FILE } from './open.js';
import { readOnlyCause, readOnlySentence } from './read-only-store.js';
import { createService } from './service.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';
import { cannotMountReadOnly, cannotWriteProtect, readOnlyMount, writeProtect } from './testing/write-protect.js';

afterEach(cleanUpScratch);

/** A data folder holding a set-up library (the telegram), closed again. */
function library(): string {
  const dataDir = scratchFolder();
  openCarrel({ dataDir, version: 'test' }).close();
  return dataDir;
}

/** The sentence opening `dataDir` for writing is refused with. */
function writeRefusal(dataDir: string): { code: string; message: string } {
  try {
    closeAfterTest(openCarrel({ dataDir, version: 'test' }));
  } catch (error) {
    if (isCarrelError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the store opened for writing');
}

describe('what keeps SQLite from writing the store, in a sentence', () => {
  it('tells a read-only file from a read-only folder, a read-only disk and a file moved away', () => {
    expect(readOnlyCause('SQLITE_READONLY', 'EACCES')).toBe('file');
    expect(readOnlyCause('SQLITE_READONLY', 'EPERM')).toBe('file');
    expect(readOnlyCause('SQLITE_READONLY', undefined)).toBe('file');
    expect(readOnlyCause('SQLITE_READONLY', 'EROFS')).toBe('disk');
    expect(readOnlyCause('SQLITE_READONLY_DIRECTORY', undefined)).toBe('folder');
    expect(readOnlyCause('SQLITE_READONLY_DBMOVED', undefined)).toBe('moved');
    expect(readOnlyCause('SQLITE_BUSY', undefined)).toBeUndefined();
    expect(readOnlyCause(undefined, 'EROFS')).toBeUndefined();
    expect(readOnlySentence('/data/carrel.sqlite', 'disk')).toBe(
      'Carrel cannot write to its library /data/carrel.sqlite: the disk it is on is read-only. Nothing was changed. Mount the disk so that it can be written, or copy the data folder to one that can and choose it with --data-dir.',
    );
  });
});

describe('a library Carrel may not write', () => {
  it.skipIf(cannotWriteProtect)(`is refused for writing in one sentence and left as it was, and still read (${cannotWriteProtect ?? 'a read-only file'})`, async () => {
    const dataDir = library();
    const file = path.join(dataDir, STORE_FILE);
    writeProtect(file);
    const before = fs.readFileSync(file);
    expect(writeRefusal(dataDir)).toEqual({
      code: 'unavailable',
      message: `Carrel cannot write to its library ${file}: the file is read-only. Nothing was changed. Give your user account permission to write it, or choose another folder with --data-dir; \`carrel documents\`, \`search\` and \`export\` can still read it.`,
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // The refusal released the writer lock, and a command that only reads still reads it.
    const reader = closeAfterTest(openCarrel({ dataDir, version: 'test', access: 'read' }));
    expect((await reader.service.listDocuments({})).map((document) => document.title)).toEqual([expect.stringContaining('Vyshinsky to Mao Zedong')]);
  });

  it.skipIf(cannotWriteProtect)(`refuses a data folder it may not write in (${cannotWriteProtect ?? 'SQLite keeps its log there'})`, () => {
    const dataDir = library();
    writeProtect(dataDir);
    expect(writeRefusal(dataDir).message).toBe(
      `Carrel cannot read and write its data folder ${dataDir} (permission denied). Give your user account access to it, or choose another folder with --data-dir or CARREL_DATA_DIR.`,
    );
  });

  it.skipIf(cannotMountReadOnly)(`refuses a data folder on a read-only disk (${cannotMountReadOnly ?? 'a read-only bind mount'})`, () => {
    const dataDir = readOnlyMount(library());
    expect(writeRefusal(dataDir).message).toBe(
      `Carrel cannot write in its data folder ${dataDir}: the disk it is on is read-only. Mount the disk so that it can be written, or choose another folder with --data-dir or CARREL_DATA_DIR.`,
    );
  });

  it.skipIf(cannotWriteProtect)(`answers a write refused after opening with the sentence, not as a fault (${cannotWriteProtect ?? 'a read-only file'})`, async () => {
    const dataDir = library();
    const file = path.join(dataDir, STORE_FILE);
    writeProtect(file);
    // A connection SQLite will not write, as one opened before the file became read-only may find it.
    const store = closeAfterTest(openStore({ dataDir, readonly: true }));
    const faults: unknown[] = [];
    const dispatch = createDispatcher(createService(store, { version: 'test' }), store, (error) => faults.push(error));
    expect(await dispatch('setProfile', { creator: 'Ada' })).toEqual({ ok: false, error: { code: 'unavailable', message: readOnlySentence(file, 'file') } });
    expect(faults).toEqual([]);
  });
});
