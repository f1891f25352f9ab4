import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCarrel } from './index.js';
import { SEED_PEOPLE } from '../core/people/seed-people.js';
import { allDocuments } from './repositories/documents.js';
import { allPeople } from './repositories/people.js';
import { originalOfWitness, witnessesOfDocument, witnessIdsContaining } from './repositories/witnesses.js';
import { bundledTelegramFolder } from './seed.js';
import { seedPersonId } from './seed-people.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

function open(dataDir: string) {
  return closeAfterTest(openCarrel({ dataDir, version: '0.0.0-test' }));
}

describe('the first run', () => {
  it('seeds one document with the archive record first and the web page second', () => {
    const { store } = open(scratchFolder());
    const documents = allDocuments(store.db);
    expect(documents).toHaveLength(1);
    const witnesses = witnessesOfDocument(store.db, documents[0]?.id ?? '');
    expect(witnesses.map((w) => [w.position, w.source, w.label])).toEqual([
      [0, 'archive-record', 'Archive record'],
      [1, 'web-page', 'Web page'],
    ]);
  });

  it('keeps the bundled files byte for byte', () => {
    const { store } = open(scratchFolder());
    const [document] = allDocuments(store.db);
    for (const witness of witnessesOfDocument(store.db, document?.id ?? '')) {
      const file = fs.readFileSync(path.join(bundledTelegramFolder(), witness.fileName));
      expect(Buffer.from(originalOfWitness(store.db, witness.id) ?? []).equals(file)).toBe(true);
    }
  });

  it('finds "reunification" in both witnesses', () => {
    const { store } = open(scratchFolder());
    const [document] = allDocuments(store.db);
    const ids = witnessesOfDocument(store.db, document?.id ?? '').map((w) => w.id);
    expect(witnessIdsContaining(store.db, 'reunification').sort()).toEqual(ids.sort());
  });

  it('does not seed again when the store is opened a second time', () => {
    const dataDir = scratchFolder();
    const first = openCarrel({ dataDir, version: '0.0.0-test' });
    const [seeded] = allDocuments(first.store.db);
    first.close();
    const { store } = open(dataDir);
    expect(allDocuments(store.db).map((d) => d.id)).toEqual([seeded?.id]);
    expect(store.db.prepare('SELECT count(*) FROM witnesses').pluck().get()).toBe(2);
  });

  it('does not bring the telegram back after the reader deleted it', () => {
    const dataDir = scratchFolder();
    const first = openCarrel({ dataDir, version: '0.0.0-test' });
    first.store.db.exec('DELETE FROM documents');
    first.close();
    expect(allDocuments(open(dataDir).store.db)).toEqual([]);
  });

  it('adds the four people of the telegram with their aliases, and authorities only where certain', () => {
    const { store } = open(scratchFolder());
    const people = allPeople(store.db);
    expect(people.map((p) => [p.preferredName, p.authorities])).toEqual([
      ['Andrey Vyshinsky', []],
      ['Joseph Stalin', ['https://www.wikidata.org/wiki/Q855']],
      ['Mao Zedong', ['https://www.wikidata.org/wiki/Q5816']],
      ['Vyacheslav Molotov', []],
    ]);
    const stalin = people.find((p) => p.preferredName === 'Joseph Stalin');
    expect(stalin?.aliases).toContainEqual({ name: 'Filippov', kind: 'code-name' });
    for (const seed of SEED_PEOPLE) expect(people).toContainEqual({ ...seed, id: seedPersonId(seed.preferredName) });
  });

  it('gives the seed people the same ids in every store, so that bundles from two machines agree', () => {
    const ids = (dataDir: string) => allPeople(open(dataDir).store.db).map((p) => p.id);
    const first = ids(scratchFolder());
    expect(ids(scratchFolder())).toEqual(first);
    expect(first.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(first).size).toBe(4);
  });
});
