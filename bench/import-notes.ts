/**
 * Importing notes (`npm run bench -- import-notes`): 10,000 annotations from JSON-LD into a real store,
 * beside a bare insert loop of the same rows; 1,000 whose contexts run to 20,000 characters beside the same
 * with the usual 32; and how long a reader's call waits while a large import runs. Each figure is the
 * median of `runs`, with the load average it ran under.
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
import { bundleOf, generatedAnnotations, generatedText } from './export-import.js';
import { seededRandom } from './random.js';
import { median, ms, stopwatch, type Timing } from './stats.js';

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

/** Prints the import figures. */
export async function importNotesReport({ imported = 10_000, longContexts = 1_000, runs = 5 } = {}): Promise<string[]> {
  const random = seededRandom(6);
  const text = generatedText(1_000_000, random);
  const annotations = generatedAnnotations(text, imported, { documentId: '', witnessId: '' }, random);
  const imports: Timing[] = [];
  const previews: Timing[] = [];
  const bare: Timing[] = [];
  const short: Timing[] = [];
  const long: Timing[] = [];
  const waits: number[][] = [];
  const longWaits: number[][] = [];
  let report: ImportReport | undefined;
  let size = 0;
  const loads: string[] = [];
  for (let run = 0; run < runs; run++) {
    loads.push(load());
    await withLibrary(text, async (app, target) => {
      const { placed, file } = notesFile(text, annotations, target, 32);
      size = file.length;
      previews.push(await timed(() => app.service.importNotes({ content: file, dryRun: true })));
      const done = await timed(() => app.service.importNotes({ content: file }));
      report = done.value;
      imports.push(done);
      bare.push(bareInsertLoop(join(app.store.dataDir, 'bare.sqlite'), placed));
    });
    await withLibrary(text, async (app, target) => {
      const { file } = notesFile(text, annotations, target, 32);
      waits.push(await waitsDuring(app.dispatch, () => app.dispatch('importNotes', { content: file })));
    });
    for (const [context, into] of [[32, short], [20_000, long]] as const) {
      await withLibrary(text, async (app, target) => {
        const { file } = notesFile(text, annotations.slice(0, longContexts), target, context);
        into.push(await timed(() => app.service.importNotes({ content: file })));
      });
    }
    await withLibrary(text, async (app, target) => {
      const { file } = notesFile(text, annotations.slice(0, longContexts), target, 20_000);
      longWaits.push(await waitsDuring(app.dispatch, () => app.dispatch('importNotes', { content: file })));
    });
  }
  const done = medianOf(imports);
  const floor = medianOf(bare);
  const waitFigures = (all: number[]) => `median ${ms(median(all))}, at worst ${ms(Math.max(...all))}`;
  const n = (count: number) => count.toLocaleString('en');
  return [
    `Import notes, median of ${runs} runs (${loads.join(', ')}; ${availableParallelism()} cores):`,
    `  ${n(imported)} annotations from JSON-LD (${(size / 1e6).toFixed(1)} MB): ${ms(done.ms)} (${report?.added ?? 0} added, ${report?.orphaned ?? 0} orphaned; CPU ${ms(done.cpuMs)}); ` +
      `its preview ${ms(medianOf(previews).ms)}`,
    `  a bare insert loop of the same rows (annotations and their tags, two plain tables) in one transaction: ${ms(floor.ms)} (CPU ${ms(floor.cpuMs)}): ` +
      `the import is ${(done.ms / floor.ms).toFixed(1)}x on the clock, ${(done.cpuMs / floor.cpuMs).toFixed(1)}x in CPU time (target <= 10x)`,
    `  ${n(longContexts)} annotations with 20,000-character contexts: ${ms(medianOf(long).ms)}; the same with 32: ${ms(medianOf(short).ms)}`,
    `  a call (listDocuments) made while ${n(imported)} annotations are imported waits: ${waitFigures(waits.flat())}; while the ${n(longContexts)} with 20,000-character contexts are: ${waitFigures(longWaits.flat())} (target < 100 ms)`,
  ];
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
