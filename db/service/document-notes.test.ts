import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { annotationService, dumpAnnotationTables, refusal } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('the note on a whole document', () => {
  it('is empty until written, then kept with its time, apart from the passage notes', async () => {
    const { service, clock, witnessIds: [witnessId = ''] } = annotationService('A short telegram.');
    expect(await service.getDocumentNote({ documentId: 'd1' })).toEqual({ documentId: 'd1', note: '' });
    clock.advance(1000);
    const written = apiSchemas.setDocumentNote.result.parse(await service.setDocumentNote({ documentId: 'd1', note: 'Read with the Korean file.' }));
    expect(written).toEqual({ documentId: 'd1', note: 'Read with the Korean file.', modified: '2026-05-14T09:00:01.000Z' });
    expect(await service.getDocumentNote({ documentId: 'd1' })).toEqual(written);
    expect(await service.listAnnotations({ witnessId })).toEqual([]);
  });

  it('is one annotation row, signed by the reader, however often it is rewritten', async () => {
    const { service, store, clock } = annotationService('A short telegram.');
    for (const note of ['one', 'two', 'three']) {
      clock.advance(5000);
      await service.setDocumentNote({ documentId: 'd1', note });
    }
    expect(store.db.prepare("SELECT kind, note, motivation, creator FROM annotations").all()).toEqual([
      { kind: 'document', note: 'three', motivation: 'commenting', creator: 'Ada Reader' },
    ]);
  });

  it('goes through undo and redo, a burst of typing as one step', async () => {
    const { service, clock } = annotationService('A short telegram.');
    await service.setDocumentNote({ documentId: 'd1', note: 'F' });
    for (const note of ['Fi', 'Fir', 'First']) {
      clock.advance(400);
      await service.setDocumentNote({ documentId: 'd1', note });
    }
    expect(await service.undo({})).toEqual({ description: 'Undid: document note edited', documentId: 'd1' });
    expect((await service.getDocumentNote({ documentId: 'd1' })).note).toBe('F');
    expect(await service.undo({})).toEqual({ description: 'Undid: document note written', documentId: 'd1' });
    expect(await service.getDocumentNote({ documentId: 'd1' })).toEqual({ documentId: 'd1', note: '' });
    expect(await service.redo({})).toEqual({ description: 'Redid: document note written', documentId: 'd1' });
    expect(await service.redo({})).toEqual({ description: 'Redid: document note edited', documentId: 'd1' });
    expect((await service.getDocumentNote({ documentId: 'd1' })).note).toBe('First');
  });

  it('writes nothing for clearing a note never written or rewriting the same words', async () => {
    const { service, store } = annotationService('A short telegram.');
    const empty = dumpAnnotationTables(store);
    expect(await service.setDocumentNote({ documentId: 'd1', note: '' })).toEqual({ documentId: 'd1', note: '' });
    expect(dumpAnnotationTables(store)).toEqual(empty);
    await service.setDocumentNote({ documentId: 'd1', note: 'Same' });
    const written = dumpAnnotationTables(store);
    await service.setDocumentNote({ documentId: 'd1', note: 'Same' });
    expect(dumpAnnotationTables(store)).toEqual(written);
  });

  it('is refused on a document that does not exist, the store unchanged', async () => {
    const { service, store } = annotationService('A short telegram.');
    const before = dumpAnnotationTables(store);
    expect(await refusal(() => service.setDocumentNote({ documentId: 'gone', note: 'x' }))).toEqual({
      code: 'not-found',
      message: 'No document with id gone. It may have been deleted.',
    });
    expect(await refusal(() => service.getDocumentNote({ documentId: 'gone' }))).toMatchObject({ code: 'not-found' });
    expect(dumpAnnotationTables(store)).toEqual(before);
  });

  it('is not edited as a passage annotation', async () => {
    const { service, store } = annotationService('A short telegram.');
    await service.setDocumentNote({ documentId: 'd1', note: 'x' });
    const id = String(store.db.prepare('SELECT id FROM annotations').pluck().get());
    expect(await refusal(() => service.updateAnnotation({ id, note: 'y' }))).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/whole document/) });
    expect(await refusal(() => service.reattachAnnotation({ id, witnessId: 'd1-w0', start: 0, end: 1 }))).toMatchObject({ code: 'bad-request' });
  });
});
