import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { openCarrel } from './index.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** A set-up store whose schema `damage` (SQL run behind Carrel's back) then breaks. */
function damagedStore(damage: string): string {
  const dataDir = scratchFolder();
  openCarrel({ dataDir, version: 'test' }).close();
  const db = new Database(`${dataDir}/carrel.sqlite`);
  db.exec(damage);
  db.close();
  return dataDir;
}

/** The sentence that opening `dataDir` (for reading or writing), or a first call on it, answers. */
async function refusal(dataDir: string, access: 'read' | 'write'): Promise<string> {
  let app;
  try {
    app = closeAfterTest(openCarrel({ dataDir, version: 'test', access }));
  } catch (error) {
    if (isCarrelError(error)) return error.message;
    throw error;
  }
  // A store opened for reading is not set up, so it meets the missing table at the first call.
  for (const method of ['listDocuments', 'getProfile']) {
    const answer = await app.dispatch(method, {});
    if (!answer.ok) return answer.error.message;
  }
  throw new Error('the damaged store answered');
}

describe('a store whose schema is damaged', () => {
  it('is answered with a sentence, not a stack trace, when its version is negative', async () => {
    const dataDir = damagedStore('PRAGMA user_version = -1');
    expect(await refusal(dataDir, 'write')).toMatch(/^The Carrel database .*carrel\.sqlite is damaged: .*its schema version is -1\)\. Nothing was changed\. /);
  });

  it('is answered with a sentence when a migration meets a table that should not be there yet, and is left as it was', async () => {
    const dataDir = damagedStore('PRAGMA user_version = 10');
    expect(await refusal(dataDir, 'write')).toMatch(/is damaged: .*index witnesses_headers already exists\)\. Nothing was changed\. The newest backup is .*: to put it in the library.s place, close Carrel and run `carrel restore carrel-\S+\.sqlite --data-dir \S+` /);
    const db = new Database(`${dataDir}/carrel.sqlite`, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    db.close();
  });

  it('is answered with a sentence when a table is gone, for writing and for reading', async () => {
    const dataDir = damagedStore('DROP TABLE settings');
    expect(await refusal(dataDir, 'write')).toMatch(/carrel\.sqlite is damaged: .*no such table: settings\)\. Nothing was changed\./);
    expect(await refusal(dataDir, 'read')).toBe(
      'The library’s database is damaged (SQLite says: no such table: settings), so nothing was changed. Quit Carrel and start it again to see how to restore it from its backups.',
    );
  });
});
