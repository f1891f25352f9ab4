/** The document_edits table: what the reader corrected in a document's information, field by field. */
import { MetaEdits } from '../../core/document/meta-edits.js';
import { preparedPerDb, type Db } from './prepared.js';

/** A document's corrections and when they were last made. */
export interface StoredEdits {
  edits: MetaEdits;
  editedAt: string;
}

const statements = preparedPerDb((db) => ({
  get: db.prepare<[string], { meta_json: string; edited_at: string }>('SELECT meta_json, edited_at FROM document_edits WHERE document_id = ?'),
  all: db.prepare<[], { document_id: string; meta_json: string }>('SELECT document_id, meta_json FROM document_edits'),
  put: db.prepare<[string, string, string]>(
    `INSERT INTO document_edits (document_id, meta_json, edited_at) VALUES (?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET meta_json = excluded.meta_json, edited_at = excluded.edited_at`,
  ),
  clear: db.prepare<[string]>('DELETE FROM document_edits WHERE document_id = ?'),
}));

/** The reader's corrections of a document, or undefined when they made none. */
export function editsOf(db: Db, documentId: string): StoredEdits | undefined {
  const row = statements(db).get.get(documentId);
  return row && { edits: MetaEdits.parse(JSON.parse(row.meta_json)), editedAt: row.edited_at };
}

/** Every document's corrections, by document id: for listing the library in one read. */
export function allEdits(db: Db): Map<string, MetaEdits> {
  return new Map(statements(db).all.all().map((row) => [row.document_id, MetaEdits.parse(JSON.parse(row.meta_json))]));
}

/** Stores a document's corrections (none: forgets them). The schema refuses an empty title and an unknown document. */
export function putEdits(db: Db, documentId: string, stored: StoredEdits | undefined): void {
  const s = statements(db);
  if (!stored || Object.keys(stored.edits).length === 0) s.clear.run(documentId);
  else s.put.run(documentId, JSON.stringify(stored.edits), stored.editedAt);
}
