import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { openStore, type Store } from './open.js';
import { insertDocument } from './repositories/documents.js';
import { insertWitness, witnessIdsContaining, type NewWitness } from './repositories/witnesses.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

function migratedStore(): Store {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  return store;
}

const createdAt = '2026-01-01T00:00:00.000Z';

function witness(overrides: Partial<NewWitness> = {}): NewWitness {
  return {
    id: 'w1',
    documentId: 'd1',
    position: 0,
    fileName: 'telegram.txt',
    source: 'plain',
    label: 'Plain text',
    sha256: 'a'.repeat(64),
    meta: {},
    text: 'They agree to move toward reunification.',
    blocks: [],
    marks: [],
    original: new TextEncoder().encode('They agree to move toward reunification.'),
    createdAt,
    ...overrides,
  };
}

function storeWithOneWitness(): Store {
  const store = migratedStore();
  insertDocument(store.db, { id: 'd1', key: 'telegram:1', title: 'A telegram', meta: {}, createdAt });
  insertWitness(store.db, witness());
  return store;
}

describe('the schema', () => {
  it('refuses an empty title, metadata that is not a JSON object, and a witness source that is not a format name', () => {
    const { db } = migratedStore();
    expect(() => insertDocument(db, { id: 'd1', key: undefined, title: '', meta: {}, createdAt })).toThrow(/CHECK constraint/);
    expect(() =>
      db.prepare("INSERT INTO documents (id, title, meta_json, created_at) VALUES ('d2', 'T', 'not json', ?)").run(createdAt),
    ).toThrow(/CHECK constraint/);
    insertDocument(db, { id: 'd1', key: undefined, title: 'T', meta: {}, createdAt });
    expect(() => insertWitness(db, witness({ source: 'Photo copy' as NewWitness['source'] }))).toThrow(/CHECK constraint/);
  });

  it('refuses a witness of a document that does not exist', () => {
    const { db } = migratedStore();
    expect(() => insertWitness(db, witness({ documentId: 'nowhere' }))).toThrow(/FOREIGN KEY/);
  });

  it('refuses the same bytes twice in one document', () => {
    const { db } = storeWithOneWitness();
    expect(() => insertWitness(db, witness({ id: 'w2', position: 1 }))).toThrow(/UNIQUE constraint failed: witnesses.document_id, witnesses.sha256/);
  });

  it('never lets a witness original change', () => {
    const { db } = storeWithOneWitness();
    expect(() => db.prepare("UPDATE witnesses SET original = x'00' WHERE id = 'w1'").run()).toThrow(/keeps its original bytes/);
  });

  it('keeps the search index in step with reading texts as they are inserted, rewritten and deleted', () => {
    const { db } = storeWithOneWitness();
    expect(witnessIdsContaining(db, 'reunification')).toEqual(['w1']);
    db.prepare("UPDATE witnesses SET reading_text = 'A different text' WHERE id = 'w1'").run();
    expect(witnessIdsContaining(db, 'reunification')).toEqual([]);
    expect(witnessIdsContaining(db, 'different')).toEqual(['w1']);
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM witnesses').pluck().get()).toBe(0);
    expect(witnessIdsContaining(db, 'different')).toEqual([]);
  });

  it('finds words whatever their diacritics', () => {
    const { db } = migratedStore();
    insertDocument(db, { id: 'd1', key: undefined, title: 'T', meta: {}, createdAt });
    insertWitness(db, witness({ text: 'Telegraph the fulfillment [ispolneniie telegraf’te]. Zhou Enlái' }));
    expect(witnessIdsContaining(db, 'enlai')).toEqual(['w1']);
    expect(witnessIdsContaining(db, 'a "quoted" phrase')).toEqual([]);
  });
});
