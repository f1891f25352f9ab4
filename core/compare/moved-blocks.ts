/**
 * Blocks that one transcription puts elsewhere (the web page gives the summary after the telegram, the
 * archive's record before it): an order-keeping diff can only call them removed here and added there,
 * so blocks left mostly unmatched are paired by shared words and diffed against each other.
 */
import { matchStretch, type TokenMatches } from './match-tokens.js';
import type { Token } from './tokenise.js';

/** A block that the in-order diff left mostly unmatched: its unmatched tokens and their key counts. */
interface Stray {
  tokens: number[];
  counts: Map<number, number>;
}

// Above this many block pairs to weigh, moved blocks stay removed and added: the weighing is quadratic.
const MAX_PAIRS_WEIGHED = 250_000;
// A pair must share this share of the smaller block's words, and at least this many words.
const MIN_SIMILARITY = 0.5;
const MIN_SHARED = 3;

function straysOf(tokens: readonly Token[], keys: readonly number[], matched: Int32Array): Stray[] {
  const byBlock = new Map<number, { all: number; unmatched: number[] }>();
  tokens.forEach((token, i) => {
    const block = byBlock.get(token.block) ?? { all: 0, unmatched: [] };
    block.all++;
    if ((matched[i] ?? -1) < 0) block.unmatched.push(i);
    byBlock.set(token.block, block);
  });
  const strays: Stray[] = [];
  for (const { all, unmatched } of byBlock.values()) {
    if (unmatched.length < MIN_SHARED || unmatched.length * 2 < all) continue;
    const counts = new Map<number, number>();
    for (const i of unmatched) counts.set(keys[i] ?? -1, (counts.get(keys[i] ?? -1) ?? 0) + 1);
    strays.push({ tokens: unmatched, counts });
  }
  return strays;
}

function shared(a: Stray, b: Stray): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let count = 0;
  for (const [key, n] of small.counts) count += Math.min(n, large.counts.get(key) ?? 0);
  return count;
}

/**
 * Pairs mostly unmatched blocks of the two sides, most similar first, and records in `matches` the
 * words each pair shares, in order. Only tokens still unmatched take part, so the in-order diff's
 * matches stand.
 */
export function matchMovedBlocks(
  left: readonly Token[],
  right: readonly Token[],
  leftKeys: readonly number[],
  rightKeys: readonly number[],
  matches: TokenMatches,
): void {
  const leftStrays = straysOf(left, leftKeys, matches.left);
  const rightStrays = straysOf(right, rightKeys, matches.right);
  if (leftStrays.length * rightStrays.length > MAX_PAIRS_WEIGHED) return;
  const candidates: Array<{ l: Stray; r: Stray; similarity: number }> = [];
  for (const l of leftStrays) {
    for (const r of rightStrays) {
      const count = shared(l, r);
      const similarity = count / Math.min(l.tokens.length, r.tokens.length);
      if (count >= MIN_SHARED && similarity >= MIN_SIMILARITY) candidates.push({ l, r, similarity });
    }
  }
  const taken = new Set<Stray>();
  for (const { l, r } of candidates.sort((a, b) => b.similarity - a.similarity)) {
    if (taken.has(l) || taken.has(r)) continue;
    taken.add(l).add(r);
    matchStretch(matches, l.tokens, r.tokens, leftKeys, rightKeys);
  }
}
