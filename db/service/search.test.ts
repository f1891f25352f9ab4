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

  it('lists the telegram’s own “Stalin” apart from the archive record’s, with exact counts and the first five of each', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, 'stalin');
    const occurrences = (witnessId: string) => carrel.textOf(witnessId).match(/stalin/giu)?.length ?? 0;
    for (const witnessId of [carrel.archiveId, carrel.webPageId]) {
      const zones = results.zones.filter((zone) => zone.witnessId === witnessId);
      expect(zones.map((zone) => zone.zone)).toContain('text');
      expect(zones.map((zone) => zone.zone)).toContain('record');
      expect(zones.reduce((sum, zone) => sum + zone.count, 0)).toBe(occurrences(witnessId));
      for (const { zone, count } of zones) {
        const hits = results.text.filter((hit) => hit.witnessId === witnessId && hit.zone === zone);
        expect(hits.length).toBe(Math.min(count, 5));
        for (const hit of hits) expect(carrel.textOf(witnessId).slice(hit.start, hit.end)).toBe('Stalin');
      }
    }
    const archiveText = results.text.filter((hit) => hit.witnessId === carrel.archiveId && hit.zone === 'text').map((hit) => shown(hit.snippet));
    expect(archiveText.some((snippet) => snippet.includes('Filippov [Stalin] and his friends'))).toBe(true);
    expect(results.totals).toEqual({
      countedUpTo: 1000,
      text: occurrences(carrel.archiveId) + occurrences(carrel.webPageId),
      transcriptions: 2,
      transcriptionsRead: 2,
      notes: 0,
      tags: 0,
      people: 1,
    });
  });

  it('counts every “the” in both transcriptions, however few it lists', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, 'the');
    const occurrences = [carrel.archiveId, carrel.webPageId].reduce((sum, id) => sum + (carrel.textOf(id).match(/\bthe\b/giu)?.length ?? 0), 0);
    expect(occurrences).toBeGreaterThan(20);
    expect(results.totals.text).toBe(occurrences);
    expect(results.text.length).toBeLessThan(occurrences);
  });

  it('lists every hit of one zone when asked, the first few as search listed them', async () => {
    const carrel = seededCarrel();
    const results = await searchWith(carrel, 'the');
    const recordCount = results.zones.find((zone) => zone.witnessId === carrel.archiveId && zone.zone === 'text')?.count ?? 0;
    expect(recordCount).toBeGreaterThan(5);
    const all = apiSchemas.searchZone.result.parse(await carrel.service.searchZone({ query: 'the', witnessId: carrel.archiveId, zone: 'text', limit: 500 }));
    expect(all.count).toBe(recordCount);
    expect(all.hits).toHaveLength(recordCount);
    expect(new Set(all.hits.map((hit) => hit.start)).size).toBe(recordCount);
    expect(all.hits.every((hit) => hit.zone === 'text' && carrel.textOf(carrel.archiveId).slice(hit.start, hit.end).toLowerCase() === 'the')).toBe(true);
    const some = await carrel.service.searchZone({ query: 'the', witnessId: carrel.archiveId, zone: 'text', limit: 3 });
    expect(some).toEqual({ hits: all.hits.slice(0, 3), count: recordCount });
    expect(await carrel.service.searchZone({ query: 'gromyko', witnessId: carrel.archiveId, zone: 'text', limit: 3 })).toEqual({ hits: [], count: 0 });
  });

  it('counts notes and tags that match beyond those it lists', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    for (const words of ['Korean comrades', 'Chinese comrades', 'new discussion']) {
      await carrel.service.createAnnotation({ witnessId: carrel.archiveId, ...spanOf(text, words), note: 'Ask Beijing about this.', tags: ['Beijing'] });
    }
    const results = apiSchemas.search.result.parse(await carrel.service.search({ query: 'beijing', limit: 2 }));
    expect(results.notes).toHaveLength(2);
    expect(results.tags).toHaveLength(2);
    expect(results.totals).toEqual(expect.objectContaining({ notes: 3, tags: 3 }));
  });

  it('stops counting notes past a thousand and says there are more', async () => {
    const carrel = seededCarrel();
    const passage = spanOf(carrel.textOf(carrel.archiveId), 'Korean comrades');
    for (let i = 0; i < 1002; i++) await carrel.service.createAnnotation({ witnessId: carrel.archiveId, ...passage, note: `Ask Beijing, ${i}.` });
    const { totals, notes } = await searchWith(carrel, 'beijing');
    expect(notes).toHaveLength(20);
    expect(totals.notes).toBe(totals.countedUpTo + 1);
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

  it('counts, in one document, only its transcriptions and notes, and people as ever', async () => {
    const carrel = seededCarrel();
    await carrel.service.createAnnotation({ witnessId: carrel.archiveId, ...spanOf(carrel.textOf(carrel.archiveId), 'Korean comrades'), note: 'Ask Filippov.' });
    const inDocument = (documentId: string) => carrel.service.search({ query: 'filippov', documentId });
    expect((await inDocument(carrel.documentId)).totals).toEqual(expect.objectContaining({ transcriptions: 2, notes: 1, people: 1 }));
    expect((await inDocument('another')).totals).toEqual(expect.objectContaining({ transcriptions: 0, notes: 0, tags: 0, people: 1 }));
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
    expect(results).toEqual({
      text: [],
      zones: [],
      totals: { countedUpTo: 1000, text: 0, transcriptions: 0, transcriptionsRead: 0, notes: 0, tags: 0, people: 0 },
      notes: [],
      tags: [],
      people: [],
      notice,
    });
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
