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
  // The intervals that cover something of [from, to), clipped to it, by where they start and by where they end.
  const starts: number[] = [];
  const ends: number[] = [];
  const kept: number[] = [];
  intervals.forEach(({ start, end }, index) => {
    starts[index] = Math.max(start, from);
    ends[index] = Math.min(end, to);
    if ((ends[index] ?? 0) > (starts[index] ?? 0)) kept.push(index);
  });
  const byStart = [...kept].sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0));
  const byEnd = kept.sort((a, b) => (ends[a] ?? 0) - (ends[b] ?? 0));
  // Few passages cover one point, so a sorted list beats a set sorted at every segment.
  const active: number[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let point = from; point < to; ) {
    for (let ended = byEnd[nextEnd]; ended !== undefined && ends[ended] === point; ended = byEnd[++nextEnd]) active.splice(active.indexOf(ended), 1);
    for (let started = byStart[nextStart]; started !== undefined && starts[started] === point; started = byStart[++nextStart]) {
      const at = active.findIndex((index) => index > started);
      active.splice(at < 0 ? active.length : at, 0, started);
    }
    const next = Math.min(to, starts[byStart[nextStart] ?? -1] ?? to, ends[byEnd[nextEnd] ?? -1] ?? to);
    yield { start: point, end: next, covering: [...active] };
    point = next;
  }
}
