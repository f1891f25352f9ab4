/**
 * Binary search over anything kept in order. Blocks, runs, shifts and intervals are all searched the
 * same way: for the first place where a test that holds for a prefix stops holding.
 */

/**
 * The first index in [0, count) at which `isBefore` no longer holds, or `count` when it always does.
 * `isBefore` must hold for a prefix of the indexes and fail for all the rest, as "starts at or before
 * offset 40" does over blocks in text order. Asks it about log2(count) times.
 */
export function partitionPoint(count: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
