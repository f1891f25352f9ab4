/**
 * The library_rows table (migration 015): each document as the library's listing orders and filters it,
 * so that a page of the library is read from an index, whatever the library's size.
 */
import type { LibraryOrder } from '../../core/api.js';
import { preparedPerDb, type Db } from './prepared.js';

/** A document's row: the keys of core/library/listing-keys.ts. */
export interface LibraryRow {
  documentId: string;
  titleKey: string;
  date: string | undefined;
  added: string;
  words: string;
}

/** Which documents to list: one collection's or all (null), those holding every word (folded) of `words`. */
export interface LibrarySelection {
  collectionId: string | null;
  words: readonly string[];
}

// A document is kept when the collection is any or holds it, and no word of the filter is missing from its
// words (the words come as a JSON array, so that one statement serves any number of them).
const SELECTED = `(@collection IS NULL OR EXISTS (SELECT 1 FROM collection_documents m WHERE m.collection_id = @collection AND m.document_id = r.document_id))
  AND NOT EXISTS (SELECT 1 FROM json_each(@words) w WHERE instr(r.words, w.value) = 0)`;

// The orders are the indexes' of migration 015; the id last breaks ties, so pages never overlap.
const ORDERS: Record<LibraryOrder, string> = {
  title: 'r.title_key, r.document_id',
  // Oldest first, as an archive's box is read; undated documents last.
  date: 'r.date IS NULL, r.date, r.title_key, r.document_id',
  added: 'r.added DESC, r.title_key, r.document_id',
};

const page = (order: LibraryOrder) => `SELECT r.document_id FROM library_rows r WHERE ${SELECTED} ORDER BY ${ORDERS[order]} LIMIT @limit OFFSET @offset`;

interface PageParams {
  collection: string | null;
  words: string;
  limit: number;
  offset: number;
}

const statements = preparedPerDb((db) => ({
  pages: {
    title: db.prepare<[PageParams], string>(page('title')).pluck(),
    date: db.prepare<[PageParams], string>(page('date')).pluck(),
    added: db.prepare<[PageParams], string>(page('added')).pluck(),
  } satisfies Record<LibraryOrder, unknown>,
  count: db.prepare<[Omit<PageParams, 'limit' | 'offset'>], number>(`SELECT count(*) FROM library_rows r WHERE ${SELECTED}`).pluck(),
  size: db.prepare<[], number>('SELECT count(*) FROM documents').pluck(),
  due: db.prepare<[number], string>('SELECT document_id FROM library_rows_due LIMIT ?').pluck(),
  put: db.prepare<[{ document_id: string; title_key: string; date: string | null; added: string; words: string }]>(
    `INSERT INTO library_rows (document_id, title_key, date, added, words) VALUES (@document_id, @title_key, @date, @added, @words)
     ON CONFLICT (document_id) DO UPDATE SET title_key = excluded.title_key, date = excluded.date, added = excluded.added, words = excluded.words`,
  ),
  done: db.prepare<[string]>('DELETE FROM library_rows_due WHERE document_id = ?'),
}));

const params = ({ collectionId, words }: LibrarySelection) => ({ collection: collectionId, words: JSON.stringify(words) });

/** The ids of the selected documents from `offset` (from 0), at most `limit`, in `order`. */
export function libraryPageIds(db: Db, selection: LibrarySelection, order: LibraryOrder, offset: number, limit: number): string[] {
  return statements(db).pages[order].all({ ...params(selection), offset, limit });
}

/** How many documents the selection holds. */
export function libraryCount(db: Db, selection: LibrarySelection): number {
  return statements(db).count.get(params(selection)) ?? 0;
}

/** How many documents the library holds. */
export function librarySize(db: Db): number {
  return statements(db).size.get() ?? 0;
}

/** Up to `limit` documents whose rows are due to be written (new, or their witnesses or corrections changed). */
export function dueLibraryRows(db: Db, limit: number): string[] {
  return statements(db).due.all(limit);
}

/** Writes a document's row, and takes it off the due list. */
export function putLibraryRow(db: Db, row: LibraryRow): void {
  const s = statements(db);
  s.put.run({ document_id: row.documentId, title_key: row.titleKey, date: row.date ?? null, added: row.added, words: row.words });
  s.done.run(row.documentId);
}
