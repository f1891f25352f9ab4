import { useEffect, useState } from 'react';
import type { Interval } from './interval-index.js';
import { partitionPoint } from '../../core/partition-point.js';

/**
 * Characters painted on each side of the text in the window: some ten screens of prose, so that
 * scrolling, even fast, finds its highlights painted, while a text with tens of thousands of them
 * registers a few hundred at a time. Registering a highlight makes the browser revisit every range of
 * every highlight, so what is registered, not what is seen, sets the cost of each change.
 */
export const STRETCH_MARGIN = 30_000;

/** The whole of any text: before the article is laid out, and for a text shorter than the margins. */
const EVERYTHING: Interval = { start: 0, end: Number.MAX_SAFE_INTEGER };

/**
 * The reading-text offsets [start, end) of the blocks in the window, found by binary search: blocks are
 * in text order down the page. Null when none is.
 */
function textInWindow(article: Element): Interval | null {
  const blocks = article.querySelectorAll<HTMLElement>('.block');
  const low = partitionPoint(blocks.length, (index) => (blocks[index]?.getBoundingClientRect().bottom ?? 0) <= 0);
  const first = blocks[low];
  if (!first) return null;
  let last = first;
  for (let index = low + 1; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block || block.getBoundingClientRect().top >= window.innerHeight) break;
    last = block;
  }
  return { start: Number(first.dataset.start), end: Number(last.dataset.end) };
}

/**
 * The stretch of the article's reading text worth painting: what the window shows, STRETCH_MARGIN
 * either side. It moves (a new object) only when what is shown comes within half a margin of its
 * edges, after a scroll, a resize of the window or the article, or when `grown` moves on
 * (text-growth.ts); a short text's stretch covers all of it and never moves.
 */
export function useShownStretch(article: Element | null, grown: number): Interval {
  const [stretch, setStretch] = useState<Interval>(EVERYTHING);

  useEffect(() => {
    if (!article) return;
    let frame = 0;
    const follow = () => {
      frame = 0;
      const shown = textInWindow(article);
      if (!shown) return;
      setStretch((current) => {
        const slack = STRETCH_MARGIN / 2;
        // EVERYTHING stands in until the first measure, and must give way to it: else a long text would
        // keep every one of its passages registered.
        const inside = current !== EVERYTHING && shown.start >= current.start + (current.start === 0 ? 0 : slack) && shown.end <= current.end - slack;
        return inside ? current : { start: Math.max(0, shown.start - STRETCH_MARGIN), end: shown.end + STRETCH_MARGIN };
      });
    };
    // Read once a frame at most, after the scroll or resize has moved the layout.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(follow);
    };
    schedule();
    // Captured: the text's scroller may be the page or a column inside it.
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    // Blocks laid out late (content-visibility) move the text under a window that did not scroll.
    const relaid = new ResizeObserver(schedule);
    relaid.observe(article);
    return () => {
      relaid.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [article, grown]);

  return stretch;
}
