import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { distinctLabel, importWitnessFile, systemIdsAndClock, titleFromFileName, type IdsAndClock } from './import-witness.js';
import { migrate } from './migrate.js';
import { openStore, type Store } from './open.js';
import { allDocuments } from './repositories/documents.js';
import { witnessesOfDocument } from './repositories/witnesses.js';
import { bundledTelegramFolder } from './seed.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

function emptyStore(): Store {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  return store;
}

function bundled(index: number): { name: string; bytes: Buffer } {
  const name = fs.readdirSync(bundledTelegramFolder()).sort()[index] ?? '';
  return { name, bytes: fs.readFileSync(path.join(bundledTelegramFolder(), name)) };
}

function count(store: Store, table: 'documents' | 'witnesses' | 'witness_text'): unknown {
  return store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
}

describe('importWitnessFile', () => {
  it('starts a document for the first witness and adds the second witness of the same telegram to it', () => {
    const store = emptyStore();
    const record = bundled(0);
    const page = bundled(1);
    const first = importWitnessFile(store, record.name, record.bytes);
    const second = importWitnessFile(store, page.name, page.bytes);
    expect(first).toMatchObject({ created: true, createdDocument: true });
    expect(second).toMatchObject({ created: true, createdDocument: false, documentId: first.documentId });
    expect(witnessesOfDocument(store.db, first.documentId).map((w) => w.id)).toEqual([first.witnessId, second.witnessId]);
  });

  it('numbers a second transcription of the same kind, so that the two can be told apart', () => {
    const store = emptyStore();
    const record = bundled(0);
    const first = importWitnessFile(store, record.name, record.bytes);
    const corrected = Buffer.from(record.bytes.toString('utf8').replace('Comr.', 'Comrade'));
    importWitnessFile(store, 'corrected.txt', corrected);
    expect(witnessesOfDocument(store.db, first.documentId).map((w) => w.label)).toEqual(['Archive record', 'Archive record 2']);
    expect(distinctLabel('Web page', ['Web page', 'Web page 2'])).toBe('Web page 3');
    expect(distinctLabel('Web page', ['Archive record'])).toBe('Web page');
  });

  it('does nothing when the same bytes are imported again, and answers the witness already stored', () => {
    const store = emptyStore();
    const { name, bytes } = bundled(1);
    const first = importWitnessFile(store, name, bytes);
    const again = importWitnessFile(store, 'renamed copy.txt', Uint8Array.from(bytes));
    expect(again).toEqual({ ...first, created: false, createdDocument: false });
    expect([count(store, 'documents'), count(store, 'witnesses')]).toEqual([1, 1]);
  });

  it('uses the injected ids and clock', () => {
    const store = emptyStore();
    const ids = ['doc-1', 'wit-1'];
    const fixed: IdsAndClock = { newId: () => ids.shift() ?? 'spare', now: () => new Date('2026-05-14T04:10:00.000Z') };
    const { name, bytes } = bundled(0);
    expect(importWitnessFile(store, name, bytes, fixed)).toMatchObject({ documentId: 'doc-1', witnessId: 'wit-1' });
    expect(allDocuments(store.db)[0]?.createdAt).toBe('2026-05-14T04:10:00.000Z');
  });

  it('leaves nothing behind when a step fails half-way', () => {
    const store = emptyStore();
    // The document's id is valid, the witness's is not: the failure comes after the document was written.
    const ids = ['doc-1', ''];
    const failing: IdsAndClock = { ...systemIdsAndClock, newId: () => ids.shift() ?? '' };
    const { name, bytes } = bundled(0);
    expect(() => importWitnessFile(store, name, bytes, failing)).toThrow(/CHECK constraint/);
    expect([count(store, 'documents'), count(store, 'witnesses'), count(store, 'witness_text')]).toEqual([0, 0, 0]);
  });

  it('refuses bytes that are not text with a message for the reader, and writes nothing', () => {
    const store = emptyStore();
    let caught: unknown;
    try {
      importWitnessFile(store, 'photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xc3, 0x28]));
    } catch (error) {
      caught = error;
    }
    expect(isCarrelError(caught)).toBe(true);
    expect(count(store, 'documents')).toBe(0);
  });
});

describe('titleFromFileName', () => {
  it('drops the folder and the extension', () => {
    expect(titleFromFileName('/imports/Telegram 8600.txt')).toBe('Telegram 8600');
    expect(titleFromFileName('.txt')).toBe('.txt');
  });
});
