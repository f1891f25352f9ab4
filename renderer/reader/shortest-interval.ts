import type { Interval } from './interval-index.js';

/**
 * The shortest of the intervals given, undefined ones skipped; on a tie the one given first, so the order
 * of the arguments says whose paint a click prefers when two things cover exactly the same words.
 */
export function shortestInterval<T extends Interval>(...intervals: readonly (T | undefined)[]): T | undefined {
  let best: T | undefined;
  for (const interval of intervals) {
    if (interval && (!best || interval.end - interval.start < best.end - best.start)) best = interval;
  }
  return best;
}
