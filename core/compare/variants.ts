/** The apparatus: runs of unmatched tokens turned into variant places with a reading on each side. */
import type { Reading, Variant, VariantKind } from './model.js';
import type { Token } from './tokenise.js';
import type { TokenMatches } from './match-tokens.js';

/** A maximal run [start, end) of unmatched tokens of one side, all in one block. */
interface Gap {
  start: number;
  end: number;
}

function gapsOf(tokens: readonly Token[], matched: Int32Array): Gap[] {
  const gaps: Gap[] = [];
  let open: Gap | undefined;
  tokens.forEach((token, i) => {
    const unmatched = (matched[i] ?? -1) < 0;
    if (open !== undefined && (!unmatched || tokens[open.start]?.block !== token.block)) {
      gaps.push(open);
      open = undefined;
    }
    if (unmatched) open ??= { start: i, end: i + 1 };
    if (open !== undefined) open.end = i + 1;
  });
  if (open !== undefined) gaps.push(open);
  return gaps;
}

/**
 * For a run of one side's tokens that the other side lacks, the other side's offset where it would
 * stand: after the counterpart of the nearest matched token before the run, else before the
 * counterpart of the nearest one after it. Precomputed once, as runs can be many and long.
 */
function placesOnOtherSide(matched: Int32Array, otherTokens: readonly Token[]): (gap: Gap) => number {
  const afterPrevious = new Int32Array(matched.length + 1).fill(-1);
  for (let i = 0; i < matched.length; i++) {
    const other = matched[i] ?? -1;
    afterPrevious[i + 1] = other >= 0 ? (otherTokens[other]?.end ?? 0) : (afterPrevious[i] ?? -1);
  }
  const beforeNext = new Int32Array(matched.length + 1).fill(-1);
  for (let i = matched.length - 1; i >= 0; i--) {
    const other = matched[i] ?? -1;
    beforeNext[i] = other >= 0 ? (otherTokens[other]?.start ?? 0) : (beforeNext[i + 1] ?? -1);
  }
  return (gap) => {
    const previous = afterPrevious[gap.start] ?? -1;
    if (previous >= 0) return previous;
    return Math.max(0, beforeNext[gap.end] ?? -1);
  };
}

function readingOf(text: string, tokens: readonly Token[], gap: Gap): Reading {
  const start = tokens[gap.start]?.start ?? 0;
  const end = tokens[gap.end - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}

function emptyReading(at: number): Reading {
  return { start: at, end: at, text: '' };
}

/** The counterpart index of token `i` of a side, with the sides' edges standing for each other. */
function counterpart(i: number, matched: Int32Array, otherLength: number): number {
  if (i < 0) return -1;
  if (i >= matched.length) return otherLength;
  return matched[i] ?? -1;
}

/** One side's text and tokens. */
export interface ComparedSide {
  text: string;
  tokens: readonly Token[];
}

/**
 * The variant places of two matched token lists, in the left text's order. A left run and a right run
 * between the same matched neighbours are one `changed` place; any other run is `removed` (left only)
 * or `added` (right only), with an empty reading where the other side would have it.
 */
export function variantsOf(left: ComparedSide, right: ComparedSide, matches: TokenMatches): Variant[] {
  const rightGaps = gapsOf(right.tokens, matches.right);
  const rightGapAt = new Map(rightGaps.map((gap) => [gap.start, gap]));
  const pairedRight = new Set<Gap>();
  const onRight = placesOnOtherSide(matches.left, right.tokens);
  const onLeft = placesOnOtherSide(matches.right, left.tokens);
  const places: Array<Omit<Variant, 'index'>> = [];
  const place = (kind: VariantKind, l: Reading, r: Reading): void => {
    places.push({ kind, left: l, right: r });
  };

  for (const gap of gapsOf(left.tokens, matches.left)) {
    const before = counterpart(gap.start - 1, matches.left, right.tokens.length);
    const after = counterpart(gap.end, matches.left, right.tokens.length);
    // A run at the very start faces the other side's start (-1); elsewhere both neighbours must be matched.
    const facing = (gap.start === 0 || before >= 0) && after >= 0 ? rightGapAt.get(before + 1) : undefined;
    if (facing !== undefined && facing.end === after) {
      pairedRight.add(facing);
      place('changed', readingOf(left.text, left.tokens, gap), readingOf(right.text, right.tokens, facing));
    } else {
      place('removed', readingOf(left.text, left.tokens, gap), emptyReading(onRight(gap)));
    }
  }
  for (const gap of rightGaps) {
    if (pairedRight.has(gap)) continue;
    place('added', emptyReading(onLeft(gap)), readingOf(right.text, right.tokens, gap));
  }
  return places
    .sort((a, b) => a.left.start - b.left.start || a.left.end - b.left.end || a.right.start - b.right.start)
    .map((variant, index) => ({ index, ...variant }));
}
