import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from './backup.js';
import { defaultMigrationsDir, latestVersion, migrate, readMigrations, schemaVersion } from './migrate.js';
import { openStore } from './open.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** A migrations folder holding Carrel's own migrations followed by `extra` ({ "003_x.sql": sql }). */
function migrationsWith(extra: Record<string, string>): string {
  const dir = scratchFolder();
  for (const name of fs.readdirSync(defaultMigrationsDir())) fs.copyFileSync(path.join(defaultMigrationsDir(), name), path.join(dir, name));
  for (const [name, sql] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

/** A data folder whose store is at Carrel's current schema and holds one document. */
function storeWithOneDocument(): string {
  const dataDir = scratchFolder();
  const store = openStore({ dataDir });
  migrate(store);
  store.db
    .prepare("INSERT INTO documents (id, title, meta_json, created_at) VALUES ('d1', 'A telegram', '{}', '2026-01-01T00:00:00.000Z')")
    .run();
  store.close();
  return dataDir;
}

const current = latestVersion(readMigrations());
const next = String(current + 1).padStart(3, '0');

describe('migrate', () => {
  it('brings a new store to the latest schema without taking a backup', () => {
    const dataDir = scratchFolder();
    const store = closeAfterTest(openStore({ dataDir }));
    expect(migrate(store)).toEqual({ from: 0, to: current });
    expect(schemaVersion(store)).toBe(current);
    expect(listBackups(dataDir)).toEqual([]);
    expect(migrate(store)).toEqual({ from: current, to: current });
  });

  it('backs up a store that has data before migrating it; the backup holds the old schema and the data', () => {
    const dataDir = storeWithOneDocument();
    const migrationsDir = migrationsWith({ [`${next}_subtitles.sql`]: 'ALTER TABLE documents ADD COLUMN subtitle TEXT;' });
    const store = closeAfterTest(openStore({ dataDir, migrationsDir }));
    const report = migrate(store, { migrationsDir, now: () => new Date('2026-03-04T05:06:07.089Z') });

    expect(report.from).toBe(current);
    expect(report.to).toBe(current + 1);
    expect(report.backup).toBe(path.join(dataDir, 'backups', `carrel-20260304T050607089Z-before-migration-${current + 1}.sqlite`));
    const backup = new Database(report.backup ?? '', { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(current);
      expect(backup.prepare('SELECT title FROM documents').pluck().all()).toEqual(['A telegram']);
    } finally {
      backup.close();
    }
    expect(schemaVersion(store)).toBe(current + 1);
    expect(store.db.prepare('SELECT title, subtitle FROM documents').get()).toEqual({ title: 'A telegram', subtitle: null });
  });

  it('rolls a failing migration back whole and keeps the schema version', () => {
    const dataDir = storeWithOneDocument();
    const migrationsDir = migrationsWith({ [`${next}_broken.sql`]: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' });
    const store = closeAfterTest(openStore({ dataDir, migrationsDir }));
    expect(() => migrate(store, { migrationsDir })).toThrow(/no_such_table/);
    expect(schemaVersion(store)).toBe(current);
    expect(store.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a store from a newer Carrel even when asked to migrate it directly', () => {
    const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
    store.db.pragma(`user_version = ${current + 5}`);
    expect(() => migrate(store)).toThrow(/newer version of Carrel \(schema \d+; this version knows up to \d+\)/);
  });

  it('refuses migration files whose numbers have a gap', () => {
    const dir = scratchFolder();
    fs.writeFileSync(path.join(dir, '001_a.sql'), '');
    fs.writeFileSync(path.join(dir, '003_c.sql'), '');
    expect(() => readMigrations(dir)).toThrow(/003_c\.sql is out of sequence/);
  });
});
