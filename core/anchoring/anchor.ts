/**
 * Anchoring: where an annotation's passage is in the current text of its witness, worked out from its
 * stored quote, context and offsets. Cheapest evidence first: the stored offsets, then exact occurrences,
 * then approximate matches near the old place, then anywhere. A passage none of these finds convincingly
 * is orphaned rather than put on a passage the reader did not mean.
 */
import search from 'approx-string-match';
import type { Anchor, TextPositionSelector } from '../annotation/model.js';
import { occurrences } from './exact.js';
import { flankedByContext, rank, weigh, type Candidate, type Evidence, type QuoteContext } from './score.js';
import { splitsPair } from './surrogates.js';

/**
 * Least agreement (share of the stored quote and context left in place) for a passage whose context
 * changed. Unrelated context agrees a third to a half, so a short quote found elsewhere stays below it,
 * while the passage with a word changed beside it or inside it stays above.
 */
export const MIN_AGREEMENT = 0.75;

/**
 * How much worse (in edits) than the best candidate another place must fit to leave the best one
 * unchallenged. Closer than that, the text cannot tell them apart (a letter of a one-letter quote inside
 * the next word fits as well as the letter after an inserted word): orphan, and let the reader choose.
 */
const RIVAL_MARGIN = 1;

/** Shortest quote searched approximately: a few letters with errors allowed match all over any text. */
export const MIN_FUZZY_LENGTH = 8;

/**
 * Shortest quote that may be anchored with its context changed on both sides; and, found approximately,
 * LONG_QUOTE. A word or two with edits on both sides fits a letter inside a neighbouring word, or a near
 * copy a few words away, about as well as its own place, and so does a near match of a line in
 * repetitive text: the text no longer says which. Longer quotes carry enough evidence of their own.
 */
const SHORT_QUOTE = 16;
const LONG_QUOTE = 64;

/** Share of a quote that may differ in an approximate match: a quarter, so three units in four agree. */
const MAX_ERROR_RATE = 0.25;

/** Cap on errors, as in Hypothesis: the search costs errors / 32 steps per unit of text. */
const MAX_ERRORS = 256;

/**
 * Units searched on each side of the old place before the whole text. Edits are local (a corrected
 * word, a rewritten sentence), so the passage is nearly always within a paragraph or two of its old
 * offsets. Hypothesis searches the whole text for every quote; on a long witness the window makes the
 * approximate search a few microseconds instead of tens of milliseconds per annotation.
 */
const WINDOW = 1024;

/**
 * Most candidates weighed, the nearest to the old place (or the first, without one). A quote found
 * hundreds of times ("the", a formula) says little by itself, and weighing every copy in a long witness
 * would cost more than all the other annotations together.
 */
const MAX_CANDIDATES = 256;

type Method = Extract<Anchor, { status: 'anchored' }>['method'];

/** The best of a set of candidates, with its evidence, and whether other places are candidates too and one fits nearly as well. */
interface Choice {
  candidate: Candidate;
  evidence: Evidence;
  alone: boolean;
  rivalled: boolean;
}

const ORPHANED: Anchor = { status: 'orphaned' };

/**
 * Where the passage described by `quote` (and, when known, its old offsets `position`, in UTF-16 units)
 * lies in `text`, or orphaned. The method says which evidence found it: the old offsets still hold the quote, the quote
 * was found exactly elsewhere, or approximately. Deterministic: the same input always anchors the same way.
 */
export function anchorQuote(text: string, quote: QuoteContext, position?: Pick<TextPositionSelector, 'start' | 'end'>): Anchor {
  const old = position !== undefined && position.end - position.start === quote.exact.length ? position.start : undefined;
  // The offsets hold, context and all: the common case when nothing changed, and O(context) to check.
  if (old !== undefined && text.startsWith(quote.exact, old) && weigh(text, quote, exactAt(old, quote.exact)).cost === 0) {
    return anchored(text, exactAt(old, quote.exact), 'position');
  }
  const hint = position?.start;
  const exact = anchorExactly(text, quote, hint);
  if (exact !== undefined) return anchored(text, exact, exact.start === old ? 'position' : 'exact');
  const fuzzy = anchorApproximately(text, quote, hint);
  return fuzzy !== undefined ? anchored(text, fuzzy, 'fuzzy') : ORPHANED;
}

/** The best exact occurrence, if it convinces. */
function anchorExactly(text: string, quote: QuoteContext, hint: number | undefined): Candidate | undefined {
  const at = (start: number): Candidate => exactAt(start, quote.exact);
  if (hint !== undefined) {
    // An occurrence near the old place with all its context intact is the best there can be: nothing
    // agrees better, and everything outside the window is farther. That spares a scan of the whole text
    // for the many passages merely shifted by an edit before them.
    const near = choose(text, quote, hint, occurrences(text, quote.exact, hint - quote.exact.length - WINDOW, hint + quote.exact.length + WINDOW).map(at));
    if (near?.evidence.cost === 0) return near.candidate;
  }
  return convincing(text, quote, choose(text, quote, hint, occurrences(text, quote.exact).map(at)));
}

/** The best approximate match near the old place, else anywhere, if it convinces. */
function anchorApproximately(text: string, quote: QuoteContext, hint: number | undefined): Candidate | undefined {
  const length = quote.exact.length;
  if (length < MIN_FUZZY_LENGTH) return undefined;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
  if (hint !== undefined) {
    const from = Math.max(0, hint - length - WINDOW);
    const to = Math.min(text.length, hint + 2 * length + WINDOW);
    if (from > 0 || to < text.length) {
      const matches = search(text.slice(from, to), quote.exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
      const near = convincing(text, quote, choose(text, quote, hint, matches));
      if (near !== undefined) return near;
    }
  }
  // Last resort, and the slow one: the passage moved far, or the window held only a poorer match.
  return convincing(text, quote, choose(text, quote, hint, search(text, quote.exact, maxErrors)));
}

/** Of the nearest MAX_CANDIDATES, the one ranked highest, and whether another not overlapping it comes within RIVAL_MARGIN; undefined for none. */
function choose(text: string, quote: QuoteContext, hint: number | undefined, candidates: readonly Candidate[]): Choice | undefined {
  const nearest = candidates.length <= MAX_CANDIDATES ? candidates : [...candidates].sort((a, b) => Math.abs(a.start - (hint ?? 0)) - Math.abs(b.start - (hint ?? 0))).slice(0, MAX_CANDIDATES);
  const weighed = nearest.map((candidate) => ({ candidate, evidence: weigh(text, quote, candidate) }));
  let winner: (typeof weighed)[number] | undefined;
  let winnerRank = -Infinity;
  for (const entry of weighed) {
    const order = rank(entry.evidence.agreement, entry.candidate.start, hint, text.length);
    if (order > winnerRank) [winner, winnerRank] = [entry, order];
  }
  if (winner === undefined) return undefined;
  const { candidate, evidence } = winner;
  const others = weighed.filter((other) => other.candidate.end <= candidate.start || other.candidate.start >= candidate.end);
  return { candidate, evidence, alone: others.length === 0, rivalled: others.some((other) => other.evidence.cost < evidence.cost + RIVAL_MARGIN) };
}

/**
 * The chosen candidate if it is the passage: all its context intact, or else agreeing well enough,
 * unrivalled, with its context fitting best around it rather than across it, and with one side of its
 * context intact if the quote is short, or found approximately and not long, or found in several places.
 * The best of many copies has a context that agrees fairly well by chance alone, all the more in
 * formulaic text; only an intact side is evidence that chance does not give.
 */
function convincing(text: string, quote: QuoteContext, choice: Choice | undefined): Candidate | undefined {
  if (choice === undefined) return undefined;
  const { candidate, evidence, alone, rivalled } = choice;
  if (evidence.cost === 0) return candidate;
  const length = quote.exact.length;
  const needsSide = length < SHORT_QUOTE || (candidate.errors > 0 && length < LONG_QUOTE) || !alone;
  const sideHolds = evidence.prefixCost === 0 || evidence.suffixCost === 0;
  if (evidence.agreement < MIN_AGREEMENT || rivalled || (needsSide && !sideHolds)) return undefined;
  return flankedByContext(text, quote, candidate, candidate.errors) ? candidate : undefined;
}

function exactAt(start: number, exact: string): Candidate {
  return { start, end: start + exact.length, errors: 0 };
}

/** An anchor over the candidate, widened where an approximate match would cut a surrogate pair. */
function anchored(text: string, candidate: Candidate, method: Method): Anchor {
  const start = splitsPair(text, candidate.start) ? candidate.start - 1 : candidate.start;
  const end = splitsPair(text, candidate.end) ? candidate.end + 1 : candidate.end;
  return { status: 'anchored', start, end, method };
}
