import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type SearchResults, type SnippetPart } from '../../core/api.js';
import { matchExpression, parseQuery } from '../../core/search/query.js';
import { importWitnessFile } from '../import-witness.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

const marked = (snippet: SnippetPart[]) => snippet.filter((part) => part.match).map((part) => part.text);
const shown = (snippet: SnippetPart[]) => snippet.map((part) => part.text).join('');

async function searchWith(carrel: ReturnType<typeof seededCarrel>, query: string): Promise<SearchResults> {
  return apiSchemas.search.result.parse(await carrel.service.search({ query }));
}

describe('search', () => {
  it('finds "reunification" in both transcriptions and in a note that mentions it', async () => {
    const carrel = seededCarrel();
    const { service, archiveId, webPageId, textOf } = carrel;
    const note = await service.createAnnotation({
      witnessId: webPageId,
      ...spanOf(textOf(webPageId), 'Korean comrades'),
      note: 'Kim asks for Reunification by force.',
    });
    const results = await searchWith(carrel, 'reunification');
    expect(new Set(results.text.map((hit) => hit.witnessLabel))).toEqual(new Set(['Archive record', 'Web page']));
    for (const hit of results.text) {
      expect(textOf(hit.witnessId).slice(hit.start, hit.end)).toBe('reunification');
      expect(marked(hit.snippet)).toContain('reunification');
    }
    expect(results.text.some((hit) => hit.witnessId === archiveId && shown(hit.snippet).includes('move toward reunification'))).toBe(true);
    expect(results.notes.map((hit) => hit.annotationId)).toEqual([note.id]);
    expect(marked(results.notes[0]?.snippet ?? [])).toEqual(['Reunification']);
    expect(results.notice).toBeUndefined();
  });

  it('finds Stalin by his code-name Filippov and shows the alias that matched', async () => {
    const results = await searchWith(seededCarrel(), 'Filippov');
    expect(results.people).toEqual([expect.objectContaining({ personId: SEED_IDS.stalin, preferredName: 'Joseph Stalin' })]);
    expect(marked(results.people[0]?.snippet ?? [])).toEqual(['Filippov']);
    expect(results.text.length).toBeGreaterThan(0);
  });

  it('folds case and accents: "mao zédong" and "MAO ZEDONG" find the same', async () => {
    const carrel = seededCarrel();
    const accented = await searchWith(carrel, 'mao zédong');
    expect(accented.text.length).toBeGreaterThan(0);
    expect(accented.people.map((hit) => hit.personId)).toEqual([SEED_IDS.mao]);
    expect(await searchWith(carrel, 'MAO ZEDONG')).toEqual(accented);
  });

  it('finds a quoted phrase only where its words follow each other', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, '"move toward reunification"');
    expect(results.text.length).toBeGreaterThan(0);
    for (const hit of results.text) expect(carrel.textOf(hit.witnessId).slice(hit.start, hit.end)).toBe('move toward reunification');
    expect((await searchWith(carrel, '"reunification toward move"')).notice).toBe('Nothing matches “"reunification toward move"”.');
  });

  it('finds words by their beginning with a star', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, 'reunif*');
    expect(results.text.map((hit) => carrel.textOf(hit.witnessId).slice(hit.start, hit.end))).toContain('reunification');
  });

  it('finds a note by its tag under Tags, with the tag marked', async () => {
    const carrel = seededCarrel();
    const made = await carrel.service.createAnnotation({
      witnessId: carrel.archiveId,
      ...spanOf(carrel.textOf(carrel.archiveId), 'Korean comrades'),
      tags: ['Beijing consent', 'Korea'],
    });
    const results = await searchWith(carrel, 'consent');
    expect(results.tags.map((hit) => hit.annotationId)).toEqual([made.id]);
    expect(results.tags[0]?.snippet).toEqual([
      { text: 'Beijing ', match: false },
      { text: 'consent', match: true },
    ]);
  });

  it('shows words a transcription repeats (its title) once, and at most three hits a transcription', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, 'stalin');
    for (const witnessId of [carrel.archiveId, carrel.webPageId]) {
      const readings = results.text.filter((hit) => hit.witnessId === witnessId).map((hit) => shown(hit.snippet));
      expect(readings.length).toBeGreaterThan(0);
      expect(readings.length).toBeLessThanOrEqual(3);
      expect(new Set(readings).size).toBe(readings.length);
    }
  });

  it('flags a note whose passage is gone from the text as orphaned, and still finds it', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    await carrel.service.createAnnotation({ witnessId: carrel.archiveId, ...spanOf(text, 'Korean comrades'), note: 'Who were they?' });
    carrel.store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(text.replaceAll('Korean comrades', 'visitors'), carrel.archiveId);
    const [hit] = (await searchWith(carrel, 'who')).notes;
    expect(hit).toEqual(expect.objectContaining({ quote: 'Korean comrades', orphaned: true }));
    expect(marked(hit?.snippet ?? [])).toEqual(['Who']);
  });

  it('does not flag a note as orphaned when characters beyond the BMP come before its passage', async () => {
    const carrel = seededCarrel();
    const text = 'Notes from 𝒜rchive 𝔅 on the Korean question, in full.';
    const { witnessId } = importWitnessFile(carrel.store, 'astral.txt', new TextEncoder().encode(text), carrel.clock);
    await carrel.service.createAnnotation({ witnessId, ...spanOf(carrel.textOf(witnessId), 'Korean question'), note: 'Astral neighbours' });
    expect((await searchWith(carrel, 'astral')).notes).toEqual([expect.objectContaining({ quote: 'Korean question', orphaned: false })]);
  });

  it('ranks the transcription where the word weighs most first', async () => {
    const carrel = seededCarrel();
    const encode = (text: string) => new TextEncoder().encode(text);
    const dense = importWitnessFile(carrel.store, 'dense.txt', encode('Molotov met Molotov’s deputy; Molotov agreed.'), carrel.clock);
    // Imported last, so that the newest is not the best: the order is bm25's, not the import's.
    const sparse = importWitnessFile(carrel.store, 'sparse.txt', encode(`${'The delegation waited in the hall. '.repeat(40)}Molotov came.`), carrel.clock);
    const results = await searchWith(carrel, 'molotov');
    expect(results.text[0]?.witnessId).toBe(dense.witnessId);
    expect(results.text.map((hit) => hit.witnessId)).toContain(sparse.witnessId);
    expect(results.text.map((hit) => hit.witnessId)).toContain(carrel.archiveId);
  });

  it('finds words deep in a long transcription, whose text is read only when its turn comes', async () => {
    const carrel = seededCarrel();
    const text = `${'The delegation waited in the hall. '.repeat(3000)}Then Gromyko spoke.`;
    const { witnessId } = importWitnessFile(carrel.store, 'long.txt', new TextEncoder().encode(text), carrel.clock);
    const [hit] = (await searchWith(carrel, 'gromyko')).text;
    expect(hit?.witnessId).toBe(witnessId);
    expect(carrel.textOf(witnessId).slice(hit?.start, hit?.end)).toBe('Gromyko');
    expect(shown(hit?.snippet ?? [])).toBe('… delegation waited in the hall. Then Gromyko spoke.');
  });

  it('keeps to one document when asked', async () => {
    const carrel = seededCarrel();
    expect((await carrel.service.search({ query: 'reunification', documentId: 'another' })).text).toEqual([]);
    expect((await carrel.service.search({ query: 'reunification', documentId: carrel.documentId })).text.length).toBeGreaterThan(0);
  });

  it.each([
    ['"', 'Type a word to search.'],
    ['*', 'Type a word to search.'],
    ['', 'Type a word to search.'],
    ['   ', 'Type a word to search.'],
    ['NEAR(', 'Nothing matches “NEAR(”.'],
    ['stalin AND (NOT', 'Nothing matches “stalin AND (NOT”.'],
  ])('answers %j with a notice, never an error', async (query, notice) => {
    const results = await searchWith(seededCarrel(), query);
    expect(results).toEqual({ text: [], notes: [], tags: [], people: [], notice });
  });

  it('refuses a 10,000-character query through the dispatcher with its message', async () => {
    const { dispatch } = seededCarrel();
    const answer = await dispatch('search', { query: 'reunification '.repeat(800).slice(0, 10_000) });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/Search for at most 1,000 characters\.$/);
  });
});

describe('the MATCH string built from a query', () => {
  it('never makes FTS5 throw, whatever the reader typed', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (text) VALUES (?)').run('Filippov [Stalin] and his friends: move toward reunification.');
    const find = db.prepare<[string], number>('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
    const syntax = fc.constantFrom('"', '*', '(', ')', ':', '^', '-', '+', '{', '}', 'NEAR', 'AND', 'OR', 'NOT', ' ', ',', 'é', 'move');
    const typed = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(syntax, { maxLength: 20 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(typed, (query) => {
        const terms = parseQuery(query);
        if (terms.length > 0) expect(() => find.get(matchExpression(terms))).not.toThrow();
      }),
      { numRuns: 500 },
    );
    db.close();
  });
});
