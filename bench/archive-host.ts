/**
 * The host side of bench/archive-scale.ts: a fresh Node process that opens a generated store as
 * `carrel serve` does (openCarrel, answering through the dispatcher), asks what the renderer asks to
 * show the library and to search, each answer serialised as the loopback host sends it, and reports
 * the timings and its own memory. A process of its own so that its memory is the host's alone, not
 * the generator's, and its high-water mark starts from nothing.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openCarrel } from '../db/index.js';

/**
 * What the renderer asks to show the library (renderer/app/App.tsx, renderer/library/Library.tsx, as the
 * host's first screen does): the document it opens, the library's first page in the panel's first order
 * (library-view.ts: FIRST_VIEW, LIST_PAGE), the collections.
 */
const LIBRARY_CALLS: readonly (readonly [method: string, args: unknown])[] = [
  ['openingDocument', {}],
  ['listLibrary', { order: 'date', offset: 0, limit: 150 }],
  ['listCollections', {}],
];

/** A filter no title holds: the worst the filter costs, a look at every document's row. */
const FILTER_NOTHING = { order: 'date', filter: 'qqqqq', offset: 0, limit: 150 };

/** What one host process measured, in milliseconds and MB (10^6 bytes). */
export interface HostFigures {
  /** openCarrel on the existing store: open, check the schema, no seeding. */
  openMs: number;
  /** From the start of openCarrel until the store has been checked whole (at open, or on its own thread after it). */
  checkedMs: number;
  /**
   * The library's first opening: it writes the listing's rows of every document due (migration 015), which
   * a store written in bulk, as the bench's is, or upgraded from before that migration, pays once.
   */
  libraryFirstMs: number;
  /** The library's calls, all of them, a run each, after the first. */
  libraryMs: number[];
  /** A filter that keeps nothing, a run each. */
  filterMs: number[];
  /** The JSON the library's calls answer, in bytes. */
  libraryBytes: number;
  /** Per query, a run each. */
  searchMs: Record<string, number[]>;
  /** The resident set after the runs, and its high-water mark (VmHWM; the RSS where there is no /proc). */
  rssMb: number;
  peakMb: number;
}

export interface HostRuns {
  queries: readonly string[];
  libraryRuns: number;
  searchRuns: number;
}

const MB = 1e6;

/** Opens the store in `dataDir` in a fresh process and measures it there. */
export function measureHost(dataDir: string, runs: HostRuns): Promise<HostFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [dataDir, JSON.stringify(runs)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures: HostFigures | undefined;
    child.on('message', (message) => (figures = message as HostFigures));
    child.on('error', reject);
    child.on('exit', (code) => (figures ? resolve(figures) : reject(new Error(`archive host exited with ${code ?? 'a signal'}`))));
  });
}

/** The time `work` takes, awaited, in milliseconds. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The kernel's high-water mark of this process's resident set in MB, or its resident set where there is no /proc. */
function peakMb(): number {
  try {
    const kilobytes = /^VmHWM:\s*(\d+) kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kilobytes !== undefined) return (Number(kilobytes) * 1024) / MB;
  } catch {
    // No /proc: the resident set now is the best there is.
  }
  return process.memoryUsage.rss() / MB;
}

async function measureInThisProcess(dataDir: string, { queries, libraryRuns, searchRuns }: HostRuns): Promise<HostFigures> {
  const opened = performance.now();
  const app = openCarrel({ dataDir, version: 'bench', userName: 'Bench' });
  const openMs = performance.now() - opened;
  try {
    // The timed calls start once a large store's background check is over, so that they time the calls
    // alone (as they did when it ran at open). Its thread keeps no process alive: a timer does meanwhile.
    const alive = setInterval(() => undefined, 1000);
    await app.store.checked.finally(() => clearInterval(alive));
    const checkedMs = performance.now() - opened;
    let libraryBytes = 0;
    // As the loopback host answers: the dispatcher's answer, serialised.
    const answered = async (method: string, args: unknown) => JSON.stringify(await app.dispatch(method, args)).length;
    const openLibrary = async () => {
      libraryBytes = 0;
      for (const [method, args] of LIBRARY_CALLS) libraryBytes += await answered(method, args);
    };
    const libraryFirstMs = await timed(openLibrary);
    const libraryMs: number[] = [];
    for (let i = 0; i < libraryRuns; i++) libraryMs.push(await timed(openLibrary));
    const filterMs: number[] = [];
    for (let i = 0; i < libraryRuns; i++) filterMs.push(await timed(() => answered('listLibrary', FILTER_NOTHING)));
    const searchMs: Record<string, number[]> = {};
    for (const query of queries) {
      await answered('search', { query });
      const runs: number[] = [];
      for (let i = 0; i < searchRuns; i++) runs.push(await timed(() => answered('search', { query })));
      searchMs[query] = runs;
    }
    return { openMs, checkedMs, libraryFirstMs, libraryMs, filterMs, libraryBytes, searchMs, rssMb: process.memoryUsage.rss() / MB, peakMb: peakMb() };
  } finally {
    app.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href && process.send) {
  const [dataDir = '', runs = '{}'] = process.argv.slice(2);
  measureInThisProcess(dataDir, JSON.parse(runs) as HostRuns).then(
    (figures) => process.send?.(figures, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
