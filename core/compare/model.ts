/**
 * What comparing two transcriptions of one document answers: their blocks aligned paragraph by
 * paragraph, and the places where their words differ (an apparatus), with offsets on both reading texts.
 * "Left" and "right" are the two transcriptions in the order the reader put them side by side.
 */
import type { Block, Mark } from '../document/model.js';

/** What counts as a difference: each switch on means that kind of difference is ignored. */
export interface CompareOptions {
  /** "Comr." and "comr." read the same. */
  ignoreCase: boolean;
  /** "Filippov." and "Filippov" read the same. */
  ignorePunctuation: boolean;
  /** Straight and typographic quotes and apostrophes read the same: "Stalin's" and "Stalin’s". */
  ignoreQuotes: boolean;
  /** Runs of spaces, non-breaking spaces and line breaks read the same. */
  ignoreWhitespace: boolean;
  /** Page furniture of a saved web page ("Skip to content") is compared too; left out by default. */
  includeFurniture: boolean;
}

/** Typographic noise ignored, wording, case and punctuation kept, page furniture left out. */
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = Object.freeze({
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreQuotes: true,
  ignoreWhitespace: true,
  includeFurniture: false,
});

/** True for a value holding every switch of CompareOptions as a boolean: a stored choice must be one to be used. */
export function isCompareOptions(value: unknown): value is CompareOptions {
  return typeof value === 'object' && value !== null && Object.keys(DEFAULT_COMPARE_OPTIONS).every((key) => typeof Reflect.get(value, key) === 'boolean');
}

/** A transcription as the comparison needs it: its reading text with its blocks and marks. */
export interface ComparedWitness {
  text: string;
  blocks: readonly Block[];
  /** Markup delimiters (`**`, `[*`) are not words of the text and never count as differences. */
  marks: readonly Mark[];
}

/** One witness's reading at a variant place: [start, end) of its reading text; empty where it has nothing. */
export interface Reading {
  start: number;
  end: number;
  /** The witness's own characters there ("" where it has nothing). */
  text: string;
}

/** `removed`: only the left has words here; `added`: only the right; `changed`: both, differently. */
export type VariantKind = 'added' | 'removed' | 'changed';

/** A place where the transcriptions differ, and both readings. */
export interface Variant {
  /** Position in the apparatus, from 0, in the left transcription's text order. */
  index: number;
  kind: VariantKind;
  left: Reading;
  right: Reading;
}

/** A row of the side-by-side view: a block of each witness (indexes into its `blocks`), or null where one has no counterpart. */
export interface AlignedRow {
  left: number | null;
  right: number | null;
}

/** The answer of `compareWitnesses`. */
export interface Comparison {
  rows: AlignedRow[];
  variants: Variant[];
}
