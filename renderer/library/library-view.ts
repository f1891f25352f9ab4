/** What the library shows of its documents: one collection or all, those matching the filter, in the order chosen. */
import type { DocumentSummary } from '../../core/api.js';
import { madeOnFirstUse } from '../ui/made-on-first-use.js';

/** The orders the library offers. */
export type LibraryOrder = 'title' | 'date' | 'added';

export const LIBRARY_ORDERS: readonly { id: LibraryOrder; label: string }[] = [
  { id: 'title', label: 'Title' },
  { id: 'date', label: 'Date' },
  { id: 'added', label: 'Recently added' },
];

/** True for an order's name (a stored choice is checked before it is trusted). */
export const isLibraryOrder = (value: unknown): value is LibraryOrder => LIBRARY_ORDERS.some((order) => order.id === value);

/** A text folded for matching: case and accents ignored, as the search does. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const titleOrder = madeOnFirstUse(() => new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

/** By title, in the reader's alphabet, numbers by their value ("Box 2" before "Box 10"). */
function byTitle(a: DocumentSummary, b: DocumentSummary): number {
  return titleOrder().compare(a.title, b.title) || a.id.localeCompare(b.id);
}

/** The documents of collection `collectionId` (all when empty) whose title or author holds `filter`, in `order`. */
export function shownDocuments(documents: readonly DocumentSummary[], { collectionId, filter, order }: { collectionId: string; filter: string; order: LibraryOrder }): DocumentSummary[] {
  const words = folded(filter).split(/\s+/u).filter((word) => word !== '');
  const matches = (document: DocumentSummary) => {
    const haystack = folded(`${document.title}\n${document.author ?? ''}`);
    return words.every((word) => haystack.includes(word));
  };
  const shown = documents.filter((document) => (collectionId === '' || document.collectionIds.includes(collectionId)) && matches(document));
  switch (order) {
    case 'title':
      return shown.sort(byTitle);
    // Oldest first, as an archive's box is read; undated documents last.
    case 'date':
      return shown.sort((a, b) => (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? '') || byTitle(a, b));
    case 'added':
      return shown.sort((a, b) => b.added.localeCompare(a.added) || byTitle(a, b));
  }
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
