import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process and collects what it prints. */
async function carrel(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), interrupted: Promise.resolve() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'carrel-cli-'));
  made.push(dir);
  return dir;
}

/** A folder holding two letters as text files; answers their paths. */
function letters(): [string, string] {
  const folder = freshDir();
  const kazan = join(folder, 'kazan.txt');
  const graz = join(folder, 'graz.txt');
  writeFileSync(kazan, 'A letter from Kazan\n\nThe road to the station is closed until spring.\n');
  writeFileSync(graz, 'A letter from Graz\n\nThe ledgers went on by the morning train.\n');
  return [kazan, graz];
}

describe('carrel import --collection and carrel export --collection', () => {
  it('puts the imported documents in the collection, made if new (found whatever its case), and exports only their notes', async () => {
    const dir = freshDir();
    const [kazan, graz] = letters();
    expect((await carrel('import', kazan, '--collection', 'Seminar reading', '--data-dir', dir)).code).toBe(0);
    // Imported again into the same collection, named in another case: found, not made twice.
    expect((await carrel('import', kazan, graz, '--collection', 'SEMINAR reading', '--data-dir', dir)).code).toBe(0);
    const documents = JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out) as Array<{ title: string; collectionIds: string[] }>;
    const inCollection = documents.filter((document) => document.collectionIds.length === 1).map((document) => document.title).sort();
    expect(inCollection).toEqual(['A letter from Graz', 'A letter from Kazan']);

    const exported = await carrel('export', '--format', 'markdown', '--collection', 'seminar reading', '--data-dir', dir);
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('A letter from Kazan');
    expect(exported.out).toContain('A letter from Graz');
    expect(exported.out).not.toContain('Vyshinsky');
  });

  it('refuses a collection that does not exist, --document with --collection, and a name no collection may have', async () => {
    const dir = freshDir();
    const missing = await carrel('export', '--format', 'csv', '--collection', 'Box 12', '--data-dir', dir);
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/^carrel: There is no collection called “Box 12”\./u) });
    expect((await carrel('export', '--format', 'csv', '--collection', 'Box 12', '--document', 'd1', '--data-dir', dir)).err.split('\n')[0]).toBe(
      'carrel: export takes --document or --collection, not both.',
    );
    const [kazan] = letters();
    const refused = await carrel('import', kazan, '--collection', ' ', '--data-dir', dir);
    expect(refused).toMatchObject({ code: 1, err: 'carrel: --collection: A collection needs a name.' });
    expect(JSON.parse((await carrel('documents', '--json', '--data-dir', dir)).out)).toHaveLength(1);
  });
});
