/**
 * Export 100,000 annotations to each format, beside a bare JSON.stringify of the same rows; import
 * 10,000 annotations from JSON-LD into a real store, beside a bare insert loop in one transaction
 * (`npm run bench -- import-notes`).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportFormat, ImportReport } from '../core/api.js';
import type { AnchoredAnnotation } from '../core/annotation/model.js';
import { describePassage } from '../core/anchoring/describe.js';
import type { ExportBundle } from '../core/export/bundle.js';
import { exportBundle } from '../core/export/index.js';
import { importWitnessFile } from '../db/import-witness.js';
import { openCarrel } from '../db/index.js';
import { seededRandom } from './random.js';
import { ms } from './stats.js';

const FORMATS: readonly ExportFormat[] = ['markdown', 'jsonld', 'csv', 'tei', 'html'];
const WORDS = ['telegram', 'comrade', 'question', 'Korean', 'decision', 'proposal', 'situation', 'agree', 'together', 'discussion'];
const CATEGORIES = [
  { id: 'key-claim', name: 'Key claim', colour: '#e9a91c73' },
  { id: 'question', name: 'Question', colour: '#4f8fe866' },
];

/** A generated witness text of about `units` characters, in paragraphs. */
function generatedText(units: number, random: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < units) {
    const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'word';
    const part = random() < 0.02 ? `${word}.\n\n` : `${word} `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** `count` annotations on random passages of `text`, each with a short note and a tag. */
function generatedAnnotations(text: string, count: number, ids: { documentId: string; witnessId: string }, random: () => number): AnchoredAnnotation[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (text.length - 80));
    const end = start + 10 + Math.floor(random() * 60);
    const { quote, position } = describePassage(text, start, end);
    return {
      id: randomUUID(),
      documentId: ids.documentId,
      target: { witnessId: ids.witnessId, quote, position },
      motivation: 'commenting',
      note: `Note ${i}: see *${quote.exact.slice(0, 12)}*`,
      tags: [`tag-${i % 50}`],
      category: CATEGORIES[i % 2]?.id ?? 'key-claim',
      people: [],
      creator: 'Bench',
      created: '2026-11-23T00:00:00.000Z',
      modified: '2026-11-23T00:00:00.000Z',
      anchor: { status: 'anchored', start, end, method: 'position' },
    };
  });
}

function bundleOf(text: string, annotations: AnchoredAnnotation[], ids: { documentId: string; witnessId: string }): ExportBundle {
  return {
    generated: '2026-11-23T00:00:00.000Z',
    generator: 'Carrel bench',
    documents: [
      {
        id: ids.documentId,
        title: 'Generated document',
        meta: { title: 'Generated document', sourceUrl: 'https://example.org/generated' },
        citation: '“Generated document.”',
        witnesses: [{ id: ids.witnessId, label: 'Generated', fileName: 'generated.txt', text, blocks: [] }],
        annotations,
      },
    ],
    people: [],
    categories: CATEGORIES,
  };
}

/** How long `work` took, on the clock and in this process's CPU time (steadier on a machine busy with other work). */
function timed<T>(work: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

/** Prints the export figures: 100,000 annotations by default. */
export function exportReport({ exported = 100_000 } = {}): string[] {
  const lines: string[] = [];
  const random = seededRandom(6);
  const text = generatedText(1_000_000, random);
  const ids = { documentId: randomUUID(), witnessId: randomUUID() };
  const many = bundleOf(text, generatedAnnotations(text, exported, ids, random), ids);
  const bare = timed(() => JSON.stringify(many.documents[0]?.annotations));
  lines.push(`Export ${exported.toLocaleString('en')} annotations (bare JSON.stringify of the rows: ${ms(bare.ms)}, ${(bare.value.length / 1e6).toFixed(1)} MB):`);
  for (const format of FORMATS) {
    const run = timed(() => exportBundle(format, many));
    lines.push(`  ${format.padEnd(8)} ${ms(run.ms).padStart(10)}  ${(run.value.content.length / 1e6).toFixed(1)} MB  ${(run.ms / bare.ms).toFixed(1)}x the bare stringify`);
  }
  return lines;
}

/**
 * Prints the import figure: `imported` annotations from JSON-LD into a fresh store, beside a bare insert
 * loop of as many rows in one transaction; and the preview of the same file. Each is the fastest of
 * `runs`, so that a busy machine's pauses do not decide the ratio.
 */
export async function importNotesReport({ imported = 10_000, runs = 3 } = {}): Promise<string[]> {
  const random = seededRandom(6);
  const text = generatedText(1_000_000, random);
  const annotations = generatedAnnotations(text, imported, { documentId: '', witnessId: '' }, random);
  const fastest = { import: { ms: Infinity, cpuMs: Infinity }, preview: { ms: Infinity, cpuMs: Infinity }, bare: { ms: Infinity, cpuMs: Infinity } };
  const keep = (key: keyof typeof fastest, time: { ms: number; cpuMs: number }) => {
    fastest[key] = { ms: Math.min(fastest[key].ms, time.ms), cpuMs: Math.min(fastest[key].cpuMs, time.cpuMs) };
  };
  let report: ImportReport | undefined;
  let size = 0;
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-import-'));
    const app = openCarrel({ dataDir, version: 'bench' });
    try {
      const witness = importWitnessFile(app.store, 'generated.txt', new TextEncoder().encode(text));
      const target = { documentId: witness.documentId, witnessId: witness.witnessId };
      const placed = annotations.map((annotation) => ({ ...annotation, documentId: target.documentId, target: annotation.target && { ...annotation.target, witnessId: target.witnessId } }));
      const file = exportBundle('jsonld', bundleOf(text, placed, target)).content;
      size = file.length;
      const preview = timed(() => app.service.importNotes({ content: file, dryRun: true }));
      const done = timed(() => app.service.importNotes({ content: file }));
      report = await done.value;
      keep('preview', preview);
      keep('import', done);
      keep('bare', bareInsertLoop(join(dataDir, 'bare.sqlite'), imported));
    } finally {
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const { import: done, bare, preview } = fastest;
  return [
    `Import ${imported.toLocaleString('en')} annotations from JSON-LD (${(size / 1e6).toFixed(1)} MB), fastest of ${runs}: ${ms(done.ms)} (${report?.added ?? 0} added, ${report?.orphaned ?? 0} orphaned; CPU ${ms(done.cpuMs)}); ` +
      `a bare insert loop of as many rows in one transaction: ${ms(bare.ms)} (CPU ${ms(bare.cpuMs)}): ${(done.ms / bare.ms).toFixed(1)}x on the clock, ${(done.cpuMs / bare.cpuMs).toFixed(1)}x in CPU time (target <= 10x); its preview: ${ms(preview.ms)}`,
  ];
}

/** The floor for an import: inserting rows of the same size into one table, one transaction, nothing else. */
function bareInsertLoop(file: string, rows: number): { ms: number; cpuMs: number } {
  const db = new Database(file);
  try {
    db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, quote TEXT, prefix TEXT, suffix TEXT, start INTEGER, "end" INTEGER, note TEXT, tags TEXT)');
    const insert = db.prepare('INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    return timed(() =>
      db.transaction(() => {
        for (let i = 0; i < rows; i++) insert.run(randomUUID(), 'a quotation of some forty characters long', 'the prefix before it, 32 chars..', 'the suffix after it, 32 chars...', i, i + 40, `Note ${i}`, `tag-${i % 50}`);
      })(),
    );
  } finally {
    db.close();
  }
}
