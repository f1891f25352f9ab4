import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../core/api.js';
import { isCarrelError } from '../core/errors.js';
import { createDispatcher } from './dispatch.js';
import { openCarrel } from './index.js';
import { migrate } from './migrate.js';
import { openStore } from './open.js';
import { createService } from './service.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

/** A dispatcher over an empty, migrated store: no parser involved. */
function emptyDispatch() {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  const faults: unknown[] = [];
  return { dispatch: createDispatcher(createService(store, { version: '1.2.3' }), store, (e) => faults.push(e)), faults, store };
}

function seeded() {
  return closeAfterTest(openCarrel({ dataDir: scratchFolder(), version: '1.2.3' }));
}

describe('the service', () => {
  it('reports its version and data folder', async () => {
    const { dispatch, store } = emptyDispatch();
    expect(await dispatch('appInfo', {})).toEqual({ ok: true, value: { version: '1.2.3', dataDir: store.dataDir } });
  });

  it('lists the seeded telegram with its two witnesses, in the shape of the contract', async () => {
    const { service } = seeded();
    const list = apiSchemas.listDocuments.result.parse(await service.listDocuments({}));
    expect(list).toHaveLength(1);
    expect(list[0]?.witnesses.map((w) => w.label)).toEqual(['Archive record', 'Web page']);
    expect(list[0]?.date).toBe('1950-05-14');
  });

  it('answers a document with merged metadata and a citation, in the shape of the contract', async () => {
    const { service } = seeded();
    const [summary] = await service.listDocuments({});
    const document = apiSchemas.getDocument.result.parse(await service.getDocument({ documentId: summary?.id ?? '' }));
    expect(document.title).toBe(summary?.title);
    expect(document.meta.documentNumber).toBe('8600');
    expect(document.citation.length).toBeGreaterThan(0);
  });

  it('answers a witness with its reading text, blocks and marks, in the shape of the contract', async () => {
    const { service } = seeded();
    const [summary] = await service.listDocuments({});
    const webPage = summary?.witnesses[1];
    const witness = apiSchemas.getWitness.result.parse(await service.getWitness({ witnessId: webPage?.id ?? '' }));
    expect(witness).toMatchObject({ id: webPage?.id, documentId: summary?.id, source: 'web-page', label: 'Web page' });
    expect(witness.text).toContain('reunification');
  });

  it('throws not-found for an unknown document', () => {
    const { store } = emptyDispatch();
    let caught: unknown;
    try {
      void createService(store, { version: '1' }).getDocument({ documentId: 'nope' });
    } catch (error) {
      caught = error;
    }
    expect(isCarrelError(caught) && caught.code).toBe('not-found');
  });
});

describe('the dispatcher over the service', () => {
  it('answers an unknown method with a readable refusal', async () => {
    const { dispatch } = emptyDispatch();
    expect(await dispatch('dropTables', {})).toEqual({ ok: false, error: { code: 'bad-request', message: 'Carrel has no action called "dropTables".' } });
  });

  it('answers bad arguments with a readable refusal naming the field', async () => {
    const { dispatch } = emptyDispatch();
    const answer = await dispatch('getDocument', { documentId: 42 });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/getDocument was not valid \(documentId\)/) });
  });

  it('answers unknown ids with not-found and the id', async () => {
    const { dispatch, faults } = emptyDispatch();
    expect(await dispatch('getDocument', { documentId: 'no-such-doc' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No document with id no-such-doc. It may have been deleted.' },
    });
    expect(await dispatch('getWitness', { witnessId: 'no-such-witness' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(faults).toEqual([]);
  });
});
