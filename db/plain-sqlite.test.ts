import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCarrel } from './index.js';
import { STORE_FILE } from './open.js';
import { cleanUpScratch, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** The system's sqlite3 command (Debian's is 3.40), if it is installed. */
const SQLITE3 = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
const hasSqlite3 = SQLITE3.error === undefined && SQLITE3.status === 0;

describe('a store read by the system’s own SQLite', () => {
  it.skipIf(!hasSqlite3)(`passes integrity_check and gives up its notes to sqlite3 ${SQLITE3.stdout?.split(' ')[0] ?? '(not installed: apt-get install sqlite3)'}`, async () => {
    const dataDir = scratchFolder();
    const carrel = openCarrel({ dataDir, version: '1.0.0' });
    const [telegram] = await carrel.service.listDocuments({});
    const witnessId = telegram?.witnesses[0]?.id ?? '';
    await carrel.service.createAnnotation({ witnessId, start: 10, end: 30, note: 'A note kept for decades.', tags: ['consent', 'Korean War'] });
    carrel.close();
    const run = spawnSync('sqlite3', ['-readonly', path.join(dataDir, STORE_FILE), "PRAGMA integrity_check; SELECT count(*) FROM annotations WHERE note <> ''; SELECT tag FROM annotation_tags ORDER BY tag LIMIT 1;"], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const [integrity, notes] = run.stdout.trim().split('\n');
    expect(integrity).toBe('ok');
    expect(Number(notes)).toBeGreaterThan(0);
  });
});
