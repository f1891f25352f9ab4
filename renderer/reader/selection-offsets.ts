import { partitionPoint } from '../../core/partition-point.js';

/**
 * The one mapping between DOM positions in the reading text and offsets into the witness's reading text,
 * both ways. It rests on the rule MarkedText keeps: every text node of the text is the only child of an
 * element whose `data-start` is the offset of its first character. So a position inside a text node is
 * `data-start + offset`, whatever marks, markup delimiters, line breaks or non-breaking spaces it holds:
 * the DOM shows the reading text's characters as they are, and nothing is counted twice or skipped.
 *
 * The functions read nodes through `NodeLike`, the little of the DOM they need, so that the tests can run
 * them over plain objects; the browser passes real nodes.
 */

/** What the mapping reads of a DOM node. A DOM `Node` is one. */
export interface NodeLike {
  readonly nodeType: number;
  readonly parentNode: NodeLike | null;
  readonly childNodes: ArrayLike<NodeLike>;
  /** A text node's characters; null for elements. */
  readonly nodeValue: string | null;
  getAttribute?(name: string): string | null;
}

/** A DOM range as its four boundary values (a `Range`, a `StaticRange`, or a plain object in tests). */
export interface RangeLike<N extends NodeLike = NodeLike> {
  readonly startContainer: N;
  readonly startOffset: number;
  readonly endContainer: N;
  readonly endOffset: number;
}

/** A passage of the reading text: [start, end) in UTF-16 code units. */
export interface TextOffsets {
  start: number;
  end: number;
}

/** A text node of the reading text and the reading-text offsets it covers. */
export interface TextRun<N extends NodeLike = NodeLike> {
  node: N;
  start: number;
  end: number;
}

const TEXT_NODE = 3;

/** The reading-text offset of a text node's first character, or null for text that is not reading text. */
function runStart(node: NodeLike): number | null {
  if (node.nodeType !== TEXT_NODE) return null;
  const value = node.parentNode?.getAttribute?.('data-start');
  if (value === null || value === undefined) return null;
  const start = Number(value);
  return Number.isInteger(start) ? start : null;
}

function runLength(node: NodeLike): number {
  return node.nodeValue?.length ?? 0;
}

function isInside(root: NodeLike, node: NodeLike): boolean {
  for (let current: NodeLike | null = node; current; current = current.parentNode) {
    if (current === root) return true;
  }
  return false;
}

function indexInParent(node: NodeLike): number {
  const siblings = node.parentNode?.childNodes;
  if (!siblings) return -1;
  for (let index = 0; index < siblings.length; index++) if (siblings[index] === node) return index;
  return -1;
}

/** The first (or last) text run in `node`'s subtree, in document order. */
function edgeRunIn(node: NodeLike, last: boolean): NodeLike | null {
  if (runStart(node) !== null) return node;
  const children = node.childNodes;
  for (let step = 0; step < children.length; step++) {
    const child = children[last ? children.length - 1 - step : step];
    const found = child ? edgeRunIn(child, last) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The nearest text run after (or before) the point between `container.childNodes[index - 1]` and
 * `container.childNodes[index]`, not leaving `root`.
 */
function runBeside(root: NodeLike, container: NodeLike, index: number, forward: boolean): NodeLike | null {
  let parent = container;
  let at = index;
  for (;;) {
    const children = parent.childNodes;
    if (forward) {
      for (let k = at; k < children.length; k++) {
        const child = children[k];
        const found = child ? edgeRunIn(child, false) : null;
        if (found) return found;
      }
    } else {
      for (let k = Math.min(at, children.length) - 1; k >= 0; k--) {
        const child = children[k];
        const found = child ? edgeRunIn(child, true) : null;
        if (found) return found;
      }
    }
    const grandparent = parent.parentNode;
    if (parent === root || !grandparent) return null;
    at = indexInParent(parent) + (forward ? 1 : 0);
    parent = grandparent;
  }
}

/**
 * The reading-text offset of a DOM boundary point inside `root`, or null when the point is outside it.
 * A point between blocks (or on an element) snaps into the text on the side that keeps a passage tight:
 * a start snaps forward to the next character, an end back to the previous one, so a triple-clicked
 * paragraph is that paragraph and not the line break after it.
 */
export function pointToOffset(root: NodeLike, container: NodeLike, offset: number, side: 'start' | 'end'): number | null {
  if (!isInside(root, container)) return null;
  const start = runStart(container);
  if (start !== null) return start + Math.max(0, Math.min(offset, runLength(container)));

  // A text node outside the reading text (a link's "opens in your web browser" for screen readers) counts as the point just before it.
  const [parent, index] = container.nodeType === TEXT_NODE && container.parentNode ? [container.parentNode, indexInParent(container)] : [container, offset];
  const next = runBeside(root, parent, index, true);
  const previous = runBeside(root, parent, index, false);
  const nextOffset = next ? runStart(next) : null;
  const previousEnd = previous ? (runStart(previous) ?? 0) + runLength(previous) : null;
  if (side === 'start') return nextOffset ?? previousEnd;
  return previousEnd ?? nextOffset;
}

/**
 * The passage a DOM range covers, or null when it is collapsed, holds no reading-text character, or
 * does not lie entirely inside `root` (a selection that runs on into the information panel, say).
 */
export function rangeToOffsets(root: NodeLike, range: RangeLike): TextOffsets | null {
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/**
 * Every text run under `root`, in document order, which is also reading-text order. The nodes returned
 * are `root`'s own descendants, hence of its type.
 */
export function textRuns<N extends NodeLike>(root: N): TextRun<N>[] {
  const runs: TextRun<N>[] = [];
  const visit = (node: NodeLike) => {
    const start = runStart(node);
    if (start !== null) {
      runs.push({ node: node as N, start, end: start + runLength(node) });
      return;
    }
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child) visit(child);
    }
  };
  visit(root);
  return runs;
}

/** The index of the first run that ends after `offset` (runs.length when none does). */
export function firstEndingAfter(runs: readonly TextRun[], offset: number): number {
  return partitionPoint(runs.length, (index) => (runs[index]?.end ?? 0) <= offset);
}

/**
 * The DOM range for the passage [start, end), the inverse of rangeToOffsets, for painting and scrolling.
 * Offsets that fall where the DOM has no character (the line break between two blocks, text outside
 * `runs`) are pulled in to the nearest characters that are shown; null when none of the passage is.
 */
export function offsetsToRange<N extends NodeLike>(runs: readonly TextRun<N>[], start: number, end: number): RangeLike<N> | null {
  if (end <= start) return null;
  const startRun = runs[firstEndingAfter(runs, start)];
  // The last run that starts before `end`: the one holding its last character, or the one before the gap it falls in.
  const holdingLast = firstEndingAfter(runs, end - 1);
  const candidate = runs[holdingLast];
  const endRun = candidate && candidate.start < end ? candidate : runs[holdingLast - 1];
  if (!startRun || !endRun || endRun.end <= startRun.start) return null;
  return {
    startContainer: startRun.node,
    startOffset: Math.max(0, start - startRun.start),
    endContainer: endRun.node,
    endOffset: Math.min(endRun.end, end) - endRun.start,
  };
}
