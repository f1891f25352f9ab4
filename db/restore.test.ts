import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { backupStore } from './backup.js';
import { openCarrel } from './index.js';
import { backupSummaries, restoreBackup } from './restore.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** A library whose reader's name was 'Before' when a backup was taken, and 'After' since. */
async function libraryWithBackup(): Promise<{ dataDir: string; name: string }> {
  const dataDir = scratchFolder();
  const app = openCarrel({ dataDir, version: 'test' });
  await app.service.setProfile({ creator: 'Before' });
  const file = backupStore(app.store, 'manual', new Date('2026-12-01T10:00:00.000Z'));
  await app.service.setProfile({ creator: 'After' });
  app.close();
  return { dataDir, name: path.basename(file) };
}

const creatorOf = async (dataDir: string) => (await closeAfterTest(openCarrel({ dataDir, version: 'test', access: 'read' })).service.getProfile({})).creator;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCarrelError(error)) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('restoring a backup', () => {
  it('lists the backups newest first, with when and why each was taken', async () => {
    const { dataDir, name } = await libraryWithBackup();
    expect(backupSummaries(dataDir)).toMatchObject([{ name, takenAt: '2026-12-01T10:00:00.000Z', reason: 'manual' }]);
  });

  it('puts the backup in the library’s place and keeps the library it replaced beside it', async () => {
    const { dataDir, name } = await libraryWithBackup();
    expect(await creatorOf(dataDir)).toBe('After');
    const { keptAs } = restoreBackup(dataDir, name, new Date('2026-12-06T09:00:00.000Z'));
    expect(await creatorOf(dataDir)).toBe('Before');
    expect(keptAs).toBe(path.join(dataDir, 'carrel-replaced-20261206T090000000Z.sqlite'));
    const kept = new Database(keptAs ?? '', { readonly: true });
    expect(kept.prepare("SELECT value FROM settings WHERE name = 'profile.creator'").pluck().get()).toBe('After');
    kept.close();
  });

  it('restores in place of a store too damaged to open', async () => {
    const { dataDir, name } = await libraryWithBackup();
    fs.writeFileSync(path.join(dataDir, 'carrel.sqlite'), 'not a database any more');
    restoreBackup(dataDir, name);
    expect(await creatorOf(dataDir)).toBe('Before');
  });

  it('refuses, moving nothing, a name that is not a backup, a damaged backup, and a library open in Carrel', async () => {
    const { dataDir, name } = await libraryWithBackup();
    expect(refusal(() => restoreBackup(dataDir, '/etc/passwd'))).toBe(`/etc/passwd is not one of the backups of ${dataDir}: \`carrel restore\` lists them.`);
    const open = openCarrel({ dataDir, version: 'test' });
    expect(refusal(() => restoreBackup(dataDir, name))).toMatch(/^Carrel is already open with this data folder/);
    open.close();
    fs.writeFileSync(path.join(dataDir, 'backups', name), 'damaged');
    expect(refusal(() => restoreBackup(dataDir, name))).toMatch(new RegExp(`^The backup ${name} is damaged too \\(SQLite says: .*\\)\\. Nothing was changed: choose an older one\\.$`));
    expect(await creatorOf(dataDir)).toBe('After');
  });
});
