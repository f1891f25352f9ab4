/**
 * A long list rendered a page at a time: a library of 10,000 documents would otherwise build 10,000
 * rows before the panel shows, and most readers never scroll past the first screens. More rows come as
 * the end of the list nears the panel's bottom, or when the keyboard asks for a row not yet built.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Rows built at a time: several screens of the library's panel at its tallest. */
export const LIST_PAGE = 150;

/** How far below the panel's bottom the list's end starts the next page, so that scrolling meets built rows. */
const AHEAD = '600px';

export interface GrowingList {
  /** How many of the rows to build. */
  count: number;
  /** Put on an element just after the list: when it nears the view, the next page is built. */
  endRef: RefObject<HTMLDivElement | null>;
  /** Builds the rows up to `index` (from 0) and then calls `then`, once they are in the page. */
  reach: (index: number, then: () => void) => void;
}

/**
 * `total` rows, of which the first `count` are built; `mustShow` (an index, or -1) is always among them,
 * so that the current document is listed wherever it sorts. `scroller` is the element that scrolls the list.
 */
export function useGrowingList(total: number, mustShow: number, scroller: RefObject<HTMLElement | null>): GrowingList {
  const [built, setBuilt] = useState(LIST_PAGE);
  const endRef = useRef<HTMLDivElement>(null);
  const afterBuild = useRef<(() => void) | undefined>(undefined);
  const count = Math.min(total, Math.max(built, mustShow + 1));
  const more = count < total;

  useEffect(() => {
    const end = endRef.current;
    if (!more || !end) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setBuilt((shown) => shown + LIST_PAGE);
      },
      { root: scroller.current, rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [more, count, scroller]);

  // Runs after the rows a key asked for are in the page, so that focus can move to them.
  useLayoutEffect(() => {
    const then = afterBuild.current;
    afterBuild.current = undefined;
    then?.();
  });

  const reach = useCallback(
    (index: number, then: () => void) => {
      if (index < count) {
        then();
        return;
      }
      afterBuild.current = then;
      setBuilt(index + 1);
    },
    [count],
  );

  return { count, endRef, reach };
}
