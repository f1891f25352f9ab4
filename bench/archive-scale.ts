/**
 * Archive scale (issue 18): generated stores of 1,000, 10,000 and 100,000 documents (about 2,000
 * characters each, so 200 MB of text at the largest) with ten notes a document (a million at the
 * largest), bench/archive-library.ts. On each, in a fresh host process (bench/archive-host.ts): search
 * through the dispatcher for a word, a prefix, a phrase, a rare word and two words; the library's
 * opening (what the renderer asks to show it); the host's memory after them; and the store's size on
 * disk beside the raw text, with its largest parts (bench/store-parts.ts). A growth table sets the
 * sizes side by side; the largest store is measured again with every core busy (bench/busy-machine.ts).
 * Each store is deleted once measured.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { STORE_FILE } from '../db/open.js';
import { generateArchive, type Archive } from './archive-library.js';
import { measureHost, type HostFigures, type HostRuns } from './archive-host.js';
import { busyMachine } from './busy-machine.js';
import { storeParts } from './store-parts.js';
import { median, percentile } from './stats.js';

const SIZES = [1_000, 10_000, 100_000];

/** A word in most documents, a prefix, a phrase, a rare word, two words (bench/search.ts's words). */
const QUERIES = ['comrades', 'ko*', '"move toward reunification"', 'reunification', 'soviet embassy'];

const RUNS: HostRuns = { queries: QUERIES, libraryRuns: 20, searchRuns: 50 };

const TARGETS = { searchP95Ms: 50, libraryP95Ms: 300, hostMb: 500 };

const MB = 1e6;

/** One size's figures. */
interface Measured {
  archive: Archive;
  generatedMs: number;
  storeBytes: number;
  quiet: HostFigures;
}

/** The bytes of the store's files on disk: the database and its write-ahead log (and anything else SQLite left beside them). */
function storeBytes(dataDir: string): number {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith(STORE_FILE))
    .reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
}

/** The worst query's p95 and that query, and the median of the same query. */
function worstSearch(figures: HostFigures): { query: string; p95: number; median: number } {
  const worst = Object.entries(figures.searchMs)
    .map(([query, runs]) => ({ query, p95: percentile(runs, 95), median: median(runs) }))
    .sort((a, b) => b.p95 - a.p95)[0];
  return worst ?? { query: '', p95: Number.NaN, median: Number.NaN };
}

const figure = (value: number, digits = 1) => value.toFixed(digits);

/** Per query, median / p95, one line each. */
function queryLines(figures: HostFigures, indent: string): string[] {
  return Object.entries(figures.searchMs).map(([query, runs]) => `${indent}${query.padEnd(30)} ${figure(median(runs)).padStart(7)} / ${figure(percentile(runs, 95)).padStart(7)} ms`);
}

/** The growth table: a row a figure, a column a size, then the growth from the smallest to the largest beside the documents', and the target. */
function growthTable(measured: readonly Measured[]): string[] {
  const rows: { name: string; of: (m: Measured) => number; digits?: number; target?: string }[] = [
    { name: 'search p95, worst query (ms)', of: (m) => worstSearch(m.quiet).p95, target: `< ${TARGETS.searchP95Ms}` },
    { name: 'search median, same query (ms)', of: (m) => worstSearch(m.quiet).median },
    { name: 'library opening p95 (ms)', of: (m) => percentile(m.quiet.libraryMs, 95), target: `< ${TARGETS.libraryP95Ms}` },
    { name: 'library opening, first (ms)', of: (m) => m.quiet.libraryFirstMs },
    { name: 'library filter p95 (ms)', of: (m) => percentile(m.quiet.filterMs, 95) },
    { name: 'library answer (MB of JSON)', of: (m) => m.quiet.libraryBytes / MB, digits: 2 },
    { name: 'store opening (ms)', of: (m) => m.quiet.openMs },
    { name: 'store checked whole (s)', of: (m) => m.quiet.checkedMs / 1000 },
    { name: 'host RSS after the runs (MB)', of: (m) => m.quiet.rssMb, digits: 0, target: `< ${TARGETS.hostMb}` },
    { name: 'host peak RSS (MB)', of: (m) => m.quiet.peakMb, digits: 0, target: `< ${TARGETS.hostMb}` },
    { name: 'raw text (MB)', of: (m) => m.archive.textBytes / MB, digits: 0 },
    { name: 'store on disk, db + wal (MB)', of: (m) => m.storeBytes / MB, digits: 0 },
    { name: 'store / raw text', of: (m) => m.storeBytes / m.archive.textBytes, digits: 2 },
    { name: 'generation (s)', of: (m) => m.generatedMs / 1000, digits: 0 },
  ];
  const first = measured[0];
  const last = measured.at(-1);
  const scale = first && last ? last.archive.documents / first.archive.documents : Number.NaN;
  const column = (text: string) => text.padStart(10);
  const header = `    ${'figure'.padEnd(32)}${measured.map((m) => column(`${m.archive.documents / 1000}k docs`)).join('')}${column(`growth`)}  target`;
  return [
    `  Growth, ${first?.archive.documents.toLocaleString('en') ?? '?'} to ${last?.archive.documents.toLocaleString('en') ?? '?'} documents (x${scale}); linear growth is x${scale}:`,
    header,
    ...rows.map(({ name, of, digits = 1, target = '' }) => {
      const growth = first && last ? `x${(of(last) / of(first)).toFixed(1)}` : '';
      return `    ${name.padEnd(32)}${measured.map((m) => column(figure(of(m), digits))).join('')}${column(growth)}  ${target}`;
    }),
  ];
}

/** The lines `npm run bench -- archive-scale` prints. Figures from a shared machine vary: the loaded run shows how far. */
export async function archiveScaleReport({ sizes = SIZES } = {}): Promise<string[]> {
  const lines = [
    `Archive scale (issue 18): ${sizes.map((size) => size.toLocaleString('en')).join(', ')} documents of about 2,000 characters, 10 notes each;` +
      ` search ${RUNS.searchRuns} runs a query, the library's opening (openingDocument, listLibrary's first page, listCollections, as JSON) ${RUNS.libraryRuns} runs after a first that writes its rows, in a fresh host process through the dispatcher;` +
      ` targets: search p95 < ${TARGETS.searchP95Ms} ms, library opening p95 < ${TARGETS.libraryP95Ms} ms, host memory < ${TARGETS.hostMb} MB, growth near linear or better`,
  ];
  const measured: Measured[] = [];
  for (const [k, documents] of sizes.entries()) {
    const started = performance.now();
    const archive = generateArchive(documents);
    const generatedMs = performance.now() - started;
    try {
      const quiet = await measureHost(archive.dataDir, RUNS);
      const size: Measured = { archive, generatedMs, storeBytes: storeBytes(archive.dataDir), quiet };
      measured.push(size);
      lines.push(
        `  ${documents.toLocaleString('en')} documents, ${archive.notes.toLocaleString('en')} notes, quiet: search median / p95 by query:`,
        ...queryLines(quiet, '    '),
        `    store ${figure(size.storeBytes / MB, 0)} MB for ${figure(archive.textBytes / MB, 0)} MB of text, its largest parts in MB (of which unused on half-empty pages): ` +
          storeParts(join(archive.dataDir, STORE_FILE))
            .map((part) => `${part.name} ${figure(part.bytes / MB)} (${figure(part.unusedBytes / MB)})`)
            .join(', '),
      );
      if (k === sizes.length - 1) {
        const stop = await busyMachine();
        let loaded: HostFigures;
        try {
          loaded = await measureHost(archive.dataDir, RUNS);
        } finally {
          await stop();
        }
        lines.push(
          `  ${documents.toLocaleString('en')} documents, loaded (${availableParallelism()} processes spinning beside it, one per core): library opening median / p95` +
            ` ${figure(median(loaded.libraryMs))} / ${figure(percentile(loaded.libraryMs, 95))} ms (quiet ${figure(median(quiet.libraryMs))} / ${figure(percentile(quiet.libraryMs, 95))});` +
            ` host RSS ${figure(loaded.rssMb, 0)} MB; search median / p95 by query:`,
          ...queryLines(loaded, '    '),
        );
      }
    } finally {
      rmSync(archive.dataDir, { recursive: true, force: true });
    }
  }
  return [...lines, ...growthTable(measured)];
}
