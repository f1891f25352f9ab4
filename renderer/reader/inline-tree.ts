import type { MarkKind } from '../../core/document/model.js';

/** A witness's stored marks, and `link`, an autolink the renderer reads in the text itself (link-marks.ts). */
export type InlineKind = MarkKind | 'link';

/** A mark over [start, end) of the reading text. */
export interface Span {
  kind: InlineKind;
  start: number;
  end: number;
}

/** A stretch of a block's text: a plain run, or a mark around further nodes. Offsets are into the reading text. */
export type InlineNode =
  | { type: 'text'; start: number; end: number }
  | { type: 'mark'; kind: InlineKind; start: number; end: number; children: InlineNode[] };

/** Outer marks first: by start, then the longer one, so that a mark encloses the marks inside it. */
function byNesting(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Lays the marks over [start, end) as a tree that covers every offset exactly once, in order. Marks are
 * clipped to the range; a mark that crosses the end of an enclosing one is split in two at that end,
 * because the DOM must stay a tree and the annotation layer needs each character in one place.
 */
export function inlineTree(start: number, end: number, marks: readonly Span[]): InlineNode[] {
  const inside = marks
    .map((mark) => ({ kind: mark.kind, start: Math.max(mark.start, start), end: Math.min(mark.end, end) }))
    .filter((mark) => mark.start < mark.end)
    .sort(byNesting);
  return nest(start, end, inside);
}

/** `marks` are sorted by nesting and lie within [start, end). */
function nest(start: number, end: number, marks: Span[]): InlineNode[] {
  const nodes: InlineNode[] = [];
  let cursor = start;
  let pending = marks;
  while (pending.length > 0) {
    const [outer, ...others] = pending as [Span, ...Span[]];
    if (outer.start > cursor) nodes.push({ type: 'text', start: cursor, end: outer.start });
    const within: Span[] = [];
    const after: Span[] = [];
    for (const mark of others) {
      if (mark.start >= outer.end) after.push(mark);
      else if (mark.end <= outer.end) within.push(mark);
      else {
        within.push({ ...mark, end: outer.end });
        after.push({ ...mark, start: outer.end });
      }
    }
    nodes.push({ type: 'mark', kind: outer.kind, start: outer.start, end: outer.end, children: nest(outer.start, outer.end, within) });
    cursor = outer.end;
    pending = after.sort(byNesting);
  }
  if (cursor < end) nodes.push({ type: 'text', start: cursor, end });
  return nodes;
}
