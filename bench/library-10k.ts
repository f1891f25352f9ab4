/**
 * A library of 10,000 documents of the reader's own (issue 14, "Measured"): each stored as an import
 * leaves it (its original bytes at a size the format has, a reading text of a few KB with its paragraph
 * blocks, the metadata an importer reads), one in ten with a second transcription, written through the
 * repositories; and 20,000 notes on a tenth of them, in raw SQL as search.ts writes its notes; all in one
 * transaction. Timed on it:
 * - listDocuments, the whole library as the command line lists it (target < 200 ms), and the same through the
 *   dispatcher with the answer serialised as the loopback host sends it; beside a bare SELECT of the
 *   same rows (documents joined to their witnesses' headers, in the library's order); and what the
 *   reading room asks instead, the library's first page (listLibrary) and the document it opens;
 * - the service's search for queries of the kinds bench/search.ts asks, beside the bare FTS5 query of
 *   each index, with that bench's targets (p95 < 20 ms and < 1.5x the bare query).
 * The library comes from a seeded generator, so every run reads the same documents.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, DocumentMeta, WitnessSource } from '../core/document/model.js';
import { matchExpression, parseQuery } from '../core/search/query.js';
import { systemIdsAndClock, witnessLabels } from '../db/import-witness.js';
import { openCarrel, type CarrelApp } from '../db/index.js';
import { insertDocument } from '../db/repositories/documents.js';
import { SEARCH_INDEX_OWNERS, SEARCH_INDEXES, type SearchIndex } from '../db/repositories/search-index.js';
import { insertWitness } from '../db/repositories/witnesses.js';
import { searchService } from '../db/service/search.js';
import { sessionCookie, startServe, stopServe } from '../e2e/serve-process.js';
import { timeFirstPaint } from './cold-start.js';
import { seededRandom } from './random.js';
import { median, ms, percentile } from './stats.js';
import { medianAndP95, ratios, timed, timedInTurns, type Timing } from './turns.js';

const DOCUMENTS = 10_000;
const NOTES = 20_000;
const LIST_RUNS = 20;
const SEARCH_RUNS = 50;

const PEOPLE = [
  'I. V. Stalin', 'Mao Zedong', 'Zhou Enlai', 'Kim Il Sung', 'V. M. Molotov', 'A. Ya. Vyshinsky', 'A. A. Gromyko', 'N. V. Roshchin',
  'T. F. Shtykov', 'Pak Hon-yong', 'Liu Shaoqi', 'Harry S. Truman', 'Dean Acheson', 'Ernest Bevin', 'Jawaharlal Nehru', 'Josip Broz Tito',
  'Klement Gottwald', 'Mátyás Rákosi', 'Bolesław Bierut', 'Walter Ulbricht', 'Georgi Dimitrov', 'Enver Hoxha', 'Gao Gang', 'Peng Dehuai',
];
const BODIES = ['Politburo of the CC VKP(b)', 'Central Committee of the CCP', 'Council of Ministers of the USSR', 'Ministry of Foreign Affairs', 'Korean Workers’ Party', 'Soviet Embassy in Beijing'];
const TOPICS = ['the Korean question', 'the Treaty of Friendship', 'economic aid', 'the Chinese Changchun Railway', 'the Japanese peace treaty', 'the reunification of Korea', 'military advisers', 'the Taiwan question', 'trade negotiations', 'the situation in Indochina'];
const ARCHIVES = [
  { archive: 'Archive of the President of the Russian Federation (APRF)', repository: 'fond 45, opis 1' },
  { archive: 'Russian State Archive of Socio-Political History (RGASPI)', repository: 'fond 558, opis 11' },
  { archive: 'Archive of Foreign Policy of the Russian Federation (AVP RF)', repository: 'fond 0100, opis 43' },
  { archive: 'National Archives and Records Administration (NARA)', repository: 'RG 59' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PROSE = (
  'the of and to in a that is was for it with as on be at by had not are but from or have an which were all there would their we been ' +
  'has when who will more no if out so said what up its about into than them can only other new some ' +
  'comrades question proposal telegram conversation decision agreement situation international korean chinese soviet embassy copy ' +
  'government delegation treaty minister answer report meeting committee secretary cable reply negotiation council document instructions ' +
  'considers agrees requests informs confirms Beijing Moscow Pyongyang Stalin Mao Zhou Vyshinsky Molotov Kim Filippov'
).split(' ');
/** Rare on purpose: in a few dozen documents, as a reader's real questions often are. */
const RARE_SENTENCE = 'They agree to move toward reunification, Filippov wrote.';

/** The kinds of question search.ts asks: a common word, a name, a rare word, a phrase, prefixes, two words. */
const QUERIES = ['comrades', 'Vyshinsky', 'reunification', '"move toward reunification"', 'reunif*', 'ko*', 'soviet embassy'];

/** The formats of the documents, how often each comes, and the size of its original beside its text. */
const FORMATS: { source: WitnessSource; extension: string; share: number; originalBytes: (textBytes: number, random: () => number) => number }[] = [
  { source: 'text', extension: 'txt', share: 0.3, originalBytes: (text) => text },
  { source: 'pdf', extension: 'pdf', share: 0.25, originalBytes: (_, random) => 20_000 + Math.floor(random() * 40_000) },
  { source: 'docx', extension: 'docx', share: 0.15, originalBytes: (_, random) => 12_000 + Math.floor(random() * 14_000) },
  { source: 'html', extension: 'html', share: 0.15, originalBytes: (text) => Math.round(text * 2.5) },
  { source: 'markdown', extension: 'md', share: 0.1, originalBytes: (text) => text },
  { source: 'tei', extension: 'xml', share: 0.05, originalBytes: (text) => Math.round(text * 1.8) },
];

/** Words of the bare query's snippet(): about the twelve words of context search shows around a hit (as search.ts). */
const SNIPPET_TOKENS = 12;

/** The bare FTS5 query of one index, as bench/search.ts asks it: FTS5 ranking its matches and cutting snippets, 20 rows. */
function bareQuerySql(table: SearchIndex): string {
  return `SELECT ${SEARCH_INDEX_OWNERS[table]}, snippet(${table}, -1, '[', ']', '…', ${SNIPPET_TOKENS}) FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT 20`;
}

/**
 * The bare SELECT the library is judged against: the rows listDocuments reads (every document and its
 * witnesses' headers, in the library's order, from the header index as listDocuments reads them), as
 * they come from SQLite, nothing parsed.
 */
const BARE_LIBRARY_SQL = `
  SELECT d.id, d.title, d.meta_json, d.created_at, w.id AS witness_id, w.label, w.source, w.file_name, w.meta_json AS witness_meta
  FROM documents d JOIN witnesses w INDEXED BY witnesses_headers ON w.document_id = d.id
  ORDER BY json_extract(d.meta_json, '$.date') IS NULL, json_extract(d.meta_json, '$.date'), d.title, d.created_at, d.id, w.position`;

interface Library {
  dataDir: string;
  app: CarrelApp;
  textBytes: number;
  originalBytes: number;
  witnesses: number;
}

/** The metadata an importer would read for the i-th document. */
export function documentMeta(random: () => number, i: number): DocumentMeta {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sender = pick(PEOPLE);
  const recipient = pick(PEOPLE);
  const topic = pick(TOPICS);
  const year = 1945 + Math.floor(random() * 18);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const dated = random() < 0.85;
  const dateText = `${day} ${MONTHS[month]} ${year}`;
  const kind = random();
  const title =
    kind < 0.3 ? `Ciphered Telegram No. ${1000 + (i % 9000)}, ${sender} to ${recipient}` :
    kind < 0.5 ? `Memorandum of Conversation between ${sender} and ${recipient} on ${topic}` :
    kind < 0.7 ? `Letter from ${sender} to ${recipient}${dated ? `, ${dateText}` : ''}` :
    kind < 0.85 ? `Minutes of the ${pick(BODIES)} on ${topic}` :
    `Report of the ${pick(BODIES)} on ${topic}`;
  const { archive, repository } = pick(ARCHIVES);
  return {
    title,
    ...(dated && { date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, dateText }),
    sender,
    recipient,
    archive,
    repository,
    collection: 'History and Public Policy Program Digital Archive',
    recordId: String(110_000 + i),
    sourceUrl: `https://digitalarchive.wilsoncenter.org/document/${110_000 + i}`,
    language: 'en',
  };
}

/** A short text of paragraphs (about 1.5 to 8 KB) and its paragraph blocks. */
function documentText(random: () => number): { text: string; blocks: Block[] } {
  const pick = () => PROSE[Math.floor(random() * PROSE.length)] ?? 'the';
  const paragraphs: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  const wanted = 1_500 + Math.floor(random() * 6_500);
  while (length < wanted) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 5) }, () => {
      if (random() < 0.004) return RARE_SENTENCE;
      const words = Array.from({ length: 8 + Math.floor(random() * 14) }, pick).join(' ');
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
    });
    const paragraph = sentences.join(' ');
    const start = length === 0 ? 0 : length + 2;
    blocks.push({ kind: 'paragraph', start, end: start + paragraph.length });
    paragraphs.push(paragraph);
    length = start + paragraph.length;
  }
  return { text: paragraphs.join('\n\n'), blocks };
}

/** `bytes` bytes standing for a file's original: a view of one filled buffer, since nothing reads them here. */
function originalOf(filler: Buffer, bytes: number): Buffer {
  return filler.subarray(0, Math.min(bytes, filler.length));
}

/** The store: DOCUMENTS documents as imports leave them, a tenth with a second transcription, NOTES notes; one transaction. */
function generateLibrary(): Library {
  const random = seededRandom(14);
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-library-'));
  const app = openCarrel({ dataDir, version: 'bench', userName: 'Bench' });
  const { db } = app.store;
  const filler = Buffer.alloc(80_000, 'PDF-like bytes of an original file. ');
  const insertNote = db.prepare(
    `INSERT INTO annotations (id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end,
                              motivation, note, category, creator, created_at, modified_at)
     VALUES (?, ?, 'passage', ?, ?, ?, ?, ?, ?, ?, ?, 'key-claim', 'Bench', ?, ?)`,
  );
  let textBytes = 0;
  let originalBytes = 0;
  let witnesses = 0;
  db.transaction(() => {
    const annotated: { documentId: string; witnessId: string; text: string }[] = [];
    for (let i = 0; i < DOCUMENTS; i++) {
      const documentId = randomUUID();
      const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const meta = documentMeta(random, i);
      insertDocument(db, { id: documentId, key: `record:${meta.recordId ?? i}`, title: meta.title ?? `Document ${i}`, meta, createdAt });
      const transcriptions = random() < 0.1 ? 2 : 1;
      for (let position = 0; position < transcriptions; position++) {
        const shareAt = random();
        let sum = 0;
        const format = FORMATS.find((candidate) => (sum += candidate.share) > shareAt) ?? FORMATS[0];
        if (!format) throw new Error('no formats');
        const { text, blocks } = documentText(random);
        const bytes = Buffer.byteLength(text);
        const original = originalOf(filler, format.originalBytes(bytes, random));
        const slug = (meta.title ?? 'document').toLowerCase().replace(/[^a-z0-9]+/gu, '-').slice(0, 60);
        const witnessId = randomUUID();
        insertWitness(db, {
          id: witnessId,
          documentId,
          position,
          fileName: `${slug}.${format.extension}`,
          source: format.source,
          label: position === 0 ? witnessLabels[format.source] : `${witnessLabels[format.source]} 2`,
          // Shaped like a SHA-256 and unique: the schema checks the shape, not the digest.
          sha256: (i * 2 + position).toString(16).padStart(64, '0'),
          meta: { ...meta, ...(format.source === 'pdf' && { author: meta.sender }) },
          text,
          blocks,
          marks: [],
          original,
          createdAt,
          ...(format.source === 'text' && { encoding: 'UTF-8' }),
        });
        textBytes += bytes;
        originalBytes += original.length;
        witnesses++;
        if (position === 0 && i % 10 === 0) annotated.push({ documentId, witnessId, text });
      }
    }
    for (let n = 0; n < NOTES; n++) {
      const target = annotated[Math.floor(random() * annotated.length)];
      if (!target) continue;
      const start = Math.floor(random() * (target.text.length - 80));
      const end = start + 20 + Math.floor(random() * 60);
      const at = new Date(Date.UTC(2026, 2, 1) + n * 1_000).toISOString();
      insertNote.run(
        randomUUID(), target.documentId, target.witnessId, target.text.slice(start, end), target.text.slice(Math.max(0, start - 32), start),
        target.text.slice(end, end + 32), start, end, n % 3 === 0 ? 'highlighting' : 'commenting', n % 3 === 0 ? '' : `See the cable of the ${n % 28 + 1}th.`, at, at,
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { dataDir, app, textBytes, originalBytes, witnesses };
}

const PAINT_RUNS = 5;

/** Times from navigation to the library's first row painted, serving `dataDir` (a fresh folder, with the telegram alone, when none). */
async function libraryPaints(dataDir?: string): Promise<number[]> {
  const folder = dataDir ?? mkdtempSync(join(tmpdir(), 'carrel-bench-telegram-'));
  const { child, url } = await startServe(folder);
  try {
    return await timeFirstPaint(url, PAINT_RUNS, { selector: '.library-title', words: '' }, [await sessionCookie(url)]);
  } finally {
    await stopServe(child);
    if (!dataDir) rmSync(folder, { recursive: true, force: true });
  }
}

/** Builds the library, times the library's opening and search on it; the lines `npm run bench -- library-10k` prints. */
export async function library10kReport(): Promise<string[]> {
  const built = performance.now();
  const library = generateLibrary();
  const { app, dataDir } = library;
  const builtMs = performance.now() - built;
  const lines = [
    `Library of ${DOCUMENTS.toLocaleString('en')} imported documents (${library.witnesses.toLocaleString('en')} transcriptions, ${(library.textBytes / 1e6).toFixed(1)} MB of text,` +
      ` ${(library.originalBytes / 1e6).toFixed(0)} MB of originals, ${NOTES.toLocaleString('en')} notes; store ${(statSync(join(dataDir, 'carrel.sqlite')).size / 1e6).toFixed(0)} MB,` +
      ` generated in ${ms(builtMs)}):`,
  ];
  try {
    const { db } = app.store;
    const bare = db.prepare(BARE_LIBRARY_SQL);
    let listed = 0;
    let bareRows = 0;
    let sent = 0;
    const [listMs = [], dispatchMs = [], bareMs = []] = await timedInTurns(LIST_RUNS, 3, [
      () => timed(async () => (listed = (await app.service.listDocuments({})).length)),
      () => timed(async () => (sent = JSON.stringify(await app.dispatch('listDocuments', {})).length)),
      () => timed(() => (bareRows = bare.all().length)),
    ]);
    lines.push(
      `  listDocuments (opening the library: ${listed.toLocaleString('en')} documents), median / p95 of ${LIST_RUNS}: ${medianAndP95(listMs)} (target < 200 ms)`,
      `    through the dispatcher, the answer serialised as the loopback host sends it (${(sent / 1e6).toFixed(1)} MB of JSON): ${medianAndP95(dispatchMs)}`,
      `    bare SELECT of the same rows (${bareRows.toLocaleString('en')}: documents joined to their witnesses' headers, library order): ${medianAndP95(bareMs)};` +
        ` listDocuments ${ratios(listMs, bareMs)} of it (medians)`,
    );

    // What the reading room asks now (renderer/library/use-growing-list.ts, App.tsx): the first page in the
    // panel's first order, and the document it opens. The first call writes the listing's rows, once.
    const firstPage = { order: 'date', offset: 0, limit: 150 } as const;
    const rowsStarted = performance.now();
    await app.service.listLibrary(firstPage);
    const rowsMs = performance.now() - rowsStarted;
    let pageSent = 0;
    const [pageMs = [], openingMs = []] = await timedInTurns(LIST_RUNS, 3, [
      () => timed(async () => (pageSent = JSON.stringify(await app.dispatch('listLibrary', firstPage)).length)),
      () => timed(() => app.dispatch('openingDocument', {})),
    ]);
    lines.push(
      `  what the room asks instead, through the dispatcher: listLibrary's first page (150 documents, ${(pageSent / 1e3).toFixed(0)} KB of JSON) ${medianAndP95(pageMs)},` +
        ` openingDocument ${medianAndP95(openingMs)} (target < 200 ms); the listing's rows written by the first call, once: ${ms(rowsMs)}`,
    );

    const bareQueries = SEARCH_INDEXES.map((table) => db.prepare(bareQuerySql(table)));
    const { search } = searchService({ store: app.store, ids: systemIdsAndClock, version: 'bench', userName: 'Bench' });
    const column = (label: string) => label.padStart(18);
    lines.push(
      `  search, ${SEARCH_RUNS} runs a query, limit 20 a group (targets as bench/search.ts: p95 < 20 ms and < 1.5x the bare FTS5 query; ratio of the p95s):`,
      `    ${'query'.padEnd(28)} ${'hits'.padStart(4)}  ${column('search med / p95')}  ${column('bare FTS5 query')} ${'ratio'.padStart(5)}`,
    );
    for (const query of QUERIES) {
      const match = matchExpression(parseQuery(query));
      const results = search({ query });
      const hits = results.text.length + results.notes.length + results.tags.length + results.people.length;
      const [searchRuns = [], bareRuns = []] = await timedInTurns(SEARCH_RUNS, 3, [() => timed(() => search({ query })), () => timed(() => bareQueries.forEach((statement) => statement.all(match)))]);
      const p95 = (runs: readonly Timing[]) => percentile(runs.map((run) => run.ms), 95);
      const ratio = `${(p95(searchRuns) / p95(bareRuns)).toFixed(2)}x`.padStart(5);
      lines.push(`    ${query.padEnd(28)} ${String(hits).padStart(4)}  ${column(medianAndP95(searchRuns))}  ${column(medianAndP95(bareRuns))} ${ratio}`);
    }
  } finally {
    app.close();
  }
  try {
    const [full, telegramOnly] = [await libraryPaints(dataDir), await libraryPaints()];
    lines.push(
      `  the library's first row painted in Chromium, from navigation (median of ${PAINT_RUNS} fresh browsers): ${ms(median(full))};` +
        ` with the telegram alone: ${ms(median(telegramOnly))}; ${(median(full) / median(telegramOnly)).toFixed(2)}x, ${ms(median(full) - median(telegramOnly))} more`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}
