/**
 * What the library's listing orders and filters by, as the store keeps it (db/repositories/library-rows.ts):
 * plain texts SQLite compares byte by byte, so that the order and the filter run in SQL over an index.
 */

/** A text folded for matching: case and accents ignored, as the search does. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Digits a number is padded to in a title's key: longer runs (a shelf mark's) keep their own order. */
const NUMBER_WIDTH = 12;

/**
 * A title's key for the library's order: folded, numbers padded to one width so that "Box 2" sorts
 * before "Box 10" as a reader expects, which byte order alone would not do.
 */
export function titleKey(title: string): string {
  return folded(title).replace(/\d+/gu, (digits) => digits.padStart(NUMBER_WIDTH, '0'));
}

/** What the library's filter looks in: a document's title and author, folded. */
export function filterText(title: string, author: string | undefined): string {
  return folded(`${title}\n${author ?? ''}`);
}

/** The words a document must hold, each somewhere in its filterText, for the filter `filter` to keep it. */
export function filterWords(filter: string): string[] {
  return folded(filter).split(/\s+/u).filter((word) => word !== '');
}
