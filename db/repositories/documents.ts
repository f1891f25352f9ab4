/** The documents table: one row a document, whatever its witnesses. */
import { DocumentMeta } from '../../core/document/model.js';
import { preparedPerDb, type Db } from './prepared.js';

/** A document as stored. `meta` is its witnesses' metadata merged as of the last import. */
export interface DocumentRecord {
  id: string;
  key: string | undefined;
  title: string;
  meta: DocumentMeta;
  createdAt: string;
}

interface DocumentRow {
  id: string;
  key: string | null;
  title: string;
  meta_json: string;
  created_at: string;
}

const columns = 'id, key, title, meta_json, created_at';

// Undated documents last, then by title; created_at keeps the order stable for equal titles.
const LIBRARY_ORDER = "ORDER BY json_extract(meta_json, '$.date') IS NULL, json_extract(meta_json, '$.date'), title, created_at, id";

const statements = preparedPerDb((db) => ({
  all: db.prepare<[], DocumentRow>(`SELECT ${columns} FROM documents ${LIBRARY_ORDER}`),
  heads: db.prepare<[], DocumentHead>(`SELECT id, title, created_at AS createdAt FROM documents ${LIBRARY_ORDER}`),
  byId: db.prepare<[string], DocumentRow>(`SELECT ${columns} FROM documents WHERE id = ?`),
  headById: db.prepare<[string], DocumentHead>('SELECT id, title, created_at AS createdAt FROM documents WHERE id = ?'),
  byKey: db.prepare<[string], DocumentRow>(`SELECT ${columns} FROM documents WHERE key = ?`),
  any: db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM documents)').pluck(),
  insert: db.prepare<[DocumentRow]>(
    'INSERT INTO documents (id, key, title, meta_json, created_at) VALUES (@id, @key, @title, @meta_json, @created_at)',
  ),
  updateMeta: db.prepare<[{ id: string; title: string; meta_json: string }]>(
    'UPDATE documents SET title = @title, meta_json = @meta_json WHERE id = @id',
  ),
  setTitle: db.prepare<[string, string]>('UPDATE documents SET title = ? WHERE id = ?'),
  delete: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
}));

// Apart from the rest: tests fill stores at schemas from before annotations with insertDocument.
const countStatements = preparedPerDb((db) => ({
  // Kept by triggers (migration 013): counting a million annotations afresh was most of the library's opening.
  noteCounts: db.prepare<[], { documentId: string; count: number }>('SELECT document_id AS documentId, count FROM document_note_counts WHERE count > 0'),
  noteCount: db.prepare<[string], number>('SELECT count(*) FROM annotations WHERE document_id = ?').pluck(),
}));

/** Every document, by date (undated last), then title. */
export function allDocuments(db: Db): DocumentRecord[] {
  return statements(db).all.all().map(toRecord);
}

/** A document as the library lists it: its own row, its metadata coming from its witnesses. */
export type DocumentHead = Pick<DocumentRecord, 'id' | 'title' | 'createdAt'>;

/** Every document's head, in allDocuments' order, without reading its merged metadata. */
export function allDocumentHeads(db: Db): DocumentHead[] {
  return statements(db).heads.all();
}

/** The document with this id, or undefined. */
export function documentById(db: Db, id: string): DocumentRecord | undefined {
  const row = statements(db).byId.get(id);
  return row && toRecord(row);
}

/** The head of the document with this id, or undefined. */
export function documentHeadById(db: Db, id: string): DocumentHead | undefined {
  return statements(db).headById.get(id);
}

/** The document whose witnesses share this documentKey, or undefined. */
export function documentByKey(db: Db, key: string): DocumentRecord | undefined {
  const row = statements(db).byKey.get(key);
  return row && toRecord(row);
}

/** True when the store holds at least one document. */
export function hasDocuments(db: Db): boolean {
  return statements(db).any.get() === 1;
}

/** Adds a document; the schema refuses an empty title or a key already taken. */
export function insertDocument(db: Db, document: DocumentRecord): void {
  statements(db).insert.run({
    id: document.id,
    key: document.key ?? null,
    title: document.title,
    meta_json: JSON.stringify(document.meta),
    created_at: document.createdAt,
  });
}

/** Replaces a document's title and merged metadata (after a witness joined it). */
export function updateDocumentMeta(db: Db, id: string, title: string, meta: DocumentMeta): void {
  statements(db).updateMeta.run({ id, title, meta_json: JSON.stringify(meta) });
}

/** Sets the title everything shows (search results, a person's passages); false for an unknown id. */
export function setDocumentTitle(db: Db, id: string, title: string): boolean {
  return statements(db).setTitle.run(title, id).changes === 1;
}

/**
 * Deletes a document row, and with it (ON DELETE CASCADE) its witnesses, annotations, collection places,
 * roles, corrections and history; false for an unknown id. The schema refuses it while a note still
 * points at one of its witnesses from elsewhere, which cannot happen.
 */
export function deleteDocumentRow(db: Db, id: string): boolean {
  return statements(db).delete.run(id).changes === 1;
}

/** How many annotations each document holds (the note on the whole document included); documents with none are absent. */
export function noteCountsByDocument(db: Db): Map<string, number> {
  return new Map(countStatements(db).noteCounts.all().map(({ documentId, count }) => [documentId, count]));
}

/** How many annotations one document holds. */
export function noteCountOf(db: Db, id: string): number {
  return countStatements(db).noteCount.get(id) ?? 0;
}

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    key: row.key ?? undefined,
    title: row.title,
    meta: DocumentMeta.parse(JSON.parse(row.meta_json)),
    createdAt: row.created_at,
  };
}
