/**
 * Cutting a stretch of text where passages begin and end, so that overlapping highlights can be drawn
 * without nesting elements across each other: each segment knows every passage that covers it.
 */

/** A stretch [start, end) that the same passages cover throughout. */
export interface Segment {
  start: number;
  end: number;
  /** Indices into the intervals given, ascending. Empty where no passage covers the text. */
  covering: readonly number[];
}

/**
 * The segments of [from, to), cut at every interval boundary inside it; together they cover [from, to)
 * exactly, in order. Intervals may overlap, nest, or reach outside [from, to); empty ones cover nothing.
 */
export function segment(from: number, to: number, intervals: readonly { start: number; end: number }[]): Segment[] {
  const cuts = new Set([from, to]);
  for (const { start, end } of intervals) {
    if (start > from && start < to) cuts.add(start);
    if (end > from && end < to) cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? from;
    const end = points[index + 1] ?? to;
    if (end <= start) continue;
    const covering: number[] = [];
    intervals.forEach((interval, position) => {
      if (interval.start <= start && interval.end >= end) covering.push(position);
    });
    segments.push({ start, end, covering });
  }
  return segments;
}
