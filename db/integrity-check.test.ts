import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { createDispatcher } from './dispatch.js';
import { openStore, STORE_FILE } from './open.js';
import { createService } from './service.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** A store file whose schema reads but one of whose indexes no longer matches its table, in a new folder. */
function storeWithBrokenIndex(): { dataDir: string; file: string } {
  const dataDir = scratchFolder();
  const file = path.join(dataDir, STORE_FILE);
  const db = new Database(file);
  db.exec(`CREATE TABLE t (x TEXT); CREATE INDEX t_by_x ON t (x); CREATE TABLE other (y INTEGER)`);
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  for (let i = 0; i < 100; i++) insert.run(`row ${i}`);
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  const indexPage = Number(db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 't_by_x'`).pluck().get());
  db.close();
  // The index's keys sit at the end of its page: changed, they name rows the table does not hold.
  const bytes = fs.readFileSync(file);
  const keys = indexPage * pageSize - 40;
  bytes.write('w'.repeat(30), keys, 'latin1');
  fs.writeFileSync(file, bytes);
  return { dataDir, file };
}

describe('the store check', () => {
  it('shows that the fixture is damaged where only the whole check looks', () => {
    const { file } = storeWithBrokenIndex();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(3);
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    db.close();
  });

  it('refuses a small damaged store at open, having checked it whole', () => {
    const { dataDir } = storeWithBrokenIndex();
    expect(() => openStore({ dataDir })).toThrow(/is damaged \(SQLite says:/);
  });

  it('opens a large store at once, checks it in the background, and answers every later call with the damage found', async () => {
    const { dataDir, file } = storeWithBrokenIndex();
    const faults: unknown[] = [];
    const store = closeAfterTest(openStore({ dataDir, checkedAtOpenBytes: 0, log: (error) => faults.push(error) }));
    await store.checked;
    const damage = store.damage();
    expect(isCarrelError(damage) && damage.code).toBe('store');
    expect(damage?.message).toContain(`The Carrel database ${file} is damaged (SQLite says:`);
    expect(damage?.message).toContain('Nothing was changed.');
    const dispatch = createDispatcher(createService(store, { version: 'test' }), store, (error) => faults.push(error));
    expect(await dispatch('listCollections', {})).toEqual({ ok: false, error: { code: 'store', message: damage?.message } });
    expect(faults).toEqual([]);
  });

  it('finds nothing in a sound large store, whose calls are answered as ever', async () => {
    const dataDir = scratchFolder();
    openStore({ dataDir }).close();
    const store = closeAfterTest(openStore({ dataDir, checkedAtOpenBytes: 0 }));
    await store.checked;
    expect(store.damage()).toBeUndefined();
  });

  it('checks a large store whole at open when its last writer left its log behind (a crash)', () => {
    const { dataDir, file } = storeWithBrokenIndex();
    const unclosed = new Database(file);
    unclosed.pragma('journal_mode = WAL');
    unclosed.exec('INSERT INTO other VALUES (1)');
    try {
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      expect(() => openStore({ dataDir, checkedAtOpenBytes: 0 })).toThrow(/is damaged/);
    } finally {
      unclosed.close();
    }
  });
});
