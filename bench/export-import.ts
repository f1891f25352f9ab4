/**
 * Export 100,000 annotations to each format, beside a bare JSON.stringify of the same rows. The generated
 * library here is also what import-notes.ts imports.
 */
import { randomUUID } from 'node:crypto';
import type { ExportFormat } from '../core/api.js';
import type { AnchoredAnnotation } from '../core/annotation/model.js';
import { describePassage } from '../core/anchoring/describe.js';
import type { ExportBundle } from '../core/export/bundle.js';
import { exportBundle } from '../core/export/index.js';
import { seededRandom } from './random.js';
import { ms, stopwatch, type Timing } from './stats.js';

const FORMATS: readonly ExportFormat[] = ['markdown', 'jsonld', 'csv', 'tei', 'html'];
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
