/**
 * The trashed_witnesses table: the witnesses of a deleted document, exactly as they were, held by the
 * change that deleted them (its seq) while that change is in force.
 */
import { preparedPerDb, type Db } from './prepared.js';

const witnessColumns = `id, document_id, position, file_name, source, label, original, sha256, part, encoding,
  reading_text, blocks_json, marks_json, meta_json, created_at`;

const statements = preparedPerDb((db) => ({
  trash: db.prepare<[number, string]>(
    `INSERT INTO trashed_witnesses (change_seq, ${witnessColumns}) SELECT ?, ${witnessColumns} FROM witnesses WHERE document_id = ? ORDER BY position`,
  ),
  restore: db.prepare<[number]>(`INSERT INTO witnesses (${witnessColumns}) SELECT ${witnessColumns} FROM trashed_witnesses WHERE change_seq = ? ORDER BY position`),
  forget: db.prepare<[number]>('DELETE FROM trashed_witnesses WHERE change_seq = ?'),
  count: db.prepare<[number], number>('SELECT count(*) FROM trashed_witnesses WHERE change_seq = ?').pluck(),
}));

/**
 * Copies a document's witnesses, original bytes and all, into the trash under the change `seq` that is
 * deleting it; answers how many. The caller then deletes the document.
 */
export function trashWitnesses(db: Db, seq: number, documentId: string): number {
  return statements(db).trash.run(seq, documentId).changes;
}

/**
 * Moves the witnesses trashed by change `seq` back (their document must be back first; the search index
 * follows by its triggers); answers how many.
 */
export function restoreTrashedWitnesses(db: Db, seq: number): number {
  const s = statements(db);
  const restored = s.restore.run(seq).changes;
  s.forget.run(seq);
  return restored;
}

/** How many witnesses change `seq` holds in the trash. */
export function trashedWitnessCount(db: Db, seq: number): number {
  return statements(db).count.get(seq) ?? 0;
}
