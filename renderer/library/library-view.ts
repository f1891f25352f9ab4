/** What the library shows of its documents: one collection or all, those matching the filter, in the order chosen; asked of the store a page at a time. */
import type { LibraryOrder, LibraryQuery } from '../../core/api.js';

export type { LibraryOrder };

export const LIBRARY_ORDERS: readonly { id: LibraryOrder; label: string }[] = [
  { id: 'title', label: 'Title' },
  { id: 'date', label: 'Date' },
  { id: 'added', label: 'Recently added' },
];

/** True for an order's name (a stored choice is checked before it is trusted). */
export const isLibraryOrder = (value: unknown): value is LibraryOrder => LIBRARY_ORDERS.some((order) => order.id === value);

/** The panel's choices: a collection's id ('' for all documents), the filter as typed, the order. */
export interface LibraryView {
  collectionId: string;
  filter: string;
  order: LibraryOrder;
}

/** The panel as it opens before the reader chose anything: what the host's first screen renders. */
export const FIRST_VIEW: LibraryView = { collectionId: '', filter: '', order: 'date' };

/** Documents asked for at a time: several screens of the library's panel at its tallest. */
export const LIST_PAGE = 150;

/**
 * The listLibrary arguments for `limit` documents of `view` from `offset`. The first page's are also the
 * host's (renderer/first-screen/render.tsx), so they must be spelled the same: no empty filter or collection.
 */
export function libraryPageQuery({ collectionId, filter, order }: LibraryView, offset: number, limit = LIST_PAGE): LibraryQuery {
  return { order, ...(collectionId === '' ? {} : { collectionId }), ...(filter.trim() === '' ? {} : { filter }), offset, limit };
}

/** "1 note", "12 notes"; "1 transcription", "2 transcriptions". */
export function counted(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** What deleting a document takes, as the confirmation and its message say it: "“X” and its 12 notes and 2 transcriptions". */
export function whatGoes({ title, notes, transcriptions }: { title: string; notes: number; transcriptions: number }): string {
  const parts = [notes > 0 ? counted(notes, 'note') : undefined, transcriptions > 0 ? counted(transcriptions, 'transcription') : undefined].filter(
    (part): part is string => part !== undefined,
  );
  return parts.length === 0 ? `“${title}”` : `“${title}” and its ${parts.join(' and ')}`;
}
