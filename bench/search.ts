/**
 * Search over a generated library of 10,000 documents (about 20 MB of text) and 100,000 notes: per
 * query, the median and 95th percentile of the service's `search` beside the bare FTS5 query and two
 * stricter baselines on the same database (see searchReport). Targets (issue 7): p95 under 20 ms and
 * under 1.5x the bare query.
 * The library comes from a seeded generator, so every run reads the same words.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describePassage } from '../core/anchoring/describe.js';
import { matchExpression, parseQuery } from '../core/search/query.js';
import { openCarrel } from '../db/index.js';
import { rankedOwnersSql, SEARCH_INDEX_OWNERS, SEARCH_INDEXES, type SearchIndex } from '../db/repositories/search-index.js';
import { importWitnessFile, systemIdsAndClock } from '../db/import-witness.js';
import { searchService } from '../db/service/search.js';
import { seededRandom } from './random.js';
import { median, ms, percentile } from './stats.js';

const COMMON = (
  'the of and to in a that is was he for it with as his on be at by had not are but from or have an they which one you were her all ' +
  'she there would their we him been has when who will more no if out so said what up its about into than them can only other new some ' +
  'comrades question proposal telegram conversation decision agreement situation international korean chinese soviet embassy copy'
).split(' ');
const SYLLABLES = ['ka', 'mo', 'li', 'ro', 'vy', 'sha', 'te', 'no', 'za', 'pe', 'dro', 'vin', 'lo', 'mi', 'ser', 'gei', 'tov', 'nik', 'ya', 'bo'];
/** Rare on purpose: found in a few dozen documents, as a reader's real questions often are. */
const RARE_SENTENCE = 'They agree to move toward reunification, Filippov wrote.';

/**
 * What a reader types: common words (an English one; "mokali", the commonest made-up word, in most
 * documents and notes), a word of middling frequency ("tovnika", in about a tenth of the documents), a
 * rare one, a phrase, prefixes, two words.
 */
const QUERIES = ['comrades', 'mokali', 'tovnika', 'reunification', '"move toward reunification"', 'reunif*', 'ko*', 'soviet embassy'];

/** Where "tovnika" stands in the vocabulary: drawn log-uniformly, about one word in 1,500 is it. */
const MIDDLING_RANK = 150;

const TIMED_RUNS = 100;

/** Words in the bare query's snippet(): about the twelve words of context search shows around a hit. */
const SNIPPET_TOKENS = 12;

/**
 * The bare FTS5 query of one index, which the targets are judged against: FTS5 alone ranking its
 * matches and cutting their snippets, the owner's id and a marked snippet a row, 20 rows.
 */
function bareQuerySql(table: SearchIndex): string {
  return `SELECT ${SEARCH_INDEX_OWNERS[table]}, snippet(${table}, -1, '[', ']', '…', ${SNIPPET_TOKENS}) FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT 20`;
}

/** "3.2 ms / 4.1 ms": the median and the p95 of some runs. */
const medianAndP95 = (runs: number[]) => `${ms(median(runs))} / ${ms(percentile(runs, 95))}`;

/** A vocabulary of made-up words; drawn log-uniformly, so a few are everywhere and most are rare, as in prose. */
export function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>(['mokali']);
  while (words.size < size) {
    if (words.size === MIDDLING_RANK) words.add('tovnika');
    words.add(Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

export function sentenceMaker(random: () => number, words: readonly string[]): (length: number) => string {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? 'the';
  const drawn = () => words[Math.floor(words.length ** random()) - 1] ?? 'the';
  return (length) => {
    const parts: string[] = [];
    let size = 0;
    while (size < length) {
      if (random() < 0.0005) parts.push(RARE_SENTENCE);
      else parts.push(random() < 0.5 ? pick(COMMON) : drawn());
      if (random() < 0.07) parts.push(random() < 0.2 ? '.\n\n' : '.');
      size += (parts.at(-1)?.length ?? 0) + 1;
    }
    return parts.join(' ').replace(/ \./gu, '.');
  };
}

interface Library {
  dataDir: string;
  app: ReturnType<typeof openCarrel>;
  textBytes: number;
}

/** A store holding `documents` one-witness documents of about `units` characters and `notes` notes, written in one transaction. */
function generateLibrary(documents: number, units: number, notes: number): Library {
  const random = seededRandom(7);
  const sentence = sentenceMaker(random, vocabulary(random, 20_000));
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-search-'));
  const app = openCarrel({ dataDir, version: 'bench' });
  const { db } = app.store;
  const at = '2026-11-23T00:00:00.000Z';
  const insertDocument = db.prepare('INSERT INTO documents (id, title, meta_json, created_at) VALUES (?, ?, ?, ?)');
  const insertWitness = db.prepare(
    `INSERT INTO witnesses (id, document_id, position, file_name, source, label, original, sha256, reading_text, blocks_json, marks_json, meta_json, created_at)
     VALUES (?, ?, 0, 'generated.txt', 'plain', 'Plain text', x'', ?, ?, '[]', '[]', '{}', ?)`,
  );
  const insertNote = db.prepare(
    `INSERT INTO annotations (id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end,
                              motivation, note, category, creator, created_at, modified_at)
     VALUES (?, ?, 'passage', ?, ?, ?, ?, ?, ?, 'commenting', ?, 'question', 'Bench', ?, ?)`,
  );
  const insertTag = db.prepare('INSERT INTO annotation_tags (annotation_id, tag, position) VALUES (?, ?, 0)');
  let textBytes = 0;
  db.transaction(() => {
    const witnesses: { documentId: string; witnessId: string; text: string }[] = [];
    for (let i = 0; i < documents; i++) {
      const documentId = `doc-${i}`;
      const witnessId = `wit-${i}`;
      const text = sentence(units);
      textBytes += Buffer.byteLength(text);
      insertDocument.run(documentId, `Generated document ${i}`, '{}', at);
      insertWitness.run(witnessId, documentId, i.toString(16).padStart(64, '0'), text, at);
      witnesses.push({ documentId, witnessId, text });
    }
    for (let i = 0; i < notes; i++) {
      const witness = witnesses[Math.floor(random() * witnesses.length)];
      if (!witness) continue;
      const start = Math.floor(random() * (witness.text.length - 60));
      const id = randomUUID();
      const { quote } = describePassage(witness.text, start, start + 40);
      insertNote.run(id, witness.documentId, witness.witnessId, quote.exact, quote.prefix, quote.suffix, start, start + 40, sentence(80), at, at);
      if (i % 10 === 0) insertTag.run(id, `theme ${sentence(8).replace(/[.\n]/gu, '')}`.slice(0, 60).trim());
    }
  })();
  return { dataDir, app, textBytes };
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Times each piece of work `runs` times, taking turns, so that whatever else the machine does at the
 * moment weighs on all alike and their ratios hold; three untimed turns first warm the caches.
 */
function timedInTurns(runs: number, works: readonly (() => unknown)[]): number[][] {
  for (let i = 0; i < 3; i++) works.forEach((work) => work());
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i++) works.forEach((work, k) => times[k]?.push(timed(work)));
  return times;
}

/**
 * Prints the library's size, then per query the service's median and p95 beside three baselines on the
 * same database, each one question per index (text, notes, tags, people), 20 rows each:
 * - the bare FTS5 query, which the target is judged against: what FTS5 alone answers a search with,
 *   `MATCH ? ORDER BY rank LIMIT 20` with its own snippet(), the owner's id and a marked snippet a row;
 * - the same without snippet(), ids only;
 * - the index queries the service itself asks (bm25 among the newest RANKED_CANDIDATES), ids only.
 * What search adds to them is Carrel's own: names, the matches' places in the reader's text, snippets
 * cut from that text, and whether each note's passage is still found.
 */
export async function searchReport({ documents = 10_000, units = 2_000, notes = 100_000 } = {}): Promise<string[]> {
  const built = performance.now();
  const { dataDir, app, textBytes } = generateLibrary(documents, units, notes);
  const lines = [
    `Search over ${documents.toLocaleString('en')} documents (${(textBytes / 1e6).toFixed(1)} MB of text) and ${notes.toLocaleString('en')} notes` +
      ` (generated in ${ms(performance.now() - built)}); ${TIMED_RUNS} runs a query, limit 20 a group, one index a group:`,
  ];
  try {
    const { db } = app.store;
    const bareQueries = SEARCH_INDEXES.map((table) => db.prepare(bareQuerySql(table)));
    const idsOnly = SEARCH_INDEXES.map((table) => db.prepare(`SELECT ${SEARCH_INDEX_OWNERS[table]} FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT 20`));
    const indexQueries = SEARCH_INDEXES.map((table) => db.prepare(rankedOwnersSql(table)));
    const { search } = searchService({ store: app.store, ids: systemIdsAndClock, version: 'bench', userName: 'Bench' });
    const column = (label: string) => label.padStart(18);
    lines.push(
      `  ${'query'.padEnd(28)} ${'hits'.padStart(4)}  ${column('search med / p95')}  ${column('bare FTS5 query')} ${'ratio'.padStart(5)}` +
        `  ${column('ids only')} ${'ratio'.padStart(5)}  ${column('index queries')} ${'ratio'.padStart(5)}`,
    );
    for (const query of QUERIES) {
      const match = matchExpression(parseQuery(query));
      const results = search({ query });
      const hits = results.text.length + results.notes.length + results.tags.length + results.people.length;
      const [searchRuns = [], ...baselineRuns] = timedInTurns(TIMED_RUNS, [
        () => search({ query }),
        () => bareQueries.forEach((statement) => statement.all(match)),
        () => idsOnly.forEach((statement) => statement.all(match)),
        () => indexQueries.forEach((statement) => statement.all(match, 20)),
      ]);
      const shown = (runs: number[]) => column(medianAndP95(runs));
      const ratio = (runs: number[]) => `${(percentile(searchRuns, 95) / percentile(runs, 95)).toFixed(2)}x`.padStart(5);
      lines.push(`  ${query.padEnd(28)} ${String(hits).padStart(4)}  ${shown(searchRuns)}  ${baselineRuns.map((runs) => `${shown(runs)} ${ratio(runs)}`).join('  ')}`);
    }
    lines.push('  (targets: search p95 < 20 ms and < 1.5x the bare FTS5 query; ratios are of the p95s)');
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

/**
 * Notes on one long transcription (about 1 MB, 2,000 notes, each with the word searched for): search
 * must not read the whole text once per matching note. Prints the median and p95 of a search for the
 * notes' word beside the bare FTS5 query.
 */
export function longTextNotesReport(): string[] {
  const random = seededRandom(11);
  const sentence = sentenceMaker(random, vocabulary(random, 2_000));
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-search-long-'));
  const app = openCarrel({ dataDir, version: 'bench' });
  try {
    const text = sentence(1_000_000);
    const { witnessId } = importWitnessFile(app.store, 'long.txt', new TextEncoder().encode(text));
    app.store.db.transaction(() => {
      for (let i = 0; i < 2_000; i++) {
        const start = text.indexOf(' ', Math.floor(random() * (text.length - 100))) + 1;
        app.service.createAnnotation({ witnessId, start, end: start + 40, note: `Compare with the ${i}th reunification cable.` });
      }
    })();
    const { search } = searchService({ store: app.store, ids: systemIdsAndClock, version: 'bench', userName: 'Bench' });
    const bare = app.store.db.prepare(bareQuerySql('annotation_text'));
    const match = matchExpression(parseQuery('cable'));
    const [searchRuns = [], bareRuns = []] = timedInTurns(TIMED_RUNS, [() => search({ query: 'cable' }), () => bare.all(match)]);
    return [
      `Search for a word in 2,000 notes on one ${(text.length / 1e6).toFixed(1)} MB transcription: ${medianAndP95(searchRuns)} (median / p95);` +
        ` bare FTS5 query on the notes ${medianAndP95(bareRuns)}`,
    ];
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
