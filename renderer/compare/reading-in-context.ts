/** A variant's reading as the apparatus shows it: the words just before and after it, from its own block. */
import type { Block } from '../../core/document/model.js';
import type { Reading } from '../../core/compare/model.js';
import { partitionPoint } from '../../core/partition-point.js';

/**
 * A reading with a little of the text on either side, for recognising the place at a glance: the
 * excerpt as the source has it (its markup too, for SourceText to set), the reading at [start, end) in it.
 */
export interface ReadingInContext {
  excerpt: string;
  start: number;
  end: number;
}

const WORDS_BEFORE = 3;
const WORDS_AFTER = 2;

/**
 * The index of the block holding `offset` (the one ending there too, for a reading at a block's end), or
 * -1. Blocks are in text order and do not overlap: found by halving, as the apparatus asks it of every variant.
 */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  // The last block starting at or before `offset`, unless the one before ends exactly there and comes first.
  const last = partitionPoint(blocks.length, (index) => (blocks[index]?.start ?? Infinity) <= offset) - 1;
  if (last > 0 && (blocks[last - 1]?.end ?? -1) >= offset) return last - 1;
  return last >= 0 && (blocks[last]?.end ?? -1) >= offset ? last : -1;
}

/** The block holding `offset`, as `blockIndexAt` finds it. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks[blockIndexAt(blocks, offset)];
}

const SPACE = /\s/u;

/** Where the `words`th whitespace-separated word before `at` starts, not before `floor`; with the spaces after it. */
function wordsBack(text: string, at: number, floor: number, words: number): number {
  let from = at;
  for (let count = 0; count < words && from > floor; count++) {
    while (from > floor && SPACE.test(text.charAt(from - 1))) from--;
    while (from > floor && !SPACE.test(text.charAt(from - 1))) from--;
  }
  // Spaces before the first word are not context.
  while (from < at && SPACE.test(text.charAt(from))) from++;
  return from;
}

/** Where the `words`th whitespace-separated word after `at` ends, not after `ceiling`; with the spaces before it. */
function wordsOn(text: string, at: number, ceiling: number, words: number): number {
  let to = at;
  for (let count = 0; count < words; count++) {
    let next = to;
    while (next < ceiling && SPACE.test(text.charAt(next))) next++;
    if (next === ceiling) break;
    while (next < ceiling && !SPACE.test(text.charAt(next))) next++;
    to = next;
  }
  return to;
}

/**
 * The reading with up to three words before and two after it, cut at its block's edges so that the
 * context never borrows from a neighbouring paragraph. Each line break or other space reads as a space,
 * one for one, so that offsets into the excerpt stay those of the text. Reads only the words it shows:
 * a block may be pages long.
 */
export function readingInContext(text: string, blocks: readonly Block[], reading: Reading): ReadingInContext {
  const block = blockAt(blocks, reading.start);
  const blockStart = block?.start ?? reading.start;
  const blockEnd = block?.end ?? reading.end;
  const from = wordsBack(text, reading.start, blockStart, WORDS_BEFORE);
  const to = wordsOn(text, reading.end, blockEnd, WORDS_AFTER);
  return { excerpt: text.slice(from, to).replace(/\s/gu, ' '), start: reading.start - from, end: reading.end - from };
}
