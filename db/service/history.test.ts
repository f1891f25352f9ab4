import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { addDocument, annotationService, dumpAnnotationTables } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { TYPING_BURST_MS } from './edits.js';

afterEach(cleanUpScratch);

const TEXT = 'They agree to move toward reunification, but the final decision rests with the comrades.';

function span(phrase: string): { start: number; end: number } {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
}

function changeRows(store: ReturnType<typeof annotationService>['store']): unknown[] {
  return store.db.prepare('SELECT action, undone FROM changes ORDER BY seq').all();
}

/** Types `text` into an annotation's note one keystroke at a time, `gap` ms apart. */
async function type(setup: ReturnType<typeof annotationService>, id: string, text: string, gap: number): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    setup.clock.advance(gap);
    await setup.service.updateAnnotation({ id, note: text.slice(0, i) });
  }
}

describe('undo and redo', () => {
  it('say so when there is nothing to undo or redo', async () => {
    const { service } = annotationService(TEXT);
    expect(await service.undo({})).toEqual({ description: null });
    expect(await service.redo({})).toEqual({ description: null });
  });

  it('take back a new highlight and bring it back with the same id and times', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const made = await service.createAnnotation({ witnessId, ...span('reunification') });
    expect(apiSchemas.undo.result.parse(await service.undo({}))).toEqual({ description: 'Undid: new highlight', documentId: 'd1' });
    expect(await service.listAnnotations({ witnessId })).toEqual([]);
    expect(await service.redo({})).toEqual({ description: 'Redid: new highlight', documentId: 'd1' });
    expect(await service.listAnnotations({ witnessId })).toEqual([made]);
    expect(await service.redo({})).toEqual({ description: null });
  });

  it('bring a deleted annotation back exactly: id, note, tags in order, colour, creator and times', async () => {
    const setup = annotationService(TEXT);
    const { service, store, clock, witnessIds: [witnessId = ''] } = setup;
    const made = await service.createAnnotation({ witnessId, ...span('final decision'), note: 'Whose?', tags: ['b', 'a', 'c'], category: 'question' });
    const stored = dumpAnnotationTables(store);
    clock.advance(10_000);
    await service.deleteAnnotation({ id: made.id });
    expect(await service.undo({})).toEqual({ description: 'Undid: annotation deleted', documentId: 'd1' });
    expect(await service.listAnnotations({ witnessId })).toEqual([made]);
    // Everything as it was but the log, which now holds the deletion and its undoing.
    expect({ ...dumpAnnotationTables(store), changes: [] }).toEqual({ ...stored, changes: [] });
  });

  it('restore the state before an edit, and name what the edit was', async () => {
    const setup = annotationService(TEXT);
    const { service, clock, witnessIds: [witnessId = ''] } = setup;
    const made = await service.createAnnotation({ witnessId, ...span('reunification'), note: 'first' });
    const steps: [() => unknown, string][] = [
      [() => service.updateAnnotation({ id: made.id, category: 'evidence' }), 'colour changed'],
      [() => service.updateAnnotation({ id: made.id, tags: ['Korea'] }), 'tags changed'],
      [() => service.reattachAnnotation({ id: made.id, witnessId, ...span('comrades') }), 'annotation re-attached'],
      [() => service.updateAnnotation({ id: made.id, note: 'second', tags: [] }), 'annotation edited'],
      [() => service.updateAnnotation({ id: made.id, note: 'third' }), 'note edited'],
    ];
    const states = [await service.listAnnotations({ witnessId })];
    for (const [step] of steps) {
      clock.advance(TYPING_BURST_MS + 1);
      await step();
      states.push(await service.listAnnotations({ witnessId }));
    }
    for (const [index, [, words]] of [...steps.entries()].reverse()) {
      expect(await service.undo({})).toEqual({ description: `Undid: ${words}`, documentId: 'd1' });
      expect(await service.listAnnotations({ witnessId })).toEqual(states[index]);
    }
    expect(await service.undo({})).toEqual({ description: 'Undid: new note', documentId: 'd1' });
  });

  it('forget what was undone once a new change is made', async () => {
    const setup = annotationService(TEXT);
    const { service, store, witnessIds: [witnessId = ''] } = setup;
    await service.createAnnotation({ witnessId, ...span('reunification') });
    await service.createAnnotation({ witnessId, ...span('comrades') });
    await service.undo({});
    await service.createAnnotation({ witnessId, ...span('final decision') });
    expect(await service.redo({})).toEqual({ description: null });
    expect(changeRows(store)).toEqual([
      { action: 'create', undone: 0 },
      { action: 'create', undone: 0 },
    ]);
  });

  it('work across documents and say which document each step touched', async () => {
    const setup = annotationService(TEXT);
    const { service, store } = setup;
    const [other = ''] = addDocument(store, 'd2', 'A second telegram about the army.');
    await service.createAnnotation({ witnessId: setup.witnessIds[0] ?? '', ...span('comrades') });
    await service.createAnnotation({ witnessId: other, start: 2, end: 8 });
    expect(await service.undo({})).toMatchObject({ documentId: 'd2' });
    expect(await service.undo({})).toMatchObject({ documentId: 'd1' });
    expect(await service.redo({})).toMatchObject({ documentId: 'd1' });
  });
});

describe('a burst of typing in a note', () => {
  it('is one step to undo, however many keystrokes it took', async () => {
    const setup = annotationService(TEXT);
    const { service, store, witnessIds: [witnessId = ''] } = setup;
    const made = await service.createAnnotation({ witnessId, ...span('reunification') });
    await type(setup, made.id, 'By force?', 300);
    expect(changeRows(store)).toEqual([
      { action: 'create', undone: 0 },
      { action: 'update', undone: 0 },
    ]);
    expect(await service.undo({})).toEqual({ description: 'Undid: note edited', documentId: 'd1' });
    expect(await service.listAnnotations({ witnessId })).toEqual([made]);
    expect(await service.redo({})).toEqual({ description: 'Redid: note edited', documentId: 'd1' });
    expect((await service.listAnnotations({ witnessId }))[0]).toMatchObject({ note: 'By force?', modified: '2026-05-14T09:00:02.700Z' });
  });

  it('ends at a pause longer than two seconds, at an edit of another kind, and at an edit of another annotation', async () => {
    const setup = annotationService(TEXT);
    const { service, clock, store, witnessIds: [witnessId = ''] } = setup;
    const first = await service.createAnnotation({ witnessId, ...span('reunification') });
    const second = await service.createAnnotation({ witnessId, ...span('comrades') });
    await type(setup, first.id, 'ab', 100);
    clock.advance(TYPING_BURST_MS + 1);
    await type(setup, first.id, 'abc', 0);
    clock.advance(100);
    await service.updateAnnotation({ id: first.id, tags: ['x'] });
    await type(setup, first.id, 'abcd', 100);
    await type(setup, second.id, 'z', 100);
    await type(setup, first.id, 'abcde', 100);
    expect(changeRows(store)).toHaveLength(2 + 6);
    await service.undo({});
    expect((await service.listAnnotations({ witnessId })).find((a) => a.id === first.id)?.note).toBe('abcd');
  });

  it('does not join an edit made after an undo', async () => {
    const setup = annotationService(TEXT);
    const { service, store, witnessIds: [witnessId = ''] } = setup;
    const made = await service.createAnnotation({ witnessId, ...span('reunification') });
    await type(setup, made.id, 'ab', 100);
    await service.updateAnnotation({ id: made.id, category: 'question' });
    await service.undo({});
    await type(setup, made.id, 'abc', 100);
    expect(changeRows(store)).toEqual([
      { action: 'create', undone: 0 },
      { action: 'update', undone: 0 },
      { action: 'update', undone: 0 },
    ]);
  });
});
