/** The library a page at a time, ordered and filtered in the store (migration 015's library_rows). */
import type { CarrelService, DocumentSummary } from '../../core/api.js';
import { filterText, filterWords, titleKey } from '../../core/library/listing-keys.js';
import { dueLibraryRows, libraryCount, libraryPageIds, librarySize, putLibraryRow, type LibraryRow, type LibrarySelection } from '../repositories/library-rows.js';
import type { Db } from '../repositories/prepared.js';
import { listedSummary } from './documents.js';
import type { ServiceContext } from './context.js';

/** Rows written a transaction: the first listing of a large library that predates them waits for all, but never holds the writer long. */
const DUE_BATCH = 500;

const EVERY_DOCUMENT: LibrarySelection = { collectionId: null, words: [] };

/** listLibrary and openingDocument. */
export function libraryPagesService({ store }: ServiceContext): Pick<CarrelService, 'listLibrary' | 'openingDocument'> {
  const { db } = store;
  return {
    listLibrary: ({ order, collectionId, filter, offset, limit }) => {
      writeDueRows(db);
      const selection: LibrarySelection = { collectionId: collectionId ?? null, words: filterWords(filter ?? '') };
      return db.transaction(() => ({
        documents: libraryPageIds(db, selection, order, offset, limit).map((id) => summaryOf(db, id)),
        total: libraryCount(db, selection),
        size: librarySize(db),
      }))();
    },

    openingDocument: ({ documentId }) => {
      writeDueRows(db);
      return db.transaction(() => {
        const named = documentId === undefined ? undefined : listedSummary(db, documentId);
        if (named) return { document: named };
        const [first] = libraryPageIds(db, EVERY_DOCUMENT, 'date', 0, 1);
        return { document: first === undefined ? null : summaryOf(db, first) };
      })();
    },
  };
}

function summaryOf(db: Db, documentId: string): DocumentSummary {
  const summary = listedSummary(db, documentId);
  // Read in the same transaction as the page that named it.
  if (!summary) throw new Error(`Document ${documentId} is listed but not stored`);
  return summary;
}

/**
 * Writes the rows of documents added or changed since the library was last listed (triggers keep the
 * list). A store opened only to read is listed as its rows stand: the command line lists it whole.
 */
function writeDueRows(db: Db): void {
  if (db.readonly) return;
  const writeBatch = db.transaction((ids: readonly string[]) => {
    for (const id of ids) {
      const summary = listedSummary(db, id, { counts: false });
      if (summary) putLibraryRow(db, rowOf(summary));
    }
  });
  for (let due = dueLibraryRows(db, DUE_BATCH); due.length > 0; due = dueLibraryRows(db, DUE_BATCH)) writeBatch(due);
}

/** What the listing orders and filters a document by. */
function rowOf(summary: DocumentSummary): LibraryRow {
  return {
    documentId: summary.id,
    titleKey: titleKey(summary.title),
    date: summary.date === '' ? undefined : summary.date,
    added: summary.added,
    words: filterText(summary.title, summary.author),
  };
}
