import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { addDocument, annotationService, refusal } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

/** A service over documents d1 and d2 (one transcription each). */
function library() {
  const setup = annotationService('They agree to move toward reunification.');
  addDocument(setup.store, 'd2', 'A letter from Kazan.');
  return setup;
}

describe('collections', () => {
  it('are made, listed by name with their document counts, renamed and deleted, their documents staying', async () => {
    const { service } = library();
    const box = apiSchemas.createCollection.result.parse(await service.createCollection({ name: 'Box 12' }));
    expect(box).toEqual({ id: '00000000-0000-4000-8000-000000000001', name: 'Box 12', documentCount: 0, created: '2026-05-14T09:00:00.000Z' });
    const cables = await service.createCollection({ name: 'Korean War cables' });
    await service.addToCollection({ collectionId: cables.id, documentId: 'd1' });
    expect(await service.addToCollection({ collectionId: cables.id, documentId: 'd2' })).toMatchObject({ documentCount: 2 });
    expect((await service.listCollections({})).map((c) => [c.name, c.documentCount])).toEqual([['Box 12', 0], ['Korean War cables', 2]]);

    expect(await service.renameCollection({ id: box.id, name: 'Archive box 12' })).toMatchObject({ id: box.id, name: 'Archive box 12' });
    expect(await service.deleteCollection({ id: cables.id })).toEqual({ id: cables.id });
    expect((await service.listCollections({})).map((c) => c.name)).toEqual(['Archive box 12']);
    expect((await service.listDocuments({})).map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('refuse a name another collection has, whatever its case in any script', async () => {
    const { service, dispatch } = library();
    const box = await service.createCollection({ name: 'Ящик 3' });
    expect(await refusal(() => service.createCollection({ name: 'ЯЩИК 3' }))).toEqual({ code: 'conflict', message: 'There is already a collection called “Ящик 3”.' });
    const other = await service.createCollection({ name: 'Seminar' });
    expect((await refusal(() => service.renameCollection({ id: other.id, name: 'ящик 3' }))).code).toBe('conflict');
    // Its own name in another case is a rename, not a clash.
    expect(await service.renameCollection({ id: box.id, name: 'ЯЩИК 3' })).toMatchObject({ name: 'ЯЩИК 3' });
    for (const name of ['', '   ', 'Box\n12', '\u200b', 'x'.repeat(121)]) {
      expect(await dispatch('createCollection', { name })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('hold a document once, in the order it was put in, and let it go without touching the library', async () => {
    const { service, store } = library();
    const reading = await service.createCollection({ name: 'Seminar reading' });
    await service.addToCollection({ collectionId: reading.id, documentId: 'd2' });
    await service.addToCollection({ collectionId: reading.id, documentId: 'd1' });
    expect(await service.addToCollection({ collectionId: reading.id, documentId: 'd2' })).toMatchObject({ documentCount: 2 });
    const order = () => store.db.prepare('SELECT document_id FROM collection_documents ORDER BY position').pluck().all();
    expect(order()).toEqual(['d2', 'd1']);
    expect(await service.removeFromCollection({ collectionId: reading.id, documentId: 'd2' })).toMatchObject({ documentCount: 1 });
    expect(order()).toEqual(['d1']);
    expect(await service.listDocuments({})).toHaveLength(2);
  });

  it('are listed on each document, which the library shows one collection of', async () => {
    const { service } = library();
    const a = await service.createCollection({ name: 'A' });
    const b = await service.createCollection({ name: 'B' });
    await service.addToCollection({ collectionId: a.id, documentId: 'd1' });
    await service.addToCollection({ collectionId: b.id, documentId: 'd1' });
    const byId = Object.fromEntries((await service.listDocuments({})).map((d) => [d.id, [...d.collectionIds].sort()]));
    expect(byId).toEqual({ d1: [a.id, b.id].sort(), d2: [] });
    expect((await service.getDocument({ documentId: 'd1' })).collectionIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('answer an unknown collection or document with not-found', async () => {
    const { service } = library();
    const a = await service.createCollection({ name: 'A' });
    expect((await refusal(() => service.addToCollection({ collectionId: 'nope', documentId: 'd1' }))).code).toBe('not-found');
    expect((await refusal(() => service.addToCollection({ collectionId: a.id, documentId: 'nope' }))).code).toBe('not-found');
    expect((await refusal(() => service.renameCollection({ id: 'nope', name: 'B' }))).code).toBe('not-found');
    expect((await refusal(() => service.deleteCollection({ id: 'nope' }))).code).toBe('not-found');
  });
});

describe('exporting a collection', () => {
  it('exports the notes of its documents only, in its order', async () => {
    const { service } = library();
    const [d1Witness = ''] = (await service.getDocument({ documentId: 'd1' })).witnesses.map((w) => w.id);
    const [d2Witness = ''] = (await service.getDocument({ documentId: 'd2' })).witnesses.map((w) => w.id);
    await service.createAnnotation({ witnessId: d1Witness, start: 5, end: 10, note: 'On agreement.' });
    await service.createAnnotation({ witnessId: d2Witness, start: 2, end: 8, note: 'On letters.' });
    const box = await service.createCollection({ name: 'Box' });
    await service.addToCollection({ collectionId: box.id, documentId: 'd2' });
    const exported = await service.exportNotes({ format: 'csv', collectionId: box.id });
    expect(exported.content).toContain('On letters.');
    expect(exported.content).not.toContain('On agreement.');
    expect((await refusal(() => service.exportNotes({ format: 'csv', collectionId: 'nope' }))).code).toBe('not-found');
  });
});
