/**
 * The words a comparison looks at: a witness's reading text cut into words, punctuation and (when
 * whitespace counts) whitespace runs, each with its offsets and block, keyed by its normalised form
 * as a small number shared by both witnesses.
 */
import type { Block } from '../document/model.js';
import { lightMarkupDelimiters, readsLightMarkup } from '../document/light-markup.js';
import type { CompareOptions, ComparedWitness } from './model.js';
import { normaliseReading } from './normalise.js';

/** One token of a witness: [start, end) of its reading text, the block it lies in, and its key. */
export interface Token {
  start: number;
  end: number;
  /** Index into the witness's `blocks`. */
  block: number;
  /** The token as the switches read it, interned: two tokens are the same word when their keys are equal. */
  key: number;
}

/** Turns a token's characters into its key, or -1 for a token the switches read as nothing. */
export type KeyOf = (raw: string) => number;

/**
 * A `KeyOf` for both witnesses of one comparison: each distinct token normalised once (a text repeats
 * its words, so a megabyte costs a few thousand normalisations), and each normalised form numbered, so
 * that the diff compares numbers.
 */
export function keysFor(options: CompareOptions): KeyOf {
  const numbers = new Map<string, number>();
  const keys = new Map<string, number>();
  return (raw) => {
    let key = keys.get(raw);
    if (key === undefined) {
      const normalised = normaliseReading(raw, options);
      key = normalised === '' ? -1 : numbers.get(normalised);
      if (key === undefined) {
        key = numbers.size;
        numbers.set(normalised, key);
      }
      keys.set(raw, key);
    }
    return key;
  };
}

// A word keeps its inner apostrophes ("telegraf'te", "Stalin’s"), so that an apostrophe that differs
// shows as the word it belongs to; every other non-space character is a token of its own.
const WORD_OR_MARK = /[\p{L}\p{M}\p{N}]+(?:['’\u02BC][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_MARK_OR_SPACE = /[\p{L}\p{M}\p{N}]+(?:['’\u02BC][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]|\s+/gu;

/**
 * Offsets of the source's markup, as a sorted list of [start, end) pairs: the witness's markup marks, and
 * the delimiters light markup reads in its blocks (an autolink's `<` and `>`, which no mark covers).
 */
function markupRanges(witness: ComparedWitness): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = witness.marks.filter((mark) => mark.kind === 'markup').map((mark) => [mark.start, mark.end] as const);
  for (const block of witness.blocks) {
    const body = witness.text.slice(block.start, block.end);
    if (!readsLightMarkup(body)) continue;
    for (const [start, end] of lightMarkupDelimiters(body)) ranges.push([block.start + start, block.start + end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function compared(block: Block, options: CompareOptions): boolean {
  return options.includeFurniture || block.kind !== 'furniture';
}

/**
 * The witness's tokens in text order. Markup delimiters, page furniture (unless the options include
 * it) and tokens the switches read as nothing (punctuation when punctuation is ignored) are left out,
 * so they can never be a difference; whitespace is a token only when whitespace counts. Blocks must
 * come in text order, as the witness parser gives them.
 */
export function tokeniseWitness(witness: ComparedWitness, options: CompareOptions, keyOf: KeyOf): Token[] {
  const markup = markupRanges(witness);
  // Punctuation ignored reads whitespace as nothing too (normaliseReading collapses it), so it is not a token.
  const token = !options.ignoreWhitespace && !options.ignorePunctuation ? WORD_MARK_OR_SPACE : WORD_OR_MARK;
  const tokens: Token[] = [];
  let nextMarkup = 0;
  witness.blocks.forEach((block, blockIndex) => {
    if (!compared(block, options)) return;
    const body = witness.text.slice(block.start, block.end);
    token.lastIndex = 0;
    for (let found = token.exec(body); found !== null; found = token.exec(body)) {
      const raw = found[0];
      const start = block.start + found.index;
      const end = start + raw.length;
      while (nextMarkup < markup.length && (markup[nextMarkup]?.[1] ?? 0) <= start) nextMarkup++;
      const inMarkup = markup[nextMarkup];
      if (inMarkup !== undefined && inMarkup[0] < end) continue;
      const key = keyOf(raw);
      if (key >= 0) tokens.push({ start, end, block: blockIndex, key });
    }
  });
  return tokens;
}
