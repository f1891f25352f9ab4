/** Exact occurrences of a quote: the cheap search that runs before any approximate one. */

/**
 * Starts of every occurrence of `quote` in `text` that begins within [from, to], overlapping ones
 * included, in text order.
 */
export function occurrences(text: string, quote: string, from = 0, to = text.length): number[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to + quote.length);
  // indexOf on a slice stops at `to`; on the whole text its last call would read on to the end, which
  // for a window near the start of a long text costs as much as not having a window.
  const region = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const starts: number[] = [];
  for (let at = region.indexOf(quote); at !== -1; at = region.indexOf(quote, at + 1)) starts.push(lo + at);
  return starts;
}
