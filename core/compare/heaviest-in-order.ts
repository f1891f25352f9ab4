/** Pairs that keep the order of both sides: the backbone of block alignment and of matching identical blocks. */

/** A left item's proposed right counterpart, and what pairing them is worth. */
export interface Candidate {
  right: number;
  weight: number;
}

/**
 * Of candidate pairs (the left item at each index, and a right item with a weight), the pairs that keep
 * both orders with the greatest total weight, as a map from left index to right index: a heaviest
 * increasing subsequence, found in n log n with a Fenwick tree of running maxima over right items.
 * `rightCount` bounds the right indexes.
 */
export function heaviestInOrder(candidates: ReadonlyArray<Candidate | undefined>, rightCount: number): Map<number, number> {
  const treeWeight = new Float64Array(rightCount + 1);
  const treeLeft = new Int32Array(rightCount + 1).fill(-1);
  const total = new Float64Array(candidates.length);
  const previous = new Int32Array(candidates.length).fill(-1);
  let bestEnd = -1;
  candidates.forEach((candidate, l) => {
    if (candidate === undefined) return;
    let before = 0;
    let beforeLeft = -1;
    for (let i = candidate.right; i > 0; i -= i & -i) {
      if ((treeWeight[i] ?? 0) > before) [before, beforeLeft] = [treeWeight[i] ?? 0, treeLeft[i] ?? -1];
    }
    total[l] = before + candidate.weight;
    previous[l] = beforeLeft;
    for (let i = candidate.right + 1; i <= rightCount; i += i & -i) {
      if ((total[l] ?? 0) > (treeWeight[i] ?? 0)) [treeWeight[i], treeLeft[i]] = [total[l] ?? 0, l];
    }
    if (bestEnd < 0 || (total[l] ?? 0) > (total[bestEnd] ?? 0)) bestEnd = l;
  });
  const pairs = new Map<number, number>();
  for (let l = bestEnd; l >= 0; l = previous[l] ?? -1) pairs.set(l, candidates[l]?.right ?? -1);
  return pairs;
}
