/** The rows of the side-by-side view: blocks of the two witnesses paired in order by the words they share. */
import type { AlignedRow } from './model.js';
import type { TokenMatches } from './match-tokens.js';
import { heaviestInOrder } from './heaviest-in-order.js';
import type { Token } from './tokenise.js';

/** For each left block, the right block it shares most matched tokens with, and how many. */
function bestCounterparts(left: readonly Token[], right: readonly Token[], matches: TokenMatches, leftBlocks: number): Array<{ right: number; weight: number } | undefined> {
  const counts = Array.from({ length: leftBlocks }, () => new Map<number, number>());
  left.forEach((token, i) => {
    const other = right[matches.left[i] ?? -1];
    if (other === undefined) return;
    const shared = counts[token.block];
    shared?.set(other.block, (shared.get(other.block) ?? 0) + 1);
  });
  return counts.map((shared) => {
    let best: { right: number; weight: number } | undefined;
    for (const [block, weight] of shared) if (best === undefined || weight > best.weight) best = { right: block, weight };
    return best;
  });
}

/**
 * Every block of both witnesses once, in order: paired blocks share a row; a block without a
 * counterpart (moved, added, furniture left out) gets a row of its own, left ones before right ones.
 */
export function alignBlocks(left: readonly Token[], right: readonly Token[], matches: TokenMatches, leftBlocks: number, rightBlocks: number): AlignedRow[] {
  const pairs = heaviestInOrder(bestCounterparts(left, right, matches, leftBlocks), rightBlocks);
  const rows: AlignedRow[] = [];
  let r = 0;
  for (let l = 0; l < leftBlocks; l++) {
    const partner = pairs.get(l);
    if (partner === undefined) {
      rows.push({ left: l, right: null });
      continue;
    }
    for (; r < partner; r++) rows.push({ left: null, right: r });
    rows.push({ left: l, right: partner });
    r = partner + 1;
  }
  for (; r < rightBlocks; r++) rows.push({ left: null, right: r });
  return rows;
}
