import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupStore } from '../backup.js';
import { openCarrel } from '../index.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('the backups Settings lists', () => {
  it('are listed newest first, with when, why and how large each is, and the command that restores it', async () => {
    const dataDir = path.join(scratchFolder(), 'Ada’s library');
    const app = closeAfterTest(openCarrel({ dataDir, version: 'test' }));
    const older = backupStore(app.store, 'before-migration-11', new Date('2026-11-23T03:25:00.123Z'));
    const newer = backupStore(app.store, 'manual', new Date('2026-12-01T10:00:00.000Z'));
    const answer = await app.dispatch('listBackups', {});
    expect(answer).toEqual({
      ok: true,
      value: {
        folder: path.join(dataDir, 'backups'),
        backups: [
          {
            name: 'carrel-20261201T100000000Z-manual.sqlite',
            takenAt: '2026-12-01T10:00:00.000Z',
            reason: 'manual',
            bytes: fs.statSync(newer).size,
            restoreCommand: `carrel restore carrel-20261201T100000000Z-manual.sqlite --data-dir '${dataDir}'`,
          },
          expect.objectContaining({ name: path.basename(older), takenAt: '2026-11-23T03:25:00.123Z', reason: 'before migration 11', bytes: fs.statSync(older).size }),
        ],
      },
    });
  });

  it('are none in a new library, whose folder for them is named all the same, and the call changes nothing', async () => {
    const dataDir = scratchFolder();
    const app = closeAfterTest(openCarrel({ dataDir, version: 'test' }));
    expect(await app.dispatch('listBackups', {})).toEqual({ ok: true, value: { folder: path.join(dataDir, 'backups'), backups: [] } });
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('are listed for a library opened only to read, as the CLI opens it beside the reading room', async () => {
    const dataDir = scratchFolder();
    const writer = closeAfterTest(openCarrel({ dataDir, version: 'test' }));
    backupStore(writer.store, 'manual');
    const reader = closeAfterTest(openCarrel({ dataDir, version: 'test', access: 'read' }));
    expect(await reader.service.listBackups({})).toMatchObject({ backups: [{ reason: 'manual' }] });
  });
});
