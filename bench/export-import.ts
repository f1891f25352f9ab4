/**
 * Export 100,000 annotations to each format, beside a bare JSON.stringify of the same rows, and the peak
 * memory of writing each to a file. The generated library here is also what import-notes.ts imports.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeChunksAtomically, writeFileAtomically } from '../cli/atomic-write.js';
import { ExportFormat } from '../core/api.js';
import type { AnchoredAnnotation } from '../core/annotation/model.js';
import { describePassage } from '../core/anchoring/describe.js';
import type { ExportBundle } from '../core/export/bundle.js';
import { exportBundle, exportStream } from '../core/export/index.js';
import { peakLine, peakMemory, type MemoryTask } from './peak-memory.js';
import { seededRandom } from './random.js';
import { ms, stopwatch, type Timing } from './stats.js';

const FORMATS = ExportFormat.options;
const WORDS = ['telegram', 'comrade', 'question', 'Korean', 'decision', 'proposal', 'situation', 'agree', 'together', 'discussion'];
const CATEGORIES = [
  { id: 'key-claim', name: 'Key claim', colour: '#e9a91c73' },
  { id: 'question', name: 'Question', colour: '#4f8fe866' },
];

/** A generated witness text of about `units` characters, in paragraphs. */
export function generatedText(units: number, random: () => number): string {
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

/** `count` annotations on random passages of `text`, each with a short note and a tag, and anchored where it was made. */
export function generatedAnnotations(text: string, count: number, ids: { documentId: string; witnessId: string }, random: () => number): AnchoredAnnotation[] {
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

/** The export of one document holding `annotations`. */
export function bundleOf(text: string, annotations: AnchoredAnnotation[], ids: { documentId: string; witnessId: string }): ExportBundle {
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

/** How long `work` took, and what it answered. */
function timed<T>(work: () => T): Timing & { value: T } {
  const elapsed = stopwatch();
  const value = work();
  return { ...elapsed(), value };
}

/** The ratios to the bare stringify measured before exports were written in chunks (issue 18). */
const BASELINE_RATIO: Partial<Record<ExportFormat, number>> = { jsonld: 3.9, tei: 8.1, html: 9.7 };
const TARGET_RATIO = 3;

/** The bench's library of `exported` annotations on one generated document, the same on every run. */
function generatedBundle(exported: number): ExportBundle {
  const random = seededRandom(6);
  const text = generatedText(1_000_000, random);
  const ids = { documentId: randomUUID(), witnessId: randomUUID() };
  return bundleOf(text, generatedAnnotations(text, exported, ids, random), ids);
}

/**
 * Memory tasks (peak-memory.ts): 100,000 annotations exported to a file in a temporary folder, in
 * chunks as `carrel export --out` writes it, or made whole first and then written. The task's one
 * argument is the format.
 */
export const streamedExportTask: MemoryTask = (format) => exportToFileTask(format, (target, bundle, chosen) => writeChunksAtomically(target, exportStream(chosen, bundle).chunks));
export const wholeExportTask: MemoryTask = (format) => exportToFileTask(format, (target, bundle, chosen) => writeFileAtomically(target, exportBundle(chosen, bundle).content));

type ExportWriter = (target: string, bundle: ExportBundle, format: ExportFormat) => Promise<void>;

function exportToFileTask(format: string, write: ExportWriter): Promise<() => Promise<unknown>> {
  const chosen = ExportFormat.parse(format);
  const bundle = generatedBundle(100_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'carrel-export-bench-'));
  return Promise.resolve(async () => {
    try {
      await write(path.join(folder, `export.${chosen}`), bundle, chosen);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

/**
 * Prints the export figures: 100,000 annotations by default. Each format's time is the whole string
 * (exportBundle) in this process beside a bare JSON.stringify of the same rows; the memory is a fresh
 * process writing the export to a file, in chunks and, for comparison, whole.
 */
export async function exportReport({ exported = 100_000 } = {}): Promise<string[]> {
  const lines: string[] = [];
  const many = generatedBundle(exported);
  const bare = timed(() => JSON.stringify(many.documents[0]?.annotations));
  lines.push(`Export ${exported.toLocaleString('en')} annotations (bare JSON.stringify of the rows: ${ms(bare.ms)}, ${(bare.value.length / 1e6).toFixed(1)} MB):`);
  for (const format of FORMATS) {
    const run = timed(() => exportBundle(format, many));
    const ratio = run.ms / bare.ms;
    const baseline = BASELINE_RATIO[format];
    lines.push(
      `  ${format.padEnd(8)} ${ms(run.ms).padStart(10)}  ${(run.value.content.length / 1e6).toFixed(1).padStart(5)} MB  ${ratio.toFixed(1)}x the bare stringify` +
        ` (target <= ${TARGET_RATIO}x${baseline === undefined ? '' : `, baseline ${baseline.toFixed(1)}x`})${ratio <= TARGET_RATIO ? '' : ' OVER TARGET'}`,
    );
  }
  if (exported === 100_000) lines.push(...(await exportMemoryLines()));
  return lines;
}

/** Peak memory of writing each format's export of 100,000 annotations to a file, in chunks and whole. */
async function exportMemoryLines(): Promise<string[]> {
  const lines: string[] = [];
  for (const format of FORMATS) {
    const streamed = await peakMemory(import.meta.url, 'streamedExportTask', format);
    const whole = await peakMemory(import.meta.url, 'wholeExportTask', format);
    if (lines.length === 0) lines.push(`  Writing it to a file, peak memory of a fresh process (${streamed.method}), in chunks beside whole:`);
    lines.push(`  ${format.padEnd(8)} in chunks ${peakLine(streamed)}, ${ms(streamed.ms)}; whole ${peakLine(whole)}, ${ms(whole.ms)}`);
  }
  return lines;
}
