import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../core/api.js';
import { createDispatcher } from './dispatch.js';
import { openCarrel } from './index.js';
import { openSecondConnection } from './open.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** The dispatcher over a fresh library with the telegram, and the faults it logged. */
function seededDispatch() {
  const carrel = closeAfterTest(openCarrel({ dataDir: scratchFolder(), version: '1.0.0' }));
  const faults: unknown[] = [];
  return { dispatch: createDispatcher(carrel.service, carrel.store, (error) => faults.push(error)), faults, store: carrel.store };
}

describe('the dispatcher, when another connection is writing', () => {
  it('says the library is busy with an import, in one sentence, when a write cannot wait for it, and stores nothing', async () => {
    const { dispatch, store, faults } = seededDispatch();
    const [telegram] = ((await dispatch('listDocuments', {})) as { ok: true; value: { witnesses: { id: string }[] }[] }).value;
    // As the import worker's connection holds the writer for a long import; this one stops waiting at once.
    const importer = closeAfterTest(openSecondConnection(store.file));
    importer.exec('BEGIN IMMEDIATE');
    store.db.pragma('busy_timeout = 0');
    expect(await dispatch('createAnnotation', { witnessId: telegram?.witnesses[0]?.id, start: 10, end: 30 })).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The library is busy storing an import, so nothing was changed. Try again in a moment.' },
    });
    expect(await dispatch('listDocuments', {})).toMatchObject({ ok: true });
    importer.exec('COMMIT');
    expect(store.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    expect(faults).toEqual([]);
  });
});

describe('the dispatcher, before any schema reads a request', () => {
  it('refuses text with half a surrogate pair, which the store would silently change, and stores nothing', async () => {
    const { dispatch, store } = seededDispatch();
    const before = store.db.prepare('SELECT count(*) FROM annotations').pluck().get();
    const [telegram] = ((await dispatch('listDocuments', {})) as { ok: true; value: { witnesses: { id: string }[] }[] }).value;
    const answer = await dispatch('createAnnotation', { witnessId: telegram?.witnesses[0]?.id, start: 10, end: 30, note: 'broken \ud800 here' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'The request to createAnnotation was not valid: it holds a broken character (half of a surrogate pair) that cannot be stored as it is. Nothing was changed.' },
    });
    expect(store.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(before);
    // A whole pair is a character like any other.
    expect(await dispatch('createAnnotation', { witnessId: telegram?.witnesses[0]?.id, start: 10, end: 30, note: 'fine 😀' })).toMatchObject({ ok: true });
  });

  it('refuses a request nested 100,000 deep without walking it, and repeats at most a short piece of an unknown method', async () => {
    const { dispatch, faults } = seededDispatch();
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level += 1) deep = { deep };
    expect(await dispatch('importNotes', deep)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'The request to importNotes was not valid: it is nested more than 32 levels deep. Nothing was changed.' },
    });
    const answer = await dispatch('x'.repeat(100_000), {});
    expect(!answer.ok && answer.error.message).toBe(`Carrel has no action called "${'x'.repeat(60)}…".`);
    expect(faults).toEqual([]);
  });
});

describe('the dispatcher, when the disk is full', () => {
  it('answers an import that fills the disk with one sentence, stores nothing of it, and takes it once there is room', async () => {
    const { dispatch, faults, store } = seededDispatch();
    const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    const before = { documents: count('documents'), witnesses: count('witnesses') };
    // SQLite's own "database or disk is full", met a few pages past what the store holds now.
    const pages = Number(store.db.pragma('page_count', { simple: true }));
    store.db.pragma(`max_page_count = ${pages + 20}`);
    const letter = { fileName: 'long-letter.txt', content: Buffer.from('A long letter about the harbour and the road.\n\n'.repeat(20_000)).toString('base64') };
    expect(await dispatch('importDocument', letter)).toEqual({
      ok: false,
      error: { code: 'store', message: 'The disk that holds the library is full, so nothing was changed. Free some space and try again.' },
    });
    expect({ documents: count('documents'), witnesses: count('witnesses') }).toEqual(before);
    expect(faults).toEqual([]);

    store.db.pragma(`max_page_count = ${2 ** 30}`);
    expect(await dispatch('importDocument', letter)).toMatchObject({ ok: true, value: { created: true, title: 'A long letter about the harbour and the road.' } });
  });
});

describe('the dispatcher, for fields the contract does not know', () => {
  it('refuses an unknown field, even one named like an object’s own, in every method, and changes nothing', async () => {
    const { dispatch, store } = seededDispatch();
    const before = store.db.prepare('SELECT count(*) FROM annotations').pluck().get();
    const [telegram] = ((await dispatch('listDocuments', {})) as { ok: true; value: { witnesses: { id: string }[] }[] }).value;
    const passage = { witnessId: telegram?.witnesses[0]?.id, start: 10, end: 30 };
    for (const extra of ['{"zzz": 1}', '{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {}}}']) {
      const answer = await dispatch('createAnnotation', { ...passage, ...(JSON.parse(extra) as object) });
      expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(store.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(before);
    // Every method whose arguments are an object refuses a field it does not name.
    for (const method of Object.keys(apiSchemas)) {
      expect(apiSchemas[method as keyof typeof apiSchemas].args.safeParse({ zzz: 1 }).success, method).toBe(false);
    }
  });
});
