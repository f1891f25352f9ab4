/** A variant's reading as the apparatus shows it: the words just before and after it, from its own block. */
import type { Block } from '../../core/document/model.js';
import type { Reading } from '../../core/compare/model.js';
import { oneLine } from '../notes/quote.js';

/** A reading with a little of the text on either side, for recognising the place at a glance. */
export interface ReadingInContext {
  before: string;
  reading: string;
  after: string;
}

const WORDS_BEFORE = 3;
const WORDS_AFTER = 2;

/** The index of the block holding `offset` (the one ending there too, for a reading at a block's end), or -1. */
export function blockIndexAt(blocks: readonly Block[], offset: number): number {
  return blocks.findIndex((block) => block.start <= offset && offset <= block.end);
}

/** The block holding `offset`, as `blockIndexAt` finds it. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  return blocks[blockIndexAt(blocks, offset)];
}

/**
 * The reading with up to three words before and two after it, cut at its block's edges so that the
 * context never borrows from a neighbouring paragraph. Line breaks read as spaces.
 */
export function readingInContext(text: string, blocks: readonly Block[], reading: Reading): ReadingInContext {
  const block = blockAt(blocks, reading.start);
  const blockStart = block?.start ?? reading.start;
  const blockEnd = block?.end ?? reading.end;
  const before = text.slice(blockStart, reading.start).match(new RegExp(`(?:\\S+\\s*){0,${WORDS_BEFORE}}$`))?.[0] ?? '';
  const after = text.slice(reading.end, blockEnd).match(new RegExp(`^(?:\\s*\\S+){0,${WORDS_AFTER}}`))?.[0] ?? '';
  return { before: oneLine(before), reading: oneLine(reading.text), after: oneLine(after) };
}
