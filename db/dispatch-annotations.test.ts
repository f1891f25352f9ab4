import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type ApiAnswer, type ApiMethod, type ApiResult } from '../core/api.js';
import { annotationService, dumpAnnotationTables } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

const TEXT = 'They agree to move toward reunification, but the final decision rests with the comrades.';
const UNKNOWN_ID = '99999999-0000-4000-8000-000000000000';

/** The value of a successful answer, checked against the method's result schema; fails the test otherwise. */
function value<M extends ApiMethod>(method: M, answer: ApiAnswer): ApiResult<M> {
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error.message}`);
  // Indexing the schemas by a generic method widens the result to every method's; the parse has checked this one.
  return apiSchemas[method].result.parse(answer.value) as ApiResult<M>;
}

/** A store with one highlight (note and tag included), its dispatcher, and a dump to compare against. */
async function withOneAnnotation() {
  const setup = annotationService(TEXT);
  const witnessId = setup.witnessIds[0] ?? '';
  const made = value('createAnnotation', await setup.dispatch('createAnnotation', { witnessId, start: 5, end: 10, note: 'kept', tags: ['kept'] }));
  return { ...setup, witnessId, id: made.id, before: dumpAnnotationTables(setup.store) };
}

describe('the annotation methods through the dispatcher', () => {
  it('answer valid calls in the shape of the contract', async () => {
    const { dispatch, witnessId, id, faults } = await withOneAnnotation();
    expect(value('listAnnotations', await dispatch('listAnnotations', { witnessId })).map((a) => a.id)).toEqual([id]);
    expect(value('listHighlights', await dispatch('listHighlights', { witnessId }))).toMatchObject({ ids: [id], starts: [5], ends: [10] });
    expect(value('listHighlights', await dispatch('listHighlights', { witnessId, within: { start: 9, end: 20 } }))).toMatchObject({ ids: [id] });
    expect(value('listHighlights', await dispatch('listHighlights', { witnessId, within: { start: 10, end: 20 } }))).toMatchObject({ ids: [] });
    expect(value('updateAnnotation', await dispatch('updateAnnotation', { id, note: 'changed', tags: ['Korea'], category: 'evidence' }))).toMatchObject({
      note: 'changed',
      tags: ['Korea'],
      category: 'evidence',
    });
    expect(value('reattachAnnotation', await dispatch('reattachAnnotation', { id, witnessId, start: 14, end: 18 })).target?.quote.exact).toBe('move');
    expect(value('listTags', await dispatch('listTags', {}))).toEqual(['Korea']);
    expect(value('deleteAnnotation', await dispatch('deleteAnnotation', { id }))).toEqual({ id });
    expect(value('undo', await dispatch('undo', {}))).toEqual({ description: 'Undid: annotation deleted', documentId: 'd1' });
    expect(value('redo', await dispatch('redo', {}))).toEqual({ description: 'Redid: annotation deleted', documentId: 'd1' });
    expect(value('setDocumentNote', await dispatch('setDocumentNote', { documentId: 'd1', note: 'Overall' })).note).toBe('Overall');
    expect(value('getDocumentNote', await dispatch('getDocumentNote', { documentId: 'd1' })).note).toBe('Overall');
    expect(value('listCategories', await dispatch('listCategories', {}))).toHaveLength(4);
    expect(value('renameCategory', await dispatch('renameCategory', { id: 'follow-up', name: 'Later' })).name).toBe('Later');
    expect(value('setProfile', await dispatch('setProfile', { creator: 'Grace' }))).toEqual({ creator: 'Grace' });
    expect(value('getProfile', await dispatch('getProfile', {}))).toEqual({ creator: 'Grace', askName: false });
    expect(faults).toEqual([]);
  });

  const refusals: [string, ApiMethod, (ids: { witnessId: string; id: string }) => unknown, RegExp][] = [
    ['a 1 MB note', 'updateAnnotation', ({ id }) => ({ id, note: 'x'.repeat(1_000_000) }), /^The request to updateAnnotation was not valid \(note\): A note can be at most 100,000 characters long\.$/],
    ['a 1 MB note on a new annotation', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 0, end: 4, note: 'x'.repeat(1_000_000) }), /\(note\): A note can be at most 100,000 characters long\.$/],
    ['a 1 MB document note', 'setDocumentNote', () => ({ documentId: 'd1', note: 'x'.repeat(1_000_000) }), /\(note\): A note can be at most 100,000 characters long\.$/],
    ['a 10,000-character tag', 'updateAnnotation', ({ id }) => ({ id, tags: ['x'.repeat(10_000)] }), /\(tags\.0\): A tag can be at most 64 characters long\.$/],
    ['a tag of two lines', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 0, end: 4, tags: ['one\ntwo'] }), /A tag is one line of text\.$/],
    ['33 tags', 'updateAnnotation', ({ id }) => ({ id, tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }), /at most 32 tags\.$/],
    ['an empty selection', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 7, end: 7 }), /Select some text first: the selection is empty\.$/],
    ['a selection of spaces', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 4, end: 5 }), /^Select some text first/],
    ['a selection past the end', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 80, end: 500 }), /^That selection is outside the text: it ends at 500/],
    ['a negative offset', 'reattachAnnotation', ({ id, witnessId }) => ({ id, witnessId, start: -1, end: 3 }), /not valid \(start\)/],
    ['an unknown colour', 'createAnnotation', ({ witnessId }) => ({ witnessId, start: 0, end: 4, category: 'purple' }), /^There is no colour called "purple"/],
    ['an unknown annotation', 'deleteAnnotation', () => ({ id: UNKNOWN_ID }), /^No annotation with id 99999999-/],
    ['an id that is not a UUID', 'updateAnnotation', () => ({ id: 'not-an-id', note: 'x' }), /not valid \(id\)/],
    ['an empty stretch of highlights', 'listHighlights', ({ witnessId }) => ({ witnessId, within: { start: 9, end: 9 } }), /\(within\): The stretch of text is empty/],
    ['a stretch of highlights with more to it', 'listHighlights', ({ witnessId }) => ({ witnessId, within: { start: 0, end: 9, words: 3 } }), /not valid \(within\)/],
    ['a stretch of highlights before the text', 'listHighlights', ({ witnessId }) => ({ witnessId, within: { start: -5, end: 9 } }), /not valid \(within\.start\)/],
    ['an unknown witness', 'listAnnotations', () => ({ witnessId: 'nope' }), /^No witness with id nope/],
    ['an unknown document', 'getDocumentNote', () => ({ documentId: 'nope' }), /^No document with id nope/],
    ['an empty colour name', 'renameCategory', () => ({ id: 'question', name: '  ' }), /A colour needs a name\.$/],
    ['a long colour name', 'renameCategory', () => ({ id: 'question', name: 'x'.repeat(41) }), /at most 40 characters long\.$/],
    ['an empty name', 'setProfile', () => ({ creator: ' ' }), /Your name cannot be empty\.$/],
    ['arguments to a method that takes none', 'undo', () => ({ steps: 3 }), /not valid/],
  ];

  it.each(refusals)('refuse %s with a readable message and change nothing', async (_, method, args, message) => {
    const { dispatch, store, before, witnessId, id, faults } = await withOneAnnotation();
    const answer = await dispatch(method, args({ witnessId, id }));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(message);
    expect(dumpAnnotationTables(store)).toEqual(before);
    expect(faults).toEqual([]);
  });
});
