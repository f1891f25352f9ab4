/** The collections and collection_documents tables: named sets of documents, each document in its place. */
import type { Collection } from '../../core/api.js';
import { preparedPerDb, type Db } from './prepared.js';

/** A document's place in a collection. */
export interface Membership {
  collectionId: string;
  position: number;
}

const columns = `id, name, created_at AS created, (SELECT count(*) FROM collection_documents WHERE collection_id = collections.id) AS documentCount`;

const statements = preparedPerDb((db) => ({
  all: db.prepare<[], Collection>(`SELECT ${columns} FROM collections ORDER BY name COLLATE NOCASE, name, id`),
  byId: db.prepare<[string], Collection>(`SELECT ${columns} FROM collections WHERE id = ?`),
  insert: db.prepare<[string, string, string]>('INSERT INTO collections (id, name, created_at) VALUES (?, ?, ?)'),
  rename: db.prepare<[string, string]>('UPDATE collections SET name = ? WHERE id = ?'),
  delete: db.prepare<[string]>('DELETE FROM collections WHERE id = ?'),
  documents: db.prepare<[string], string>('SELECT document_id FROM collection_documents WHERE collection_id = ? ORDER BY position').pluck(),
  memberships: db.prepare<[], { documentId: string; collectionId: string }>(
    'SELECT document_id AS documentId, collection_id AS collectionId FROM collection_documents ORDER BY document_id, collection_id',
  ),
  ofDocument: db.prepare<[string], Membership>(
    'SELECT collection_id AS collectionId, position FROM collection_documents WHERE document_id = ? ORDER BY collection_id',
  ),
  positionTaken: db.prepare<[string, number], number>('SELECT EXISTS (SELECT 1 FROM collection_documents WHERE collection_id = ? AND position = ?)').pluck(),
  nextPosition: db.prepare<[string], number>('SELECT coalesce(max(position) + 1, 0) FROM collection_documents WHERE collection_id = ?').pluck(),
  add: db.prepare<[string, string, number]>(
    'INSERT INTO collection_documents (collection_id, document_id, position) VALUES (?, ?, ?) ON CONFLICT (collection_id, document_id) DO NOTHING',
  ),
  remove: db.prepare<[string, string]>('DELETE FROM collection_documents WHERE collection_id = ? AND document_id = ?'),
}));

/** Every collection with how many documents it holds, by name whatever its case. */
export function allCollections(db: Db): Collection[] {
  return statements(db).all.all();
}

/** The collection with this id, or undefined. */
export function collectionById(db: Db, id: string): Collection | undefined {
  return statements(db).byId.get(id);
}

/** Adds an empty collection; the schema refuses a name already taken (ASCII case folded) or not one line. */
export function insertCollection(db: Db, collection: { id: string; name: string; created: string }): void {
  statements(db).insert.run(collection.id, collection.name, collection.created);
}

/** Renames a collection; false for an unknown id. */
export function renameCollectionRow(db: Db, id: string, name: string): boolean {
  return statements(db).rename.run(name, id).changes === 1;
}

/** Deletes a collection (its documents stay in the library); false for an unknown id. */
export function deleteCollectionRow(db: Db, id: string): boolean {
  return statements(db).delete.run(id).changes === 1;
}

/** The ids of a collection's documents, in the order they were put in it. */
export function documentsOfCollection(db: Db, collectionId: string): string[] {
  return statements(db).documents.all(collectionId);
}

/** The ids of the collections each document is in; documents in none are absent. */
export function collectionIdsByDocument(db: Db): Map<string, string[]> {
  const byDocument = new Map<string, string[]>();
  for (const { documentId, collectionId } of statements(db).memberships.all()) {
    byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), collectionId]);
  }
  return byDocument;
}

/** The collections a document is in, with its place in each. */
export function membershipsOf(db: Db, documentId: string): Membership[] {
  return statements(db).ofDocument.all(documentId);
}

/**
 * Puts a document in a collection at `position` (after the last document when absent or taken); a
 * document already there stays where it is. Answers false when it was already there.
 */
export function addMembership(db: Db, collectionId: string, documentId: string, position?: number): boolean {
  const s = statements(db);
  const free = position !== undefined && s.positionTaken.get(collectionId, position) === 0;
  const at = free ? position : (s.nextPosition.get(collectionId) ?? 0);
  return s.add.run(collectionId, documentId, at).changes === 1;
}

/** Takes a document out of a collection; false when it was not in it. */
export function removeMembership(db: Db, collectionId: string, documentId: string): boolean {
  return statements(db).remove.run(collectionId, documentId).changes === 1;
}
