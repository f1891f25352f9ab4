/**
 * Importing notes (`npm run bench -- import-notes`): 10,000 annotations from JSON-LD into a real store,
 * beside a bare insert loop of the same rows; 1,000 whose contexts run to 20,000 characters beside the same
 * with the usual 32; and how long a reader's call waits while a large import runs. Each figure is the
 * median of `runs`, with the load average it ran under; the calls' waits are percentiles over all runs.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '../core/api.js';
import type { AnchoredAnnotation } from '../core/annotation/model.js';
import { exportBundle } from '../core/export/index.js';
import type { Dispatch } from '../db/dispatch.js';
import { importWitnessFile } from '../db/import-witness.js';
import { openCarrel, type CarrelApp } from '../db/index.js';
import { busyMachine } from './busy-machine.js';
import { bundleOf, generatedAnnotations, generatedText } from './export-import.js';
import { seededRandom } from './random.js';
import { median, ms, percentile, stopwatch, type Timing } from './stats.js';

/** How long `work` took, and what it answered. */
async function timed<T>(work: () => T | Promise<T>): Promise<Timing & { value: T }> {
  const elapsed = stopwatch();
  const value = await work();
  return { ...elapsed(), value };
}

/** The medians of several timings. */
function medianOf(timings: readonly Timing[]): Timing {
  return { ms: median(timings.map((t) => t.ms)), cpuMs: median(timings.map((t) => t.cpuMs)) };
}

/** A fresh library holding the generated text as one document, given to `use`, then removed. */
async function withLibrary<T>(text: string, use: (app: CarrelApp, target: { documentId: string; witnessId: string }) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-import-'));
  const app = openCarrel({ dataDir, version: 'bench' });
  try {
    const witness = importWitnessFile(app.store, 'generated.txt', new TextEncoder().encode(text));
    return await use(app, { documentId: witness.documentId, witnessId: witness.witnessId });
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The annotations placed on the library's document, their contexts `context` characters long, and their JSON-LD export. */
function notesFile(text: string, annotations: readonly AnchoredAnnotation[], target: { documentId: string; witnessId: string }, context: number): { placed: AnchoredAnnotation[]; file: string } {
  const placed = annotations.map((annotation) => {
    const { start, end } = annotation.anchor.status === 'anchored' ? annotation.anchor : { start: 0, end: 0 };
    const quote = annotation.target && { ...annotation.target.quote, prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) };
    return { ...annotation, documentId: target.documentId, target: annotation.target && quote && { ...annotation.target, witnessId: target.witnessId, quote } };
  });
  // Decoded from its bytes, as a file read from disk is: the exporter's text is a rope of its parts, which
  // the first call to read it would flatten, a cost no reader's file has.
  const file = new TextDecoder().decode(new TextEncoder().encode(exportBundle('jsonld', bundleOf(text, placed, target)).content));
  return { placed, file };
}

const load = () => `load average ${loadavg()[0]?.toFixed(2) ?? '?'}`;

/** The sizes an import-notes bench runs at. */
interface Sizes {
  imported: number;
  longContexts: number;
  runs: number;
}

/** What one set of runs measured: each timing and each call's wait, per run. */
interface Figures {
  imports: Timing[];
  previews: Timing[];
  bare: Timing[];
  short: Timing[];
  long: Timing[];
  waits: number[];
  longWaits: number[];
  loads: string[];
  report: ImportReport | undefined;
  size: number;
}

/**
 * Prints the import figures beside issue 15's and 16's baselines and targets: first on the machine as it
 * is (other programs may share it: see the load average), then with one spinning process per core.
 */
export async function importNotesReport({ imported = 10_000, longContexts = 1_000, runs = 5, loadedRuns = 3 } = {}): Promise<string[]> {
  const quiet = await measureImportNotes({ imported, longContexts, runs });
  const stop = await busyMachine();
  let loaded: Figures;
  try {
    loaded = await measureImportNotes({ imported, longContexts, runs: loadedRuns });
  } finally {
    await stop();
  }
  return [
    `Import notes, ${availableParallelism()} cores; baselines of issues 15 and 16: 10,000 annotations in 6.4 s, 106x a bare insert loop; targets: <= 10x, a call answered in < 100 ms during an import, 20,000-character contexts about as fast as 32`,
    `  as the machine is, median of ${runs} runs (${quiet.loads.join(', ')}):`,
    ...figureLines(quiet, { imported, longContexts }),
    `  loaded, ${availableParallelism()} processes spinning beside it (one per core), median of ${loadedRuns} runs (${loaded.loads.join(', ')}):`,
    ...figureLines(loaded, { imported, longContexts }),
  ];
}

/** One set of runs' figures, as lines of the report. */
function figureLines(figures: Figures, { imported, longContexts }: Omit<Sizes, 'runs'>): string[] {
  const done = medianOf(figures.imports);
  const floor = medianOf(figures.bare);
  const short = medianOf(figures.short);
  const long = medianOf(figures.long);
  const waitFigures = (all: readonly number[]) => `p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(Math.max(...all))} (${all.length} calls)`;
  const n = (count: number) => count.toLocaleString('en');
  return [
    `    ${n(imported)} annotations from JSON-LD (${(figures.size / 1e6).toFixed(1)} MB): ${ms(done.ms)}, CPU ${ms(done.cpuMs)} (baseline 6.4 s; ${figures.report?.added ?? 0} added, ${figures.report?.orphaned ?? 0} orphaned); its preview ${ms(medianOf(figures.previews).ms)}`,
    `    a bare insert loop of the same rows (annotations and their tags, two plain tables, one transaction): ${ms(floor.ms)}, CPU ${ms(floor.cpuMs)}; ` +
      `the import is ${(done.ms / floor.ms).toFixed(1)}x on the clock, ${(done.cpuMs / floor.cpuMs).toFixed(1)}x in CPU time (baseline 106x; target <= 10x)`,
    `    ${n(longContexts)} annotations with 20,000-character contexts: ${ms(long.ms)}; the same with 32: ${ms(short.ms)}; ${(long.ms / short.ms).toFixed(1)}x (target about 1x)`,
    `    a call (listDocuments) due every 10 ms while ${n(imported)} annotations are imported waits ${waitFigures(figures.waits)} (target < 100 ms)`,
    `    the same while the ${n(longContexts)} with 20,000-character contexts are imported: ${waitFigures(figures.longWaits)}`,
  ];
}

/** Measures `runs` imports of each kind, each in a fresh library. */
async function measureImportNotes({ imported, longContexts, runs }: Sizes): Promise<Figures> {
  const random = seededRandom(6);
  const text = generatedText(1_000_000, random);
  const annotations = generatedAnnotations(text, imported, { documentId: '', witnessId: '' }, random);
  const figures: Figures = { imports: [], previews: [], bare: [], short: [], long: [], waits: [], longWaits: [], loads: [], report: undefined, size: 0 };
  for (let run = 0; run < runs; run++) {
    figures.loads.push(load());
    await withLibrary(text, async (app, target) => {
      const { placed, file } = notesFile(text, annotations, target, 32);
      figures.size = file.length;
      figures.previews.push(await timed(() => app.service.importNotes({ content: file, dryRun: true })));
      const done = await timed(() => app.service.importNotes({ content: file }));
      figures.report = done.value;
      figures.imports.push(done);
      figures.bare.push(bareInsertLoop(join(app.store.dataDir, 'bare.sqlite'), placed));
    });
    await withLibrary(text, async (app, target) => {
      const { file } = notesFile(text, annotations, target, 32);
      figures.waits.push(...(await waitsDuring(app.dispatch, () => app.dispatch('importNotes', { content: file }))));
    });
    for (const [context, into] of [[32, figures.short], [20_000, figures.long]] as const) {
      await withLibrary(text, async (app, target) => {
        const { file } = notesFile(text, annotations.slice(0, longContexts), target, context);
        into.push(await timed(() => app.service.importNotes({ content: file })));
      });
    }
    await withLibrary(text, async (app, target) => {
      const { file } = notesFile(text, annotations.slice(0, longContexts), target, 20_000);
      figures.longWaits.push(...(await waitsDuring(app.dispatch, () => app.dispatch('importNotes', { content: file }))));
    });
  }
  return figures;
}

/**
 * How long a reader's calls wait while `work` runs: a call is due every 10 ms, and each waits from when
 * it was due (the reader's click) to its answer. A thread held by the work answers the calls due meanwhile
 * only once it is free; one call stands for all of them, with the longest wait.
 */
async function waitsDuring(dispatch: Dispatch, work: () => Promise<unknown>): Promise<number[]> {
  const every = 10;
  const waits: number[] = [];
  let running = true;
  const start = performance.now();
  const calls = (async () => {
    for (let due = start; running; ) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      await dispatch('listDocuments', {});
      const now = performance.now();
      waits.push(now - due);
      due = Math.max(due + every, now);
    }
  })();
  // The first call goes before the import, so that a thread the import holds shows as a wait.
  await new Promise((resolve) => setTimeout(resolve, every / 2));
  await work();
  running = false;
  await calls;
  return waits;
}

/** The floor for an import: the same annotation rows and tag rows inserted into two plain tables, one transaction, nothing else. */
function bareInsertLoop(file: string, annotations: readonly AnchoredAnnotation[]): Timing {
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE annotations (id TEXT PRIMARY KEY, document_id TEXT, witness_id TEXT, quote_exact TEXT, quote_prefix TEXT, quote_suffix TEXT,
               pos_start INTEGER, pos_end INTEGER, motivation TEXT, note TEXT, category TEXT, creator TEXT, created_at TEXT, modified_at TEXT);
             CREATE TABLE annotation_tags (annotation_id TEXT, tag TEXT, position INTEGER, PRIMARY KEY (annotation_id, tag)) WITHOUT ROWID`);
    const insert = db.prepare('INSERT INTO annotations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const tag = db.prepare('INSERT INTO annotation_tags VALUES (?, ?, ?)');
    const elapsed = stopwatch();
    db.transaction(() => {
      for (const a of annotations) {
        const t = a.target;
        insert.run(a.id, a.documentId, t?.witnessId, t?.quote.exact, t?.quote.prefix, t?.quote.suffix, t?.position.start, t?.position.end, a.motivation, a.note, a.category, a.creator, a.created, a.modified);
        a.tags.forEach((value, position) => tag.run(a.id, value, position));
      }
    })();
    return elapsed();
  } finally {
    db.close();
  }
}
