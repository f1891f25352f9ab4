import { partitionPoint } from '../../core/partition-point.js';

/** Something that covers [start, end) of the reading text. */
export interface Interval {
  start: number;
  end: number;
}

/** Answers which intervals cover an offset; built once per set of intervals. */
export interface IntervalIndex<T extends Interval> {
  /** The intervals with start <= offset < end, in start order. */
  covering(offset: number): T[];
  /** The shortest interval covering `offset` (the innermost of nested ones), or undefined. */
  innermost(offset: number): T | undefined;
}

/**
 * A static stabbing index: intervals sorted by start, beside the largest end seen so far. A query finds
 * the last interval starting at or before the offset by binary search, then walks back only while some
 * earlier interval still reaches past the offset, so a click among thousands of highlights looks at the
 * few around it rather than all of them.
 */
export function intervalIndex<T extends Interval>(intervals: readonly T[]): IntervalIndex<T> {
  const sorted = [...intervals].filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const interval of sorted) {
    furthest = Math.max(furthest, interval.end);
    reach.push(furthest);
  }

  const covering = (offset: number): T[] => {
    const low = partitionPoint(sorted.length, (index) => (sorted[index]?.start ?? 0) <= offset);
    const found: T[] = [];
    for (let index = low - 1; index >= 0 && (reach[index] ?? 0) > offset; index--) {
      const interval = sorted[index];
      if (interval && interval.end > offset) found.push(interval);
    }
    return found.reverse();
  };

  const innermost = (offset: number): T | undefined => {
    let best: T | undefined;
    for (const interval of covering(offset)) {
      if (!best || interval.end - interval.start < best.end - best.start) best = interval;
    }
    return best;
  };

  return { covering, innermost };
}

/**
 * The stretches covered by two or more of the intervals, merged and in order: where passages overlap or
 * nest. Painted with an extra wash, so that a passage inside another of the same colour still shows.
 */
export function overlapSegments(intervals: readonly Interval[]): Interval[] {
  const events: [offset: number, change: number][] = [];
  for (const { start, end } of intervals) {
    if (end <= start) continue;
    events.push([start, 1], [end, -1]);
  }
  // Ends before starts at the same offset: touching passages do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Interval[] = [];
  let depth = 0;
  let openedAt = 0;
  for (const [offset, change] of events) {
    const before = depth;
    depth += change;
    if (before < 2 && depth >= 2) openedAt = offset;
    else if (before >= 2 && depth < 2 && offset > openedAt) {
      const last = segments.at(-1);
      if (last && last.end === openedAt) last.end = offset;
      else segments.push({ start: openedAt, end: offset });
    }
  }
  return segments;
}
