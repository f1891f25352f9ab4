/**
 * The library's list, asked of the store a page at a time (listLibrary): a library of 100,000 documents
 * would otherwise be listed whole before the panel shows, and most readers never scroll past the first
 * screens. More documents come as the end of the list nears the panel's bottom, or when the keyboard asks
 * for a row not yet listed.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { DocumentSummary, LibraryPage } from '../../core/api.js';
import { api } from '../api/client.js';
import { useFollowRevision } from '../api/use-revised-api.js';
import { useApi, type Loadable } from '../api/use-api.js';
import { libraryPageQuery, LIST_PAGE, type LibraryView } from './library-view.js';

/** How far below the panel's bottom the list's end asks for the next page, so that scrolling meets listed rows. */
const AHEAD = '600px';

/** The most documents asked for at once when a key jumps far ahead (End): the contract's MAX_LIBRARY_PAGE. */
const LONGEST_PAGE = 500;

export interface GrowingList {
  /** The first page's call: loading, failed or ready (its answer's total and size). */
  first: Loadable<LibraryPage>;
  /** The documents listed so far, in order. */
  rows: readonly DocumentSummary[];
  /** How many documents the view shows in all, and the library holds (0 until the first page is in). */
  total: number;
  size: number;
  /** Put on an element just after the list: when it nears the view, the next page is asked for. */
  endRef: RefObject<HTMLDivElement | null>;
  /** Lists the rows up to `index` (from 0) and then calls `then`, once they are in the page (never, if the view holds fewer). */
  reach: (index: number, then: () => void) => void;
}

/** The rows after the first page, and the first page they follow (they are asked again when it is). */
interface Rest {
  after: LibraryPage;
  viewKey: string;
  rows: DocumentSummary[];
}

/**
 * The documents of `view`, the first page from the store and later ones as they are needed; all are asked
 * again when `revision` moves on (the library changed). `scroller` is the element that scrolls the list.
 */
export function useGrowingList(view: LibraryView, revision: number, scroller: RefObject<HTMLElement | null>): GrowingList {
  const viewKey = JSON.stringify(view);
  const [first, retry] = useApi('listLibrary', libraryPageQuery(view, 0));
  useFollowRevision(revision, retry);
  const firstPage = first.status === 'ready' ? first.value : first.status === 'loading' ? first.stale : undefined;

  // How many rows the reader's scrolling or keys asked for, in this view.
  const [wanted, setWanted] = useState({ viewKey, count: LIST_PAGE });
  const wantedCount = wanted.viewKey === viewKey ? wanted.count : LIST_PAGE;
  const [rest, setRest] = useState<Rest>();
  // While a changed library's pages come again, the rows already listed stay (the reader's place with them).
  const restRows = rest?.viewKey === viewKey ? rest.rows : [];
  const rows = firstPage ? [...firstPage.documents, ...restRows] : [];
  const total = firstPage?.total ?? 0;

  useEffect(() => {
    if (!firstPage || first.status !== 'ready') return;
    const current = rest?.after === firstPage ? rest.rows : [];
    const from = firstPage.documents.length + current.length;
    const until = Math.min(wantedCount, firstPage.total);
    if (from >= until && rest?.after === firstPage) return;
    let live = true;
    void (async () => {
      const more = [...current];
      for (let offset = from; offset < until && live; offset = firstPage.documents.length + more.length) {
        const page = await api.listLibrary(libraryPageQuery(view, offset, Math.min(LONGEST_PAGE, until - offset)));
        if (page.documents.length === 0) break;
        more.push(...page.documents);
      }
      if (live) setRest({ after: firstPage, viewKey, rows: more });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
    // `viewKey` stands for `view` by value.
  }, [firstPage, first.status, wantedCount, viewKey]);

  const endRef = useRef<HTMLDivElement>(null);
  const more = rows.length < total;
  const count = rows.length;
  useEffect(() => {
    const end = endRef.current;
    if (!more || !end) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWanted({ viewKey, count: count + LIST_PAGE });
      },
      { root: scroller.current, rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [more, count, viewKey, scroller]);

  // A key's wish, kept until the rows it asked for are in the page, so that focus can move to them; one
  // made while a new filter's page is coming waits for it, and is dropped if the row never comes.
  const settled = first.status === 'ready';
  const pending = useRef<{ index: number; viewKey: string; then: () => void } | undefined>(undefined);
  useLayoutEffect(() => {
    const wish = pending.current;
    if (!wish || !settled || (wish.viewKey === viewKey && wish.index >= count && wish.index < total)) return;
    pending.current = undefined;
    if (wish.viewKey === viewKey && wish.index < count) wish.then();
  });

  const reach = useCallback(
    (index: number, then: () => void) => {
      if (settled && index < count) {
        then();
        return;
      }
      pending.current = { index, viewKey, then };
      if (index >= count) setWanted({ viewKey, count: index + 1 });
    },
    [settled, count, viewKey],
  );

  return { first, rows, total, size: firstPage?.size ?? 0, endRef, reach };
}
