import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { addDocument, annotationService, dumpAnnotationTables, refusal, span, TELEGRAM_SENTENCES as TEXT } from '../testing/annotations.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('creating an annotation', () => {
  it('keeps a highlight with the quote and context taken from the stored text, signed and stamped', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const created = apiSchemas.createAnnotation.result.parse(
      await service.createAnnotation({ witnessId, ...span('move toward reunification') }),
    );
    expect(created).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      documentId: 'd1',
      motivation: 'highlighting',
      note: '',
      tags: [],
      category: 'key-claim',
      creator: 'Ada Reader',
      created: '2026-05-14T09:00:00.000Z',
      modified: '2026-05-14T09:00:00.000Z',
      anchor: { status: 'anchored', ...span('move toward reunification'), method: 'position' },
    });
    expect(created.target?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'move toward reunification',
      prefix: ' Mao agree that the Koreans may ',
      suffix: '. The final decision on the ques',
    });
    expect(await service.listAnnotations({ witnessId })).toEqual([created]);
  });

  it('makes a note a comment, keeps the chosen colour, and each tag once in the order given', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const created = await service.createAnnotation({
      witnessId,
      ...span('Filippov [Stalin]'),
      note: 'The code-name, glossed by the *translator*.',
      category: 'question',
      tags: ['code-names', 'Stalin', 'code-names'],
    });
    expect(created).toMatchObject({ motivation: 'commenting', category: 'question', tags: ['code-names', 'Stalin'] });
  });

  it('lists annotations in the order of the text, wherever they were made first', async () => {
    const { service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    await service.createAnnotation({ witnessId, ...span('Korean comrades') });
    await service.createAnnotation({ witnessId, ...span('Filippov') });
    await service.createAnnotation({ witnessId, ...span('final decision') });
    const quotes = (await service.listAnnotations({ witnessId })).map((a) => a.target?.quote.exact);
    expect(quotes).toEqual(['Filippov', 'final decision', 'Korean comrades']);
  });
});

describe('annotations after the reading text changed', () => {
  it('follow their passage when words are inserted before it', async () => {
    const { store, service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    await service.createAnnotation({ witnessId, ...span('final decision on the question') });
    const edited = 'TOP SECRET. ' + TEXT;
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, witnessId);
    const [moved] = await service.listAnnotations({ witnessId });
    expect(moved?.anchor).toEqual({ status: 'anchored', ...span('final decision on the question', edited), method: 'exact' });
  });

  it('follow their passage when a word inside it was corrected', async () => {
    const { store, service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    await service.createAnnotation({ witnessId, ...span('final decision on the question must be made') });
    const edited = TEXT.replace('question', 'matter');
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, witnessId);
    const [moved] = await service.listAnnotations({ witnessId });
    expect(moved?.anchor).toMatchObject({ status: 'anchored', method: 'fuzzy', start: span('final decision', edited).start });
  });

  it('are kept as orphans with their quote when the passage is gone, listed last, and can be re-attached', async () => {
    const { store, service, clock, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const lost = await service.createAnnotation({
      witnessId,
      ...span('move toward reunification'),
      note: 'Unification by force?',
      tags: ['Korea'],
      category: 'evidence',
    });
    await service.createAnnotation({ witnessId, ...span('Korean comrades') });
    const edited = TEXT.replace('the Koreans may move toward reunification', 'nothing more is said');
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, witnessId);

    const listed = await service.listAnnotations({ witnessId });
    expect(listed.map((a) => a.anchor.status)).toEqual(['anchored', 'orphaned']);
    expect(listed[1]).toMatchObject({ id: lost.id, anchor: { status: 'orphaned' } });
    expect(listed[1]?.target?.quote.exact).toBe('move toward reunification');

    clock.advance(60_000);
    const reattached = await service.reattachAnnotation({ id: lost.id, witnessId, ...span('nothing more is said', edited) });
    expect(reattached).toMatchObject({
      id: lost.id,
      note: 'Unification by force?',
      tags: ['Korea'],
      category: 'evidence',
      created: lost.created,
      modified: '2026-05-14T09:01:00.000Z',
      anchor: { status: 'anchored', method: 'position' },
    });
    expect(reattached.target?.quote.exact).toBe('nothing more is said');
    expect((await service.listAnnotations({ witnessId })).map((a) => a.anchor.status)).toEqual(['anchored', 'anchored']);
  });

  it('can be re-attached to another transcription of the same document, never to another document', async () => {
    const { store, service, witnessIds: [first = '', second = ''] } = annotationService(TEXT, TEXT.toUpperCase());
    const made = await service.createAnnotation({ witnessId: first, ...span('Korean comrades') });
    const moved = await service.reattachAnnotation({ id: made.id, witnessId: second, ...span('KOREAN COMRADES', TEXT.toUpperCase()) });
    expect(moved.target?.witnessId).toBe(second);
    expect(await service.listAnnotations({ witnessId: first })).toEqual([]);
    expect((await service.listAnnotations({ witnessId: second })).map((a) => a.id)).toEqual([made.id]);

    const [elsewhere = ''] = addDocument(store, 'd2', 'Another telegram altogether.');
    const before = dumpAnnotationTables(store);
    expect(await refusal(() => service.reattachAnnotation({ id: made.id, witnessId: elsewhere, start: 0, end: 7 }))).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/another document/),
    });
    expect(dumpAnnotationTables(store)).toEqual(before);
  });
});

describe('the highlights painted before the annotations come', () => {
  it('are where the annotations land after the text was edited, in their colours, motivations and people, orphans left out', async () => {
    const { store, service, archiveId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    const [moved, corrected, lost, tagged, nested] = [
      await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Korean comrades'), category: 'evidence' }),
      await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Koreans to move toward reunification'), note: 'By force?' }),
      await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'should be postponed') }),
      await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov [Stalin]'), people: [SEED_IDS.stalin] }),
      await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov') }),
    ];
    // Words inserted before everything, one word inside a passage corrected, one passage gone.
    const edited = 'TOP SECRET. ' + text.replace('Koreans to move toward', 'Koreans to proceed toward').replace('should be postponed', 'waits');
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, archiveId);

    const annotations = await service.listAnnotations({ witnessId: archiveId });
    const highlights = apiSchemas.listHighlights.result.parse(await service.listHighlights({ witnessId: archiveId }));
    const anchored = annotations.flatMap((annotation) => (annotation.anchor.status === 'anchored' ? [{ ...annotation, anchor: annotation.anchor }] : []));
    expect(anchored.map((annotation) => annotation.anchor.method).sort()).toEqual(['exact', 'exact', 'exact', 'fuzzy']);
    expect(highlights).toEqual({
      ids: anchored.map((annotation) => annotation.id),
      starts: anchored.map((annotation) => annotation.anchor.start),
      ends: anchored.map((annotation) => annotation.anchor.end),
      categories: anchored.map((annotation) => annotation.category),
      motivations: anchored.map((annotation) => annotation.motivation),
      people: { [tagged.id]: [SEED_IDS.stalin] },
    });
    expect(new Set(highlights.ids)).toEqual(new Set([moved.id, corrected.id, tagged.id, nested.id]));
    expect(highlights.ids).not.toContain(lost.id);
    expect(highlights.categories[highlights.ids.indexOf(moved.id)]).toBe('evidence');
    const at = highlights.ids.indexOf(tagged.id);
    expect(edited.slice(highlights.starts[at], highlights.ends[at])).toBe('Filippov [Stalin]');
  });
});

describe('the highlights of the first screen', () => {
  it('are those of the whole answer that land over the stretch asked for, in the same order and form', async () => {
    const { service, textOf, archiveId } = seededCarrel();
    const text = textOf(archiveId);
    const made = [];
    for (const phrase of ['In a conversation', 'Filippov [Stalin] and his friends', 'Korean comrades', 'move toward reunification', 'should be postponed']) {
      made.push(await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, phrase), people: phrase.includes('[Stalin]') ? [SEED_IDS.stalin] : [] }));
    }
    const whole = await service.listHighlights({ witnessId: archiveId });
    // From inside 'conversation' to inside 'Filippov': over the first three, touching none after.
    const within = { start: spanOf(text, 'conversation').start + 2, end: spanOf(text, 'Filippov [Stalin]').start + 'Filippov'.length };
    const part = apiSchemas.listHighlights.result.parse(await service.listHighlights({ witnessId: archiveId, within }));
    const kept = whole.ids.flatMap((id, index) => ((whole.starts[index] ?? 0) < within.end && (whole.ends[index] ?? 0) > within.start ? [index] : []));
    expect(kept).toHaveLength(3);
    expect(part).toEqual({
      ids: kept.map((index) => whole.ids[index]),
      starts: kept.map((index) => whole.starts[index]),
      ends: kept.map((index) => whole.ends[index]),
      categories: kept.map((index) => whole.categories[index]),
      motivations: kept.map((index) => whole.motivations[index]),
      people: { [made[1]?.id ?? '']: [SEED_IDS.stalin] },
    });
  });

  it('leave out an annotation stored over the stretch that lands elsewhere in the text as it is now', async () => {
    const { store, service, textOf, archiveId } = seededCarrel();
    const text = textOf(archiveId);
    const moved = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Korean comrades') });
    const shift = 'x'.repeat(2_000) + ' ';
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(shift + text, archiveId);
    const stored = spanOf(text, 'Korean comrades');
    expect((await service.listHighlights({ witnessId: archiveId, within: stored })).ids).toEqual([]);
    const landed = { start: stored.start + shift.length, end: stored.end + shift.length };
    // Found where it lands only by the whole answer: the stretch is looked up where passages were stored.
    expect((await service.listHighlights({ witnessId: archiveId })).ids).toEqual([moved.id]);
    expect((await service.listHighlights({ witnessId: archiveId, within: landed })).ids).toEqual([]);
  });
});

describe('editing and deleting', () => {
  it('changes the note, colour and tags, turning a highlight into a comment and back, and stamps the change', async () => {
    const { service, clock, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const made = await service.createAnnotation({ witnessId, ...span('Koreans') });
    clock.advance(5000);
    const noted = await service.updateAnnotation({ id: made.id, note: 'Which Koreans?', category: 'question', tags: ['Korea'] });
    expect(noted).toMatchObject({ motivation: 'commenting', note: 'Which Koreans?', category: 'question', tags: ['Korea'], modified: '2026-05-14T09:00:05.000Z' });
    const cleared = await service.updateAnnotation({ id: made.id, note: '' });
    expect(cleared).toMatchObject({ motivation: 'highlighting', note: '', category: 'question', tags: ['Korea'] });
    expect(await service.listAnnotations({ witnessId })).toEqual([cleared]);
  });

  it('writes nothing, not even a step to undo, for an edit that changes nothing', async () => {
    const { store, service, clock, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const made = await service.createAnnotation({ witnessId, ...span('Koreans'), tags: ['a'] });
    const before = dumpAnnotationTables(store);
    clock.advance(5000);
    expect(await service.updateAnnotation({ id: made.id, note: '', tags: ['a'], category: 'key-claim' })).toEqual(made);
    expect(dumpAnnotationTables(store)).toEqual(before);
  });

  it('deletes an annotation with its tags', async () => {
    const { store, service, witnessIds: [witnessId = ''] } = annotationService(TEXT);
    const made = await service.createAnnotation({ witnessId, ...span('Koreans'), tags: ['Korea'] });
    expect(await service.deleteAnnotation({ id: made.id })).toEqual({ id: made.id });
    expect(await service.listAnnotations({ witnessId })).toEqual([]);
    expect(dumpAnnotationTables(store).annotation_tags).toEqual([]);
    expect(await refusal(() => service.deleteAnnotation({ id: made.id }))).toMatchObject({ code: 'not-found' });
  });
});

describe('refusing bad input, changing nothing', () => {
  async function refusedUnchanged(call: (s: ReturnType<typeof annotationService>, id: string) => unknown) {
    const setup = annotationService(TEXT);
    const [witnessId = ''] = setup.witnessIds;
    const made = await setup.service.createAnnotation({ witnessId, ...span('Koreans'), note: 'kept', tags: ['kept'] });
    const before = dumpAnnotationTables(setup.store);
    const refused = await refusal(() => call(setup, made.id));
    expect(dumpAnnotationTables(setup.store)).toEqual(before);
    return refused;
  }

  it('refuses a selection past the end of the text', async () => {
    expect(await refusedUnchanged(({ service, witnessIds }) => service.createAnnotation({ witnessId: witnessIds[0] ?? '', start: 10, end: TEXT.length + 1 }))).toEqual({
      code: 'bad-request',
      message: `That selection is outside the text: it ends at ${TEXT.length + 1}, but this transcription has ${TEXT.length} characters. The text may have changed; select the passage again.`,
    });
  });

  it('refuses an empty selection and one of spaces only', async () => {
    expect(await refusedUnchanged(({ service, witnessIds }) => service.createAnnotation({ witnessId: witnessIds[0] ?? '', start: 4, end: 4 }))).toMatchObject({
      code: 'bad-request',
      message: 'Select some text first: the selection is empty.',
    });
    const space = TEXT.indexOf(' ');
    expect(await refusedUnchanged(({ service, witnessIds }) => service.createAnnotation({ witnessId: witnessIds[0] ?? '', start: space, end: space + 1 }))).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^Select some text first/),
    });
  });

  it('refuses an unknown colour, naming those there are', async () => {
    expect(await refusedUnchanged(({ service, witnessIds }) => service.createAnnotation({ witnessId: witnessIds[0] ?? '', ...span('Mao'), category: 'purple' }))).toEqual({
      code: 'bad-request',
      message: 'There is no colour called "purple". Choose one of: Key claim, Question, Evidence, Follow up.',
    });
    expect(await refusedUnchanged(({ service }, id) => service.updateAnnotation({ id, note: 'lost?', category: 'purple' }))).toMatchObject({ code: 'bad-request' });
  });

  it('refuses unknown annotations and witnesses', async () => {
    const unknown = '99999999-0000-4000-8000-000000000000';
    for (const call of [
      ({ service }: ReturnType<typeof annotationService>) => service.updateAnnotation({ id: unknown, note: 'x' }),
      ({ service }: ReturnType<typeof annotationService>) => service.deleteAnnotation({ id: unknown }),
      ({ service, witnessIds }: ReturnType<typeof annotationService>) => service.reattachAnnotation({ id: unknown, witnessId: witnessIds[0] ?? '', start: 0, end: 3 }),
      ({ service }: ReturnType<typeof annotationService>) => service.createAnnotation({ witnessId: 'no-such-witness', start: 0, end: 3 }),
    ]) {
      expect(await refusedUnchanged(call)).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^No (annotation|witness) with id/) });
    }
  });

  it('refuses a tag the schema does not allow even when the call bypasses the contract (the CLI does)', async () => {
    const setup = annotationService(TEXT);
    const before = dumpAnnotationTables(setup.store);
    await expect(
      Promise.resolve().then(() => setup.service.createAnnotation({ witnessId: setup.witnessIds[0] ?? '', ...span('Mao'), tags: ['x'.repeat(10_000)] })),
    ).rejects.toThrow(/CHECK constraint/);
    expect(dumpAnnotationTables(setup.store)).toEqual(before);
  });
});
