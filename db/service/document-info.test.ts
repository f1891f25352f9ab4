import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { annotationService, refusal } from '../testing/annotations.js';
import { seededCarrel } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { TYPING_BURST_MS } from './edits.js';

afterEach(cleanUpScratch);

const TELEGRAM_TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";

describe('correcting a document’s information', () => {
  it('lays the reader’s fields over the witnesses’, and the citation follows', async () => {
    const { service, documentId } = seededCarrel();
    const edited = apiSchemas.updateDocumentMeta.result.parse(
      await service.updateDocumentMeta({
        documentId,
        meta: { title: 'Stalin consents', date: '15 May 1950', author: 'A. Ya. Vyshinsky', idno: 'APRF 45/1/334', archive: '' },
      }),
    );
    expect(edited).toMatchObject({ title: 'Stalin consents', date: '1950-05-15', dateText: '15 May 1950', author: 'A. Ya. Vyshinsky' });
    expect(edited.meta).toMatchObject({ title: 'Stalin consents', idno: 'APRF 45/1/334', sender: 'Vyshinsky' });
    expect(edited.meta.archive).toBeUndefined();
    expect(edited.citation).toBe(
      'A. Ya. Vyshinsky, “Stalin consents,” May 15, 1950, APRF 45/1/334, History and Public Policy Program Digital Archive, http://digitalarchive.wilsoncenter.org/document/115976.',
    );
    // The witnesses keep what they said; everything that shows a title shows the reader's.
    const [listed] = await service.listDocuments({});
    expect(listed).toMatchObject({ title: 'Stalin consents', date: '1950-05-15' });
    expect((await service.search({ query: 'reunification' })).text[0]?.documentTitle).toBe('Stalin consents');
    const [archive] = edited.witnesses;
    expect((await service.getWitness({ witnessId: archive?.id ?? '' })).meta.title).toBe(TELEGRAM_TITLE);
  });

  it('is one step of undo and redo each time, worded with the document', async () => {
    const { service, documentId, clock } = seededCarrel();
    const before = await service.getDocument({ documentId });
    await service.updateDocumentMeta({ documentId, meta: { title: 'Stalin consents' } });
    clock.advance(TYPING_BURST_MS + 1);
    const second = await service.updateDocumentMeta({ documentId, meta: { recipient: 'Mao' } });
    expect(await service.undo({})).toEqual({ description: 'Undid: information of “Stalin consents” edited', documentId });
    expect(await service.undo({})).toEqual({ description: 'Undid: title changed to “Stalin consents”', documentId });
    expect(await service.getDocument({ documentId })).toEqual(before);
    expect((await service.listDocuments({}))[0]?.title).toBe(TELEGRAM_TITLE);
    await service.redo({});
    expect(await service.redo({})).toEqual({ description: 'Redid: information of “Stalin consents” edited', documentId });
    expect(await service.getDocument({ documentId })).toEqual(second);
  });

  it('writes nothing, and leaves nothing to undo, when the fields are what they already were', async () => {
    const { service, documentId, store } = seededCarrel();
    const before = await service.getDocument({ documentId });
    expect(await service.updateDocumentMeta({ documentId, meta: { title: before.title, date: 'May 14, 1950', sender: 'Vyshinsky' } })).toEqual(before);
    expect(store.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM document_edits').pluck().get()).toBe(0);
  });

  it('gives a document whose witnesses name no title the one its import gave back when the reader’s is undone', async () => {
    const { service } = annotationService('A letter from Kazan.');
    expect((await service.getDocument({ documentId: 'd1' })).title).toBe('Document d1');
    await service.updateDocumentMeta({ documentId: 'd1', meta: { title: 'From Kazan' } });
    expect((await service.listDocuments({}))[0]?.title).toBe('From Kazan');
    await service.undo({});
    expect((await service.listDocuments({}))[0]?.title).toBe('Document d1');
  });

  it('gives the title back to the witnesses when the reader sends theirs', async () => {
    const { service, documentId } = seededCarrel();
    await service.updateDocumentMeta({ documentId, meta: { title: 'Stalin consents' } });
    await service.updateDocumentMeta({ documentId, meta: { title: TELEGRAM_TITLE } });
    expect((await service.listDocuments({}))[0]?.title).toBe(TELEGRAM_TITLE);
    expect((await service.search({ query: 'reunification' })).text[0]?.documentTitle).toBe(TELEGRAM_TITLE);
  });

  it('refuses an empty title, an over-long field and an unknown document', async () => {
    const { dispatch, service, documentId } = seededCarrel();
    expect(await dispatch('updateDocumentMeta', { documentId, meta: { title: '  ' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch('updateDocumentMeta', { documentId, meta: { idno: 'x'.repeat(201) } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch('updateDocumentMeta', { documentId, meta: { classification: 'Secret' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect((await refusal(() => service.updateDocumentMeta({ documentId: 'nope', meta: { title: 'T' } }))).code).toBe('not-found');
  });
});
