/**
 * The reading text's DOM seen through reading-text offsets: the browser's selection as a passage, a
 * passage as a range to paint or scroll to, and the character under the pointer. The arithmetic lives in
 * selection-offsets.ts (tested over plain objects); this file only hands it real nodes.
 */
import { offsetsToRange, rangeToOffsets, textRuns, type TextRun } from './selection-offsets.js';
import { isPartial, whenWholeText } from './text-growth.js';

/** What is selected, as far as annotating is concerned. */
export type TextSelection =
  | { kind: 'none' }
  /** Something is selected, but not (only) characters of the reading text. */
  | { kind: 'outside' }
  | { kind: 'passage'; start: number; end: number };

/** Nothing selected. */
export const NO_SELECTION: TextSelection = { kind: 'none' };

// An article's text never changes while it is mounted (WitnessText gives each reading its own); it only
// grows, group by group at its end, while a long text is put on the page (text-growth.ts). So its runs are
// listed once, and only the groups added since are walked when it has more children than last time.
const runsOf = new WeakMap<Element, { children: number; runs: TextRun<Node>[] }>();

/** The text runs of an article, in order: those of the part on the page while a long text is still growing. */
export function articleRuns(article: Element): TextRun<Node>[] {
  const children = article.children.length;
  let listed = runsOf.get(article);
  if (!listed || listed.children > children) listed = { children: 0, runs: [] };
  for (let index = listed.children; index < children; index++) {
    const child = article.children[index];
    if (child) listed.runs.push(...textRuns<Node>(child));
  }
  listed.children = children;
  runsOf.set(article, listed);
  return listed.runs;
}

// Node.TEXT_NODE is 3; spelt out so that this module also loads where the host renders the first screen, with no DOM.
const NO_TEXT = { nodeType: 3, parentNode: null, childNodes: [], nodeValue: '' };

/**
 * The text runs under `root` (the article and the record around it) in reading-text order, markup
 * delimiters ("**", "*") emptied: the words around a mention are read without them. For passageContext.
 */
export function contextRuns(root: Element): TextRun[] {
  return textRuns<Node>(root)
    .map((run) => (run.node.parentElement?.closest('.mark-markup') ? { ...run, node: NO_TEXT } : run))
    .sort((a, b) => a.start - b.start);
}

/** The document's selection as a passage of the article's reading text. */
export function readSelection(article: Element): TextSelection {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return NO_SELECTION;
  const range = selection.getRangeAt(0);
  const offsets = rangeToOffsets(article, range);
  if (offsets) return { kind: 'passage', ...offsets };
  return range.intersectsNode(article) ? { kind: 'outside' } : NO_SELECTION;
}

// Ranges per article and passage: a note saved re-lists every annotation, but their ranges stay the same.
// While a long text grows (text-growth.ts), a passage not on the page, or not all of it, may be found in
// full later: such an answer holds only for the number of groups on the page when it was given.
const rangesOf = new WeakMap<Element, Map<string, { range: StaticRange | null; children?: number }>>();

/** A static range over the passage, or null when none of it is shown in the article (yet: see text-growth.ts). */
export function passageRange(article: Element, start: number, end: number): StaticRange | null {
  let ranges = rangesOf.get(article);
  if (!ranges) {
    ranges = new Map();
    rangesOf.set(article, ranges);
  }
  const key = `${start}:${end}`;
  const children = article.children.length;
  const known = ranges.get(key);
  if (known && (known.children === undefined || known.children === children)) return known.range;
  const runs = articleRuns(article);
  const found = offsetsToRange(runs, start, end);
  const range = found && new StaticRange(found);
  const final = !isPartial(article) || end <= (runs.at(-1)?.end ?? 0);
  ranges.set(key, final ? { range } : { range, children });
  return range;
}

/** A live range over the passage, for measuring. */
export function liveRange(article: Element, start: number, end: number): Range | null {
  const found = offsetsToRange(articleRuns(article), start, end);
  if (!found) return null;
  const range = document.createRange();
  range.setStart(found.startContainer, found.startOffset);
  range.setEnd(found.endContainer, found.endOffset);
  return range;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The reading-text offset of the character under the point, or null when the point is not on one. The
 * caret position lies between two characters; the one whose box holds the point is the one clicked, so a
 * click just past the end of a highlight does not open it.
 */
export function characterAt(article: Element, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !article.contains(caret.node)) return null;
  const start = Number(caret.node.parentElement?.dataset.start);
  if (!Number.isInteger(start)) return null;
  const length = caret.node.nodeValue?.length ?? 0;
  const probe = document.createRange();
  for (const index of [caret.offset, caret.offset - 1]) {
    if (index < 0 || index >= length) continue;
    probe.setStart(caret.node, index);
    probe.setEnd(caret.node, index + 1);
    for (const rect of probe.getClientRects()) if (contains(rect, x, y)) return start + index;
  }
  return null;
}

/** The nearest ancestor that scrolls, or the page's scroller when the page scrolls as one (narrow windows). */
function scrollerOf(element: Element): Element {
  for (let current = element.parentElement; current; current = current.parentElement) {
    const { overflowY } = getComputedStyle(current);
    if ((overflowY === 'auto' || overflowY === 'scroll') && current.scrollHeight > current.clientHeight) return current;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Scrolls the passage, unless it is already well in view, to about a third of the way down its scroller,
 * where the eye looks first. A passage below the part of a long text on the page yet is scrolled to once
 * the rest is in (a frame or two later). `instant` for a scroll made while the reader types: the browser
 * keeps the field's caret in view after each key, which would stop a smooth scroll before it moved.
 */
export function scrollToPassage(article: Element, start: number, end: number, { instant = false } = {}): void {
  const range = liveRange(article, start, end);
  if (!range) {
    if (isPartial(article)) whenWholeText(article, () => scrollToPassage(article, start, end, { instant }));
    return;
  }
  const rect = range.getBoundingClientRect();
  const scroller = scrollerOf(article);
  const isPage = scroller === document.scrollingElement;
  const view = isPage ? { top: 0, height: window.innerHeight } : scroller.getBoundingClientRect();
  const banner = isPage ? (document.querySelector('.banner')?.getBoundingClientRect().height ?? 0) : 0;
  const top = view.top + banner;
  // The find bar, while it is open, hides the foot of the view: a match under it is not in view.
  const bottom = Math.min(view.top + view.height, document.querySelector('.find-bar')?.getBoundingClientRect().top ?? Infinity);
  // Already in view, clear of the edges: moving the page would only lose the reader's place.
  if (rect.top >= top + 48 && rect.bottom <= bottom - 48) return;
  const target = top + (view.height - banner) / 3;
  // A long way down a long text, blocks not yet seen have only estimated heights (content-visibility in
  // WitnessText.css), which the browser replaces with real ones a frame after they come into view: the
  // passage moves after the scroll. So a long jump is made at once, then corrected over a few frames.
  const far = Math.abs(rect.top - target) > view.height * 2;
  const smooth = !far && !instant && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  scroller.scrollBy({ top: rect.top - target, behavior: smooth ? 'smooth' : 'auto' });
  if (far) correctJump(scroller, range, target, JUMP_CORRECTIONS);
}

/** Frames in which a long jump is measured again: the blocks laid out after it settle within two or three. */
const JUMP_CORRECTIONS = 6;

/** Scrolls the range back to `target` (a viewport y) in each of the next `frames` frames where it moved away. */
function correctJump(scroller: Element, range: Range, target: number, frames: number): void {
  requestAnimationFrame(() => {
    const moved = range.getBoundingClientRect().top - target;
    if (Math.abs(moved) > 48) scroller.scrollBy({ top: moved });
    if (frames > 1) correctJump(scroller, range, target, frames - 1);
  });
}

/**
 * Gives the text the focus with the passage [start, end) selected, or, where `end` is `start`, the caret
 * there: where the reader goes on from after a note, a tag, a search hit. Scrolls nothing.
 */
export function focusTextAt(article: HTMLElement, start: number, end: number): void {
  article.focus({ preventScroll: true });
  const selection = document.getSelection();
  if (!selection) return;
  // A caret is an empty range, which offsets cannot name: it is put at an edge of the character beside it.
  const before = start === end ? liveRange(article, start - 1, start) : null;
  const range = start < end ? liveRange(article, start, end) : (before ?? liveRange(article, start, start + 1));
  if (!range) return;
  if (start === end) range.collapse(before === null);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The box of the selection's moving end (where a caret is drawn), or null when it has none. */
export function selectionFocusRect(): DOMRect | null {
  const selection = document.getSelection();
  if (!selection?.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return rect.height > 0 ? rect : null;
}

/** Scrolls just enough to keep the selection's moving end in view as the keyboard moves it. */
export function revealSelectionFocus(article: Element): void {
  const rect = selectionFocusRect();
  if (!rect) return;
  const scroller = scrollerOf(article);
  const isPage = scroller === document.scrollingElement;
  const view = isPage ? { top: 0, bottom: window.innerHeight } : scroller.getBoundingClientRect();
  const banner = isPage ? (document.querySelector('.banner')?.getBoundingClientRect().height ?? 0) : 0;
  const margin = rect.height * 2;
  if (rect.top < view.top + banner + margin) scroller.scrollBy({ top: rect.top - (view.top + banner + margin) });
  else if (rect.bottom > view.bottom - margin) scroller.scrollBy({ top: rect.bottom - (view.bottom - margin) });
}
