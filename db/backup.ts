/**
 * Rotating copies of the store in `<dataDir>/backups`, taken before anything risky (a migration) and on
 * request. `VACUUM INTO` writes a consistent, compacted copy in one synchronous statement while the
 * store stays open, so a backup can sit inside the same call chain as the migration it protects.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Store } from './open.js';

/** How many backups are kept; older ones are deleted after each new one. */
export const BACKUPS_KEPT = 10;

const BACKUP_NAME = /^carrel-\d{8}T\d{9}Z-[a-z0-9-]+\.sqlite$/;

/** The folder that holds a data folder's backups. */
export function backupsFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The backups of a data folder, oldest first (their names sort by time). */
export function listBackups(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsFolder(dataDir));
  } catch {
    return [];
  }
  return names.filter((name) => BACKUP_NAME.test(name)).sort().map((name) => path.join(backupsFolder(dataDir), name));
}

/**
 * Copies the store to `backups/carrel-<UTC time>-<reason>.sqlite` and keeps the newest BACKUPS_KEPT.
 * `reason` becomes part of the file name ("before-migration-2"). Returns the new file's path.
 */
export function backupStore(store: Store, reason: string, now: Date = new Date()): string {
  const folder = backupsFolder(store.dataDir);
  fs.mkdirSync(folder, { recursive: true });
  const target = freeName(folder, now, slug(reason));
  store.db.prepare('VACUUM INTO ?').run(target);
  for (const old of listBackups(store.dataDir).slice(0, -BACKUPS_KEPT)) fs.rmSync(old, { force: true });
  return target;
}

/** 2026-11-23T03:25:00.123Z -> 20261123T032500123Z: fixed width, so names sort by time, and no colons for Windows. */
function compactTime(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function slug(reason: string): string {
  return reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'manual';
}

/**
 * VACUUM INTO refuses an existing file. A second backup in the same millisecond is stamped a
 * millisecond later rather than given a counter, so that names keep sorting in the order taken.
 */
function freeName(folder: string, now: Date, reason: string): string {
  for (let time = now.getTime(); ; time++) {
    const candidate = path.join(folder, `carrel-${compactTime(new Date(time))}-${reason}.sqlite`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}
