/**
 * Schema migrations: plain numbered `.sql` files in db/migrations (`001_documents.sql` ...), read at run
 * time. `PRAGMA user_version` records the last one applied; each runs in its own transaction together
 * with the bump of user_version, so a failing migration leaves the store exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CarrelError } from '../core/errors.js';
import { backupStore } from './backup.js';
import type { Store } from './open.js';
import { packagePath } from './package-root.js';

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** What `migrate` did. `backup` is the copy taken before it changed an existing store. */
export interface MigrationReport {
  from: number;
  to: number;
  backup?: string;
}

const FILE_NAME = /^(\d{3})_[a-z0-9_-]+\.sql$/;

/** The migrations that ship with Carrel. */
export function defaultMigrationsDir(): string {
  return packagePath('db', 'migrations');
}

/** Reads the migrations in `dir`, in order. Throws on a misnamed file or a gap in the numbers (a packaging fault). */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.sql')).sort();
  return files.map((name, index) => {
    const match = FILE_NAME.exec(name);
    const version = match ? Number(match[1]) : NaN;
    if (version !== index + 1) {
      throw new Error(`Migration ${path.join(dir, name)} is out of sequence: expected ${String(index + 1).padStart(3, '0')}_<name>.sql`);
    }
    return { version, name, sql: fs.readFileSync(path.join(dir, name), 'utf8') };
  });
}

/** The schema version the migrations lead to (0 when there are none). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Refuses a store whose schema is newer than this Carrel knows: it could misread or damage it. */
export function assertKnownSchema(found: number, latest: number, dataDir: string): void {
  if (found > latest) {
    throw new CarrelError(
      'store',
      `This data folder was written by a newer version of Carrel (schema ${found}; this version knows up to ${latest}). Nothing was changed. Install the newer Carrel to open ${dataDir}, or choose another folder with --data-dir.`,
    );
  }
}

/** The store's schema version (`PRAGMA user_version`). */
export function schemaVersion(store: Store): number {
  const version = store.db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error(`user_version is ${String(version)}`);
  return version;
}

/** Where migrations come from and when backups are stamped; both are for tests. */
export interface MigrateOptions {
  migrationsDir?: string;
  now?: () => Date;
}

/** Brings the store to the latest schema. Before changing a store that already has a schema it takes a backup. */
export function migrate(store: Store, { migrationsDir = defaultMigrationsDir(), now = () => new Date() }: MigrateOptions = {}): MigrationReport {
  const migrations = readMigrations(migrationsDir);
  const latest = latestVersion(migrations);
  const from = schemaVersion(store);
  assertKnownSchema(from, latest, store.dataDir);
  if (from === latest) return { from, to: from };
  if (store.readonly) {
    throw new CarrelError('store', `The data folder ${store.dataDir} needs an upgrade that a read-only opening cannot make. Open it once with Carrel.`);
  }
  const backup = from > 0 ? backupStore(store, `before-migration-${latest}`, now()) : undefined;
  const { db } = store;
  // Foreign keys are switched off around migrations, as SQLite's table-rebuild recipe requires (the
  // pragma is ignored inside a transaction); foreign_key_check inside each one keeps them honest.
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of migrations.slice(from)) {
      db.transaction(() => {
        db.exec(migration.sql);
        const broken = db.pragma('foreign_key_check');
        if (Array.isArray(broken) && broken.length > 0) {
          throw new Error(`Migration ${migration.name} leaves rows pointing at nothing: ${JSON.stringify(broken[0])}`);
        }
        // The version is a number parsed from a file name; PRAGMA takes no parameters.
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return backup === undefined ? { from, to: latest } : { from, to: latest, backup };
}
