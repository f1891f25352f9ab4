import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { MAX_ANNOTATIONS_PER_READ } from '../../core/annotation/model.js';
import { addDocument, annotationService, refusal, span, TELEGRAM_SENTENCES as TEXT } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

/** A witness with a comment, a highlight, a nested note and an orphan (its passage edited away). */
async function annotatedWitness() {
  const setup = annotationService(TEXT);
  const { service, store, clock } = setup;
  const witnessId = setup.witnessIds[0] ?? '';
  const made = async (phrase: string, extra: { note?: string; tags?: string[]; category?: string } = {}) => {
    clock.advance(1000);
    return service.createAnnotation({ witnessId, ...span(phrase), ...extra });
  };
  const decision = await made('Chinese and Korean comrades', { note: 'Whose *decision*?', tags: ['Korea', 'consent'] });
  const outer = await made('Comrade Filippov [Stalin]', { category: 'evidence' });
  const inner = await made('Filippov', { note: 'Stalin’s code-name', tags: ['code-names'] });
  const lost = await made('move toward reunification', { note: 'Réunification by force?', tags: ['Korea'] });
  const edited = TEXT.replace('the Koreans may move toward reunification', 'nothing more is said');
  store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, witnessId);
  return { ...setup, witnessId, decision, outer, inner, lost };
}

describe('the outlines of a witness’s annotations', () => {
  it('list every annotation as listAnnotations does, in its order, without notes, quotes or contexts', async () => {
    const { service, witnessId, decision, outer, inner, lost } = await annotatedWitness();
    const whole = await service.listAnnotations({ witnessId });
    const outlines = apiSchemas.listAnnotationOutlines.result.parse(await service.listAnnotationOutlines({ witnessId }));
    const anchored = whole.flatMap((annotation) => (annotation.anchor.status === 'anchored' ? [{ ...annotation, anchor: annotation.anchor }] : []));

    expect(outlines).toEqual({
      ids: [outer.id, inner.id, decision.id],
      starts: anchored.map((annotation) => annotation.anchor.start),
      ends: anchored.map((annotation) => annotation.anchor.end),
      categories: ['evidence', 'key-claim', 'key-claim'],
      motivations: ['highlighting', 'commenting', 'commenting'],
      people: {},
      created: [outer.created, inner.created, decision.created],
      orphans: [{ id: lost.id, category: 'key-claim', motivation: 'commenting', created: lost.created }],
      tags: { [decision.id]: ['Korea', 'consent'], [inner.id]: ['code-names'], [lost.id]: ['Korea'] },
    });
    expect(JSON.stringify(outlines)).not.toMatch(/decision\*|code-name”|Comrade|Réunification/);
  });
});

describe('reading annotations whole by their ids', () => {
  it('answers those asked for as listAnnotations has them, in text order, orphans last', async () => {
    const { service, witnessId, decision, inner, lost } = await annotatedWitness();
    const whole = await service.listAnnotations({ witnessId });
    const read = apiSchemas.getAnnotations.result.parse(await service.getAnnotations({ witnessId, ids: [lost.id, decision.id, inner.id] }));
    expect(read).toEqual(whole.filter((annotation) => [inner.id, decision.id, lost.id].includes(annotation.id)));
    expect(read.map((annotation) => annotation.id)).toEqual([inner.id, decision.id, lost.id]);
    expect(read[2]?.target?.quote.exact).toBe('move toward reunification');
  });

  it('leaves out an annotation deleted meanwhile and one of another witness', async () => {
    const { service, store, witnessId, decision, inner } = await annotatedWitness();
    const [other = ''] = addDocument(store, 'd2', 'Another telegram altogether.');
    const elsewhere = await service.createAnnotation({ witnessId: other, start: 0, end: 7 });
    await service.deleteAnnotation({ id: inner.id });
    const read = await service.getAnnotations({ witnessId, ids: [inner.id, decision.id, elsewhere.id] });
    expect(read.map((annotation) => annotation.id)).toEqual([decision.id]);
  });

  it('asks for at least one and at most a bounded number in one call, and refuses an unknown witness', async () => {
    const { service, dispatch, decision } = await annotatedWitness();
    const ids = (count: number) => Array.from({ length: count }, () => decision.id);
    expect(apiSchemas.getAnnotations.args.safeParse({ witnessId: 'w', ids: ids(MAX_ANNOTATIONS_PER_READ) }).success).toBe(true);
    expect(apiSchemas.getAnnotations.args.safeParse({ witnessId: 'w', ids: ids(MAX_ANNOTATIONS_PER_READ + 1) }).success).toBe(false);
    expect(await dispatch('getAnnotations', { witnessId: 'w', ids: [] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await refusal(() => service.getAnnotations({ witnessId: 'no-such-witness', ids: [decision.id] }))).toMatchObject({ code: 'not-found' });
  });
});

describe('searching within a witness’s notes', () => {
  it('finds the annotations whose quote, note or tags hold every word, in any case and without accents', async () => {
    const { service, witnessId, decision, inner, lost } = await annotatedWitness();
    const found = async (text: string) => new Set(await service.findAnnotations({ witnessId, text }));
    expect(await found('whose DECISION chinese')).toEqual(new Set([decision.id]));
    expect(await found('korea')).toEqual(new Set([decision.id, lost.id]));
    expect(await found('reunification force')).toEqual(new Set([lost.id]));
    expect(await found('code stalin')).toEqual(new Set([inner.id]));
    expect(await found('Molotov')).toEqual(new Set());
  });

  it('finds every annotation for a blank search, bounds the text, and refuses an unknown witness', async () => {
    const { service, dispatch, witnessId } = await annotatedWitness();
    expect(await service.findAnnotations({ witnessId, text: '  ' })).toHaveLength(4);
    expect(await dispatch('findAnnotations', { witnessId, text: 'x'.repeat(1001) })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await refusal(() => service.findAnnotations({ witnessId: 'no-such-witness', text: 'x' }))).toMatchObject({ code: 'not-found' });
  });
});
