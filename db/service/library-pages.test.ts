import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type DocumentSummary, type LibraryQuery } from '../../core/api.js';
import { addDocument, annotationService } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

/** The service over documents a (d1), b, c: titles, dates, authors and arrivals the reader set. */
async function library() {
  const setup = annotationService('They agree to move toward reunification.');
  const { service, store } = setup;
  addDocument(store, 'b', 'A letter from Graz.');
  addDocument(store, 'c', 'Cables of the box.');
  const arrived = store.db.prepare('UPDATE documents SET created_at = ? WHERE id = ?');
  arrived.run('2026-01-03T00:00:00.000Z', 'd1');
  arrived.run('2026-01-01T00:00:00.000Z', 'b');
  arrived.run('2026-01-02T00:00:00.000Z', 'c');
  await service.updateDocumentMeta({ documentId: 'd1', meta: { title: 'Box 10: minutes', date: '1950-06-25' } });
  await service.updateDocumentMeta({ documentId: 'b', meta: { title: 'Letter from Anna Keller', author: 'Anna Keller', date: '1921-03-03' } });
  await service.updateDocumentMeta({ documentId: 'c', meta: { title: 'Box 2: cables' } });
  return setup;
}

const query = (overrides: Partial<LibraryQuery> = {}): LibraryQuery => ({ order: 'title', offset: 0, limit: 50, ...overrides });

describe('the library a page at a time', () => {
  it('sorts by title with numbers by value, by date with undated last, and newest added first', async () => {
    const { service } = await library();
    const ids = async (order: LibraryQuery['order']) => (await service.listLibrary(query({ order }))).documents.map((document) => document.id);
    expect(await ids('title')).toEqual(['c', 'd1', 'b']);
    expect(await ids('date')).toEqual(['b', 'd1', 'c']);
    expect(await ids('added')).toEqual(['d1', 'c', 'b']);
  });

  it('keeps the documents whose title or author holds every word of the filter, case and accents aside', async () => {
    const { service } = await library();
    const ids = async (filter: string) => (await service.listLibrary(query({ filter }))).documents.map((document) => document.id);
    expect(await ids('KELLER')).toEqual(['b']);
    expect(await ids('ánna letter')).toEqual(['b']);
    expect(await ids('box cables')).toEqual(['c']);
    expect(await ids('  ')).toEqual(['c', 'd1', 'b']);
    expect(await service.listLibrary(query({ filter: 'kazan' }))).toEqual({ documents: [], total: 0, size: 3 });
  });

  it('shows one collection, filtered too', async () => {
    const { service } = await library();
    const box = await service.createCollection({ name: 'Box 12' });
    await service.addToCollection({ collectionId: box.id, documentId: 'b' });
    await service.addToCollection({ collectionId: box.id, documentId: 'c' });
    const page = await service.listLibrary(query({ collectionId: box.id }));
    expect(page.documents.map((document) => [document.id, document.collectionIds])).toEqual([['c', [box.id]], ['b', [box.id]]]);
    expect(page).toMatchObject({ total: 2, size: 3 });
    expect((await service.listLibrary(query({ collectionId: box.id, filter: 'anna' }))).documents.map((document) => document.id)).toEqual(['b']);
    expect(await service.listLibrary(query({ collectionId: 'no-such-collection' }))).toEqual({ documents: [], total: 0, size: 3 });
  });

  it('answers pages that meet without overlap, each with the total, however the library is cut', async () => {
    const { service, store } = await library();
    for (let n = 1; n <= 7; n++) addDocument(store, `extra-${n}`, `Text ${n}.`);
    const whole = await service.listLibrary(query({ order: 'date' }));
    expect(whole.total).toBe(10);
    const pages = await Promise.all([0, 3, 6, 9].map((offset) => service.listLibrary(query({ order: 'date', offset, limit: 3 }))));
    expect(pages.map((page) => page.documents.length)).toEqual([3, 3, 3, 1]);
    expect(pages.flatMap((page) => page.documents)).toEqual(whole.documents);
    expect(pages.map((page) => page.total)).toEqual([10, 10, 10, 10]);
    expect(await service.listLibrary(query({ offset: 10 }))).toEqual({ documents: [], total: 10, size: 10 });
  });

  it('lists each document as the whole listing does: counts, collections and transcriptions', async () => {
    const { service } = await library();
    const byId = (documents: readonly DocumentSummary[]) => [...documents].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await service.listLibrary(query())).documents)).toEqual(byId(await service.listDocuments({})));
  });

  it('follows the library as it changes: a corrected title, a deletion, an undo', async () => {
    const { service } = await library();
    await service.updateDocumentMeta({ documentId: 'b', meta: { title: 'Aardvark notes', author: 'Anna Keller', date: '1921-03-03' } });
    expect((await service.listLibrary(query())).documents.map((document) => document.title)).toEqual(['Aardvark notes', 'Box 2: cables', 'Box 10: minutes']);
    await service.deleteDocument({ documentId: 'c' });
    expect((await service.listLibrary(query())).documents.map((document) => document.id)).toEqual(['b', 'd1']);
    await service.restoreDocument({ documentId: 'c' });
    const restored = await service.listLibrary(query());
    expect(restored.documents.map((document) => document.id)).toEqual(['b', 'c', 'd1']);
    expect(restored.size).toBe(3);
  });

  it('refuses a page larger than the contract allows', () => {
    expect(apiSchemas.listLibrary.args.safeParse(query({ limit: 500 })).success).toBe(true);
    expect(apiSchemas.listLibrary.args.safeParse(query({ limit: 501 })).success).toBe(false);
    expect(apiSchemas.listLibrary.args.safeParse(query({ filter: 'x'.repeat(201) })).success).toBe(false);
  });
});

describe('the document the room opens', () => {
  it('is the one named while the library holds it, else the first by date, and none in an empty library', async () => {
    const { service } = await library();
    expect((await service.openingDocument({ documentId: 'c' })).document?.id).toBe('c');
    expect((await service.openingDocument({ documentId: 'gone' })).document?.id).toBe('b');
    expect((await service.openingDocument({})).document?.id).toBe('b');
    for (const documentId of ['b', 'c', 'd1']) await service.deleteDocument({ documentId });
    expect(await service.openingDocument({})).toEqual({ document: null });
  });
});
