import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupStore, listBackups } from './backup.js';
import { migrate } from './migrate.js';
import { openStore } from './open.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

describe('backupStore', () => {
  it('writes a readable copy of the open store into the backups folder', () => {
    const dataDir = scratchFolder();
    const store = closeAfterTest(openStore({ dataDir }));
    migrate(store);
    store.db.prepare("INSERT INTO settings (name, value) VALUES ('seeded', 'yes')").run();
    const file = backupStore(store, 'Before export!', new Date('2026-05-14T04:10:00.000Z'));
    expect(file).toBe(path.join(dataDir, 'backups', 'carrel-20260514T041000000Z-before-export.sqlite'));
    const copy = closeAfterTest(new Database(file, { readonly: true }));
    expect(copy.prepare("SELECT value FROM settings WHERE name = 'seeded'").pluck().get()).toBe('yes');
  });

  it(`keeps the newest ${BACKUPS_KEPT} backups and deletes older ones`, () => {
    const dataDir = scratchFolder();
    const store = closeAfterTest(openStore({ dataDir }));
    const made = Array.from({ length: BACKUPS_KEPT + 2 }, (_, i) => backupStore(store, 'manual', new Date(Date.UTC(2026, 0, 1 + i))));
    expect(listBackups(dataDir)).toEqual(made.slice(2));
  });

  it('gives two backups taken in the same millisecond names that sort in the order taken', () => {
    const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
    const when = new Date('2026-05-14T04:10:00.000Z');
    const first = backupStore(store, 'manual', when);
    const second = backupStore(store, 'manual', when);
    expect(listBackups(store.dataDir)).toEqual([first, second]);
  });
});
