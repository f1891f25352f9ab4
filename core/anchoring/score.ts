/**
 * The evidence that a place in the current text is an annotation's passage: how many edits turn the
 * stored prefix, quote and suffix into the text around it. It decides between several occurrences of a
 * quote, and whether a near match is the passage at all.
 */
import { CONTEXT_LENGTH, type TextQuoteSelector } from '../annotation/model.js';

/** A place where the quote may now be, and how many edits its text is from the quote (0 when exact). */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** The stored quote and context a candidate is judged against. */
export type QuoteContext = Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;

/** One side of the stored context, as stored.ts reads it. */
export interface Context {
  /** Its nearest units, at most CONTEXT_LENGTH, which bounds every cost here. */
  text: string;
  /**
   * How many units it stands for: its own, or more where it stops at the text's edge. "This passage
   * ends the text" tells its last word from an earlier copy as well as words would.
   */
  weight: number;
}

/** The quote and both sides of its context, as weighed. */
export interface StoredQuote {
  exact: string;
  prefix: Context;
  suffix: Context;
}

/** How well a candidate fits the stored quote and context. */
export interface Evidence {
  /** Edits from the stored prefix, quote and suffix to the text around the candidate (see outwardDistance for their costs). */
  cost: number;
  /** Of which the prefix's and the suffix's. */
  prefixCost: number;
  suffixCost: number;
  /** The share of the stored units those edits leave in place, from 0 to 1. */
  agreement: number;
}

/**
 * Weight of nearness to the expected position in `rank`, as in Hypothesis (2 against 90 for quote and
 * context): a tie-breaker between equally good candidates, never a reason to accept one.
 */
const POSITION_WEIGHT = 2 / 90;

/**
 * Share of a context's weight in edits below which it is recognised where it fits. Unrelated text costs
 * half its length or more; a context that fits nowhere better than that says nothing about where the
 * passage is.
 */
const RECOGNISED = 0.25;

/** Cost of the first unit of a run added to the text between the passage and its old context. */
const INSERTION_OPEN = 1;
/** Cost of each further unit of that run: a long inserted word is hardly more of an edit than a short one. */
const INSERTION_EXTEND = 0.25;

/** Stands for the edge of the text, beyond its first or last unit; no UTF-16 unit equals it. */
const EDGE = -1;

/** Edits between `prefix` and the text that ends at `at`: 0 when the text there ends with it (and starts there, if the prefix reached the start). */
export function prefixDistance(text: string, at: number, prefix: Context): number {
  const from = at - prefix.text.length;
  // Unchanged context is the common case after an edit elsewhere: skip the dynamic programme for it.
  if (from >= 0 && (from === 0 || prefix.weight === prefix.text.length) && text.startsWith(prefix.text, from)) return 0;
  return outwardDistance(text, at, -1, prefix);
}

/** Edits between `suffix` and the text that starts at `at`: 0 when the text there starts with it (and ends with it, if the suffix reached the end). */
export function suffixDistance(text: string, at: number, suffix: Context): number {
  if ((at + suffix.text.length === text.length || suffix.weight === suffix.text.length) && text.startsWith(suffix.text, at)) return 0;
  return outwardDistance(text, at, 1, suffix);
}

/**
 * The candidate's cost and agreement. Agreement counts every stored unit alike, the text's edge included,
 * so each part weighs as much as it is long: a short or missing context is little or no evidence either
 * way. Hypothesis weighs quote, prefix and suffix 50, 20, 20 whatever their lengths; by length, a long
 * quote found with few errors is the passage even where both contexts were rewritten, and a short quote
 * found exactly is not, unless its context agrees too.
 */
export function weigh(text: string, quote: StoredQuote, candidate: Candidate): Evidence {
  const prefixCost = prefixDistance(text, candidate.start, quote.prefix);
  const suffixCost = suffixDistance(text, candidate.end, quote.suffix);
  const cost = Math.min(candidate.errors, quote.exact.length) + prefixCost + suffixCost;
  return { cost, prefixCost, suffixCost, agreement: 1 - cost / (quote.exact.length + quote.prefix.weight + quote.suffix.weight) };
}

/**
 * Whether the stored context fits best around the candidate: no place after its start fits the prefix
 * recognisably and better than its start does, and none before its end fits the suffix so. `slack` units
 * of play are allowed at each edge (an approximate match's edges are only so certain).
 *
 * This unmasks lookalikes that agree fairly well only because they sit inside the passage's own context:
 * the "a" of "toward" once the word "a" before it was deleted, or the first "agree Mao" of "agree Mao
 * agree Mao" once the second, the passage, was edited past finding. Their contexts cost a few edits,
 * like the passage's after a word changed beside it; but the stored prefix then ends after the
 * lookalike's start, or the stored suffix begins before its end.
 */
export function flankedByContext(text: string, quote: StoredQuote, candidate: Candidate, slack: number): boolean {
  // A lookalike's context overlaps the passage's, so looking two contexts further is enough; a long
  // quote's lookalike overlapping it would need the text to repeat with a period longer than that.
  const reach = 2 * CONTEXT_LENGTH + Math.min(quote.exact.length, 2 * CONTEXT_LENGTH);
  const prefixHere = prefixDistance(text, candidate.start, quote.prefix);
  const prefixBar = Math.min(prefixHere, quote.prefix.weight * RECOGNISED);
  const last = Math.min(text.length, candidate.start + reach);
  for (let at = candidate.start + slack + 1; prefixBar > 0 && at <= last; at++) {
    if (prefixDistance(text, at, quote.prefix) < prefixBar) return false;
  }
  const suffixHere = suffixDistance(text, candidate.end, quote.suffix);
  const suffixBar = Math.min(suffixHere, quote.suffix.weight * RECOGNISED);
  const first = Math.max(0, candidate.end - reach);
  for (let at = candidate.end - slack - 1; suffixBar > 0 && at >= first; at--) {
    if (suffixDistance(text, at, quote.suffix) < suffixBar) return false;
  }
  return true;
}

/**
 * The order in which candidates are preferred: agreement, then nearness to the expected start `hint`
 * (no nearness term without a hint). Higher is better.
 */
export function rank(agreement: number, start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return agreement;
  return agreement + POSITION_WEIGHT * (1 - Math.abs(start - hint) / Math.max(1, textLength));
}

/**
 * Cost of aligning `context` with the text read outward from `at` (backwards when `direction` is -1), both
 * anchored at `at` and free to stop anywhere in the text. A stored unit missing or changed costs 1, but a
 * run of units added to the text costs INSERTION_OPEN and INSERTION_EXTEND a unit after the first: a word
 * inserted beside the passage pushes the old context away without destroying it, and is one edit however
 * long the word. A context that reached the text's edge is read on to its weight with EDGE units, and
 * so is the text past its edge.
 */
function outwardDistance(text: string, at: number, direction: 1 | -1, context: Context): number {
  const length = context.text.length;
  const m = context.weight;
  const contextUnit = (i: number): number => (i >= length ? EDGE : context.text.charCodeAt(direction === 1 ? i : length - 1 - i));
  const available = direction === 1 ? text.length - at : at;
  const textUnit = (j: number): number => (j >= available ? EDGE : text.charCodeAt(direction === 1 ? at + j : at - 1 - j));
  // Room to skip an insertion of a context's length and still meet the whole context.
  const n = 2 * m;
  // One row of the dynamic programme over the text for the context read up to unit i: the best cost,
  // and the best cost of alignments that end by adding text units (Gotoh's affine gaps).
  const best = new Float64Array(n + 1);
  const adding = new Float64Array(n + 1);
  best[0] = 0;
  adding[0] = Infinity;
  for (let j = 1; j <= n; j++) {
    adding[j] = INSERTION_OPEN + INSERTION_EXTEND * (j - 1);
    best[j] = adding[j] ?? Infinity;
  }
  for (let i = 1; i <= m; i++) {
    const unit = contextUnit(i - 1);
    let diagonal = best[0] ?? 0;
    best[0] = i;
    adding[0] = Infinity;
    for (let j = 1; j <= n; j++) {
      const above = best[j] ?? Infinity;
      const added = Math.min((best[j - 1] ?? Infinity) + INSERTION_OPEN, (adding[j - 1] ?? Infinity) + INSERTION_EXTEND);
      adding[j] = added;
      best[j] = Math.min(diagonal + (unit === textUnit(j - 1) ? 0 : 1), above + 1, added);
      diagonal = above;
    }
  }
  let cost = m;
  for (let j = 0; j <= n; j++) cost = Math.min(cost, best[j] ?? m);
  return cost;
}
