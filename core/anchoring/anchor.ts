/**
 * Anchoring: where an annotation's passage is in the current text of its witness, worked out from its
 * stored quote, context and offsets as a careful reader would. Context and offsets are evidence for a
 * place, weighed by how much of them there is: a short or missing context is never a reason to doubt a
 * quote found once. Of several places the context decides, then the recorded offsets; a near match needs
 * the rest of its evidence to agree. Whitespace never counts (whitespace.ts).
 *
 * Cheapest evidence first: the recorded offsets, then exact occurrences near them, then anywhere, then
 * approximate matches. A passage none of these finds convincingly is orphaned rather than put on a
 * passage the reader did not mean; one found in several places that nothing tells apart is orphaned
 * with those places as candidates, for the reader to choose.
 */
import search from 'approx-string-match';
import { CONTEXT_LENGTH, type Anchor, type AnchorCandidate, type TextPositionSelector } from '../annotation/model.js';
import { occurrences } from './exact.js';
import { flankedByContext, prefixDistance, rank, suffixDistance, weigh, type Candidate, type Context, type Evidence, type QuoteContext, type StoredQuote } from './score.js';
import { contextAtEdge, storedQuote } from './stored.js';
import { splitsPair } from './surrogates.js';
import { collapsedText, narrowToQuote, type CollapsedText } from './whitespace.js';

/**
 * Least agreement (share of the stored quote and context left in place) for a passage whose context
 * changed. Unrelated context agrees a third to a half, so a short quote found elsewhere stays below it,
 * while the passage with a word changed beside it or inside it stays above.
 */
export const MIN_AGREEMENT = 0.75;

/**
 * How much worse (in edits) than the best candidate another place must fit to leave the best one
 * unchallenged. Closer than that, the text cannot tell them apart (a letter of a one-letter quote inside
 * the next word fits as well as the letter after an inserted word): the recorded offsets may, else the
 * reader chooses.
 */
const RIVAL_MARGIN = 1;

/**
 * How many times nearer the recorded offsets than any other the nearest of equally good places must be
 * to be taken for the passage. An edit before the passage shifts it by a few words, which leaves it far
 * nearer than the next copy of a formula; a place halfway between two copies says nothing.
 */
const CLEARLY_NEARER = 2;

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

/**
 * Shortest intact side of context that tells a place by itself; a shorter one does only where it meets
 * the text's edge. A few letters are found intact beside a word anywhere by chance.
 */
const TELLING_SIDE = 8;

/** Share of a quote that may differ in an approximate match: up to half, as in Hypothesis. Whether so poor a match is the passage is for its context to say. */
const MAX_ERROR_RATE = 0.5;

/**
 * Share of a quote that may differ in a match whose context changed too. Beyond it, only a passage
 * rewritten in place, its context intact on both sides, is taken for the quote: a word or two left of it
 * beside changed context is how a passage deleted next to a lookalike looks as well.
 */
const CLOSE_ERROR_RATE = 0.25;

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

/** Most places an orphan offers to choose from: among more, selecting the passage in the text is quicker. */
export const MAX_OFFERED = 10;

type Method = Extract<Anchor, { status: 'anchored' }>['method'];

/** A candidate with its evidence, and its rank (see score.ts's rank). */
interface Weighed {
  candidate: Candidate;
  evidence: Evidence;
  rank: number;
}

/** What the evidence says of a set of candidates: this one (and whether there was any other), or these, which nothing tells apart. */
type Verdict = (Weighed & { kind: 'one'; alone: boolean }) | { kind: 'tie'; contenders: Weighed[] };

/** The passage; or places as good as each other, to offer the reader (none when too many); or nothing convincing. */
type Finding = Candidate | Candidate[] | undefined;

const ORPHANED: Anchor = { status: 'orphaned' };

/**
 * Where the passage described by `quote` (and, when known, its old offsets `position`, in UTF-16 units)
 * lies in `text`, or orphaned, with the places the reader may choose from when several fit equally. The
 * method says which evidence found it: the old offsets still hold the quote, the quote was found exactly
 * elsewhere (whitespace aside), or approximately. Offsets outside the text are no evidence; a blank
 * quote finds nothing. Deterministic: the same input always anchors the same way.
 */
export function anchorQuote(text: string, quote: QuoteContext, position?: Pick<TextPositionSelector, 'start' | 'end'>): Anchor {
  if (quote.exact.trim() === '') return ORPHANED;
  const recorded = position !== undefined && Number.isSafeInteger(position.start) && position.start >= 0 && position.start <= text.length ? position : undefined;
  // The offsets hold, context and all: the common case when nothing changed, and O(context) to check.
  if (recorded !== undefined && holdsAt(text, quote, recorded)) return { status: 'anchored', start: recorded.start, end: recorded.end, method: 'position' };
  const view = collapsedText(text);
  const stored = storedQuote(quote, recorded?.start);
  const found = locate(view.text, stored, recorded === undefined ? undefined : view.fromRaw(recorded.start));
  if (found === undefined) return ORPHANED;
  if (Array.isArray(found)) return found.length === 0 ? ORPHANED : { status: 'orphaned', candidates: found.map((candidate) => inRawText(view, candidate, quote.exact)) };
  const place = inRawText(view, found, quote.exact);
  const method: Method = found.errors > 0 ? 'fuzzy' : place.start === recorded?.start && place.end === recorded.end ? 'position' : 'exact';
  return { status: 'anchored', ...place, method };
}

/**
 * Whether the text holds the quote at `at`, with the nearest CONTEXT_LENGTH units of its context on each
 * side, unit for unit, and the text's edge where a side stopped at it.
 */
function holdsAt(text: string, quote: QuoteContext, at: Pick<TextPositionSelector, 'start' | 'end'>): boolean {
  const prefix = quote.prefix.slice(-CONTEXT_LENGTH);
  const suffix = quote.suffix.slice(0, CONTEXT_LENGTH);
  const edge = contextAtEdge(quote, at.start);
  return (
    at.end - at.start === quote.exact.length &&
    text.startsWith(quote.exact, at.start) &&
    at.start >= prefix.length &&
    text.startsWith(prefix, at.start - prefix.length) &&
    text.startsWith(suffix, at.end) &&
    (!edge.prefix || at.start === prefix.length) &&
    (!edge.suffix || at.end + suffix.length === text.length)
  );
}

/** The finding in the collapsed text, from exact occurrences first, then approximate matches near the old place, then anywhere. */
function locate(text: string, stored: StoredQuote, hint: number | undefined): Finding {
  const length = stored.exact.length;
  const at = (start: number): Candidate => ({ start, end: start + length, errors: 0 });
  if (hint !== undefined) {
    // An occurrence near the old place with all its context intact, and clearly the nearest, is the best
    // there can be: every place outside the window is farther. That spares a scan of the whole text for
    // the many passages merely shifted by an edit before them.
    const near = decide(text, stored, hint, occurrences(text, stored.exact, hint - length - WINDOW, hint + length + WINDOW).map(at));
    if (near?.kind === 'one' && near.evidence.cost === 0 && CLEARLY_NEARER * Math.abs(near.candidate.start - hint) <= WINDOW) return near.candidate;
  }
  const everywhere = occurrences(text, stored.exact).map(at);
  const verdict = decide(text, stored, hint, everywhere);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
  const exact = judge(text, stored, verdict);
  if (verdict?.kind === 'one' && exact === verdict.candidate && verdict.evidence.cost > 0) return challenge(text, stored, hint, verdict, everywhere, maxErrors);
  if (exact !== undefined) return exact;
  if (length < MIN_FUZZY_LENGTH) return undefined;
  if (hint !== undefined) {
    const from = Math.max(0, hint - length - WINDOW);
    const to = Math.min(text.length, hint + 2 * length + WINDOW);
    if (from > 0 || to < text.length) {
      const matches = search(text.slice(from, to), stored.exact, maxErrors).map((match) => ({ ...match, start: match.start + from, end: match.end + from }));
      const near = judge(text, stored, decide(text, stored, hint, matches));
      if (near !== undefined && !Array.isArray(near)) return near;
    }
  }
  // The whole text holds the quote exactly somewhere: the approximate search would find those places
  // again and nothing else (it reports only the best matches).
  if (everywhere.length > 0) return undefined;
  // Last resort, and the slow one: the passage moved far, or the window held only a poorer match.
  const far = judge(text, stored, decide(text, stored, hint, search(text, stored.exact, maxErrors)));
  return Array.isArray(far) ? undefined : far;
}

/**
 * The exact occurrence `copy`, convincing but with its context changed, unless another reading of the
 * text explains the stored quote and context as well (within RIVAL_MARGIN): the passage deleted right
 * beside it, or edited in place near the old offsets (a near match, then judged as any other). Exact
 * occurrences are searched first because a near match pays its errors on top of its context; but a copy
 * whose context changed pays too, and a passage edited or deleted keeps its own context where a copy of
 * the quote elsewhere does not (a letter of the next word, a copy the edit made a few words away).
 */
function challenge(text: string, stored: StoredQuote, hint: number | undefined, copy: Weighed, exact: readonly Candidate[], maxErrors: number): Finding {
  const { start, end } = copy.candidate;
  const bar = copy.evidence.cost + RIVAL_MARGIN;
  const absentAt = (at: number): number => stored.exact.length + prefixDistance(text, at, stored.prefix) + suffixDistance(text, at, stored.suffix);
  if (absentAt(start) < bar || absentAt(end) < bar) return undefined;
  if (stored.exact.length < MIN_FUZZY_LENGTH) return copy.candidate;
  // A near match with as many errors as the copy's whole cost cannot fit better.
  const rivals = nearMatches(text, stored.exact, hint ?? start, exact, Math.min(maxErrors, Math.ceil(copy.evidence.cost)));
  const verdict = decide(text, stored, hint, [copy.candidate, ...rivals]);
  // Rivals that fit worse leave the copy as convincing as it was alone.
  if (verdict?.kind === 'one' && verdict.candidate === copy.candidate) return copy.candidate;
  const found = judge(text, stored, verdict);
  return Array.isArray(found) ? undefined : found;
}

/**
 * Approximate matches of `quote` with at most `maxErrors` errors in the window around `around`, outside
 * its exact occurrences `exact` (the search reports only the best matches, which would be those).
 */
function nearMatches(text: string, quote: string, around: number, exact: readonly Candidate[], maxErrors: number): Candidate[] {
  const from = Math.max(0, around - quote.length - WINDOW);
  const to = Math.min(text.length, around + 2 * quote.length + WINDOW);
  const matches: Candidate[] = [];
  let start = from;
  for (const end of [...exact.filter((occurrence) => occurrence.end > from && occurrence.start < to).map((occurrence) => occurrence.start), to]) {
    if (end > start) for (const match of search(text.slice(start, end), quote, maxErrors)) matches.push({ ...match, start: match.start + start, end: match.end + start });
    start = Math.max(start, end + quote.length);
  }
  return matches;
}

/**
 * What the evidence says of the candidates (the nearest MAX_CANDIDATES): the one ranked highest, unless
 * other places (samePlace) come within RIVAL_MARGIN; then, if all their contexts are intact, the one
 * clearly nearest the old place; else a tie among them all. Undefined for no candidates.
 */
function decide(text: string, stored: StoredQuote, hint: number | undefined, candidates: readonly Candidate[]): Verdict | undefined {
  const distance = (candidate: Candidate): number => Math.abs(candidate.start - (hint ?? 0));
  const nearest = candidates.length <= MAX_CANDIDATES ? candidates : [...candidates].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_CANDIDATES);
  const weighed = nearest.map((candidate): Weighed => {
    const evidence = weigh(text, stored, candidate);
    return { candidate, evidence, rank: rank(evidence.agreement, candidate.start, hint, text.length) };
  });
  // Best first; a stable sort keeps the first of equals first.
  weighed.sort((a, b) => b.rank - a.rank);
  const [best] = weighed;
  if (best === undefined) return undefined;
  const others = weighed.filter((other) => !samePlace(other.candidate, best.candidate));
  const contenders = [best];
  for (const other of others) {
    if (other.evidence.cost < best.evidence.cost + RIVAL_MARGIN && !contenders.some((kept) => samePlace(kept.candidate, other.candidate))) contenders.push(other);
  }
  if (contenders.length === 1) return { kind: 'one', ...best, alone: others.length === 0 };
  // Only where every place has its context intact (a formula repeated word for word) do the offsets tell
  // them apart: where it changed, a lookalike inside the passage's own context sits as near them as the passage.
  if (hint !== undefined && contenders.every(({ evidence }) => evidence.prefixCost + evidence.suffixCost === 0)) {
    const [first, second] = [...contenders].sort((a, b) => distance(a.candidate) - distance(b.candidate));
    if (first !== undefined && second !== undefined && CLEARLY_NEARER * distance(first.candidate) <= distance(second.candidate)) return { kind: 'one', ...first, alone: false };
  }
  return { kind: 'tie', contenders };
}

/**
 * The passage the verdict names, if it convinces; for a tie, those of its places that would convince
 * alone, if any, to offer when few enough.
 */
function judge(text: string, stored: StoredQuote, verdict: Verdict | undefined): Finding {
  if (verdict === undefined) return undefined;
  if (verdict.kind === 'one') return convincing(text, stored, verdict, verdict.alone) ? verdict.candidate : undefined;
  const offered = verdict.contenders.filter((contender) => convincing(text, stored, contender, false)).map((contender) => contender.candidate);
  if (offered.length === 0) return undefined;
  return offered.length <= MAX_OFFERED ? offered.sort((a, b) => a.start - b.start) : [];
}

/**
 * Whether a candidate is the passage: all its stored evidence intact, or else agreeing well enough (its
 * context intact if the quote differs in more than CLOSE_ERROR_RATE of it), with its context fitting best
 * around it rather than across it, and with a telling side of its context intact if the quote is short,
 * or found approximately and not long, or found in several places. The
 * best of many copies has a context that agrees fairly well by chance alone, all the more in formulaic
 * text; only an intact side is evidence that chance does not give.
 */
function convincing(text: string, stored: StoredQuote, { candidate, evidence }: Weighed, alone: boolean): boolean {
  if (evidence.cost === 0) return true;
  const length = stored.exact.length;
  if (candidate.errors > length * CLOSE_ERROR_RATE && evidence.prefixCost + evidence.suffixCost > 0) return false;
  const needsSide = length < SHORT_QUOTE || (candidate.errors > 0 && length < LONG_QUOTE) || !alone;
  if (evidence.agreement < MIN_AGREEMENT || (needsSide && !tellingSideHolds(stored, evidence))) return false;
  return flankedByContext(text, stored, candidate, candidate.errors);
}

/**
 * Whether a side of the stored context is intact around the candidate and tells a place: long enough
 * not to be intact by chance, or met by the text's edge as it was; or there is no context at all, and
 * the quote is all the evidence there is.
 */
function tellingSideHolds({ prefix, suffix }: StoredQuote, evidence: Evidence): boolean {
  const tells = (side: Context, cost: number): boolean => side.weight > 0 && cost === 0 && (side.text.length >= TELLING_SIDE || side.weight > side.text.length);
  return (prefix.weight === 0 && suffix.weight === 0) || tells(prefix, evidence.prefixCost) || tells(suffix, evidence.suffixCost);
}

/**
 * Whether two candidates are one place: approximate matches overlapping each other are variants of one
 * (a space more or less at an edge), but exact occurrences are places of their own, even overlapping
 * ("the the" twice in "the the the").
 */
function samePlace(a: Candidate, b: Candidate): boolean {
  return a.errors === 0 && b.errors === 0 ? a.start === b.start : a.start < b.end && b.start < a.end;
}

/**
 * A candidate of the collapsed text as offsets of the text itself, with no more of a whitespace run at
 * its edges than `exact` has, and widened where an approximate match would cut a surrogate pair.
 */
function inRawText(view: CollapsedText, candidate: Candidate, exact: string): AnchorCandidate {
  const { start, end } = narrowToQuote(view.raw, view.toRaw(candidate.start), view.toRaw(candidate.end), exact.length - exact.trimStart().length, exact.length - exact.trimEnd().length);
  return { start: splitsPair(view.raw, start) ? start - 1 : start, end: splitsPair(view.raw, end) ? end + 1 : end };
}
