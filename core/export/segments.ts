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
 * One sweep over the boundaries: an export lays thousands of passages into one text. The segments are
 * made as they are read, so that a writer never holds them all.
 */
export function* segment(from: number, to: number, intervals: readonly { start: number; end: number }[]): Generator<Segment, void, undefined> {
  const starting = new Map<number, number[]>();
  const ending = new Map<number, number[]>();
  const at = (points: Map<number, number[]>, point: number, index: number) => {
    const list = points.get(point);
    if (list) list.push(index);
    else points.set(point, [index]);
  };
  intervals.forEach(({ start, end }, index) => {
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedEnd <= clippedStart) return;
    at(starting, clippedStart, index);
    at(ending, clippedEnd, index);
  });
  const points = [...new Set([from, to, ...starting.keys(), ...ending.keys()])].sort((a, b) => a - b);
  const active = new Set<number>();
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? from;
    const end = points[index + 1] ?? to;
    for (const ended of ending.get(start) ?? []) active.delete(ended);
    for (const started of starting.get(start) ?? []) active.add(started);
    yield { start, end, covering: [...active].sort((a, b) => a - b) };
  }
}
