/**
 * Comparing two transcriptions of about 1 MB each, the second with 1% of its words changed (issue 7's
 * target is under 500 ms), beside a bare jsdiff of the same words: what tokenising, normalising,
 * aligning blocks and building the apparatus add to the diff itself. Seeded, so every run reads the same.
 */
import { diffArrays } from 'diff';
import { compareWitnesses } from '../core/compare/compare.js';
import { DEFAULT_COMPARE_OPTIONS, type ComparedWitness } from '../core/compare/model.js';
import type { Block } from '../core/document/model.js';
import { seededRandom } from './random.js';
import { median, ms } from './stats.js';

const WORDS = (
  'the of and to in a that is was he for it with as his on be at by had not are but from or have an they which one you were her all ' +
  'comrades question proposal telegram conversation decision agreement situation international korean chinese soviet embassy copy ' +
  'Filippov Stalin Mao Zedong Vyshinsky Peking Moscow reunification qualification discussion details fulfillment department'
).split(' ');

/** A witness of the given paragraphs, one block each, separated by blank lines. */
function generateWitness(words: readonly string[][]): ComparedWitness {
  let text = '';
  const blocks: Block[] = [];
  for (const paragraph of words) {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += paragraph.join(' ');
    blocks.push({ kind: 'paragraph', start, end: text.length });
  }
  return { text, blocks, marks: [] };
}

/** Paragraphs of words for about `length` characters; a word ends a sentence one time in twelve. */
function generateParagraphs(random: () => number, length: number): string[][] {
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'the';
  const paragraphs: string[][] = [];
  let size = 0;
  while (size < length) {
    const paragraph = Array.from({ length: 40 + Math.floor(random() * 120) }, () => (random() < 1 / 12 ? `${pick()}.` : pick()));
    size += paragraph.join(' ').length + 2;
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

/** The same paragraphs with `share` of their words replaced, deleted or followed by an inserted word. */
function editParagraphs(random: () => number, paragraphs: readonly string[][], share: number): { edited: string[][]; edits: number } {
  let edits = 0;
  const edited = paragraphs.map((paragraph) =>
    paragraph.flatMap((word) => {
      if (random() >= share) return [word];
      edits++;
      const kind = random();
      const other = `${WORDS[Math.floor(random() * WORDS.length)] ?? 'the'}x`;
      if (kind < 1 / 3) return [other];
      if (kind < 2 / 3) return [];
      return [word, other];
    }),
  );
  return { edited, edits };
}

/** Wall-clock and CPU milliseconds of one run: on a shared machine the CPU time is the steadier figure. */
function timed<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

/** What one measurement found. */
export interface CompareFigures {
  leftLength: number;
  rightLength: number;
  edits: number;
  variants: number;
  rows: number;
  /** Milliseconds per run of compareWitnesses. */
  compareMs: number[];
  /** CPU milliseconds per run of compareWitnesses (garbage collection on other threads included). */
  compareCpuMs: number[];
  /** Milliseconds per run of jsdiff's diffArrays over the two texts' words split on spaces. */
  bareDiffMs: number[];
}

/** The bench's input: a generated witness of about 1 MB and a copy with 1% of its words edited. */
export function benchWitnesses(): { left: ComparedWitness; right: ComparedWitness; edits: number } {
  const random = seededRandom(7);
  const paragraphs = generateParagraphs(random, 1_000_000);
  const { edited, edits } = editParagraphs(random, paragraphs, 0.01);
  return { left: generateWitness(paragraphs), right: generateWitness(edited), edits };
}

/** Times `runs` comparisons of two generated 1 MB witnesses, 1% of words changed, and a bare diff of their words. */
export function measureCompare(runs: number): CompareFigures {
  const { left, right, edits } = benchWitnesses();
  const compare = Array.from({ length: runs }, () => timed(() => compareWitnesses(left, right, DEFAULT_COMPARE_OPTIONS)));
  const bare = Array.from({ length: runs }, () => timed(() => diffArrays(left.text.split(/\s+/), right.text.split(/\s+/))));
  return {
    leftLength: left.text.length,
    rightLength: right.text.length,
    edits,
    variants: compare[0]?.result.variants.length ?? 0,
    rows: compare[0]?.result.rows.length ?? 0,
    compareMs: compare.map((run) => run.ms),
    compareCpuMs: compare.map((run) => run.cpuMs),
    bareDiffMs: bare.map((run) => run.ms),
  };
}

/** The lines `npm run bench` prints for one measurement. */
export function compareReport(figures: CompareFigures): string[] {
  const mb = (length: number): string => (length / 1_000_000).toFixed(2);
  const runs = (times: readonly number[]): string => times.map((time) => time.toFixed(0)).join(', ');
  const compare = median(figures.compareMs);
  const bare = median(figures.bareDiffMs);
  return [
    `Compare two witnesses of ${mb(figures.leftLength)} / ${mb(figures.rightLength)} MB, ${figures.edits.toLocaleString('en-US')} words edited (1%): ${ms(compare)} median (target < 500 ms); ${figures.variants.toLocaleString('en-US')} variants, ${figures.rows.toLocaleString('en-US')} rows`,
    `  CPU time ${ms(median(figures.compareCpuMs))} median (the steadier figure when other work shares the machine)`,
    `  bare jsdiff diffArrays of the same words split on spaces: ${ms(bare)} median; ratio ${(compare / bare).toFixed(2)}x`,
    `  runs: compare [${runs(figures.compareMs)}], bare diff [${runs(figures.bareDiffMs)}]`,
  ];
}
