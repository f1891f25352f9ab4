/**
 * Which page of the source a passage is on, as notes and exports cite it ("p. 3", "pp. 3–4"): the
 * importers keep each page's start as an empty `page` block with the page's label.
 */
import { partitionPoint } from '../partition-point.js';
import type { Block } from './model.js';

/** The page starts among `blocks`, in text order. */
export function pageStarts(blocks: readonly Block[]): Block[] {
  return blocks.filter((block) => block.kind === 'page');
}

/**
 * "p. 3" for a passage [start, end) on one page, "pp. 3–4" across pages; undefined when the text has no
 * pages or the passage begins before the first page's start. A page without a label reads "p. ?".
 */
export function pageCitation(pages: readonly Block[], start: number, end: number): string | undefined {
  const first = pageAt(pages, start);
  if (!first) return undefined;
  const last = pageAt(pages, Math.max(start, end - 1)) ?? first;
  const label = (page: Block) => page.label ?? '?';
  return first === last ? `p. ${label(first)}` : `pp. ${label(first)}–${label(last)}`;
}

/** The last page starting at or before `offset`. */
function pageAt(pages: readonly Block[], offset: number): Block | undefined {
  const after = partitionPoint(pages.length, (index) => (pages[index]?.start ?? Infinity) <= offset);
  return pages[after - 1];
}
