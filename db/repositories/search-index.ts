/**
 * The full-text indexes (witness_text, annotation_text, person_text) asked which rows match, best first.
 * Every question takes a MATCH string built by core/search/query.ts from quoted terms only: user text is
 * never FTS5 syntax, and it reaches SQLite as a bound parameter.
 */
import { preparedPerDb, type Db } from './prepared.js';

/** Where a text hit lives: enough to name it in the results and to find the words in its text. */
export interface MatchedWitness {
  witnessId: string;
  witnessLabel: string;
  documentId: string;
  documentTitle: string;
  text: string;
}

const witnessColumns = `w.id AS witnessId, w.label AS witnessLabel, w.document_id AS documentId, d.title AS documentTitle, w.reading_text AS text`;

// The texts are read only for the LIMIT rows the index ranks best, by the witnesses' primary key.
const statements = preparedPerDb((db) => ({
  witnesses: db.prepare<[string, number], MatchedWitness>(
    `SELECT ${witnessColumns}
     FROM (SELECT witness_id, rank FROM witness_text WHERE witness_text MATCH ? ORDER BY rank LIMIT ?) AS hit
     JOIN witnesses w ON w.id = hit.witness_id JOIN documents d ON d.id = w.document_id
     ORDER BY hit.rank`,
  ),
  witnessesInDocument: db.prepare<[string, string, number], MatchedWitness>(
    `SELECT ${witnessColumns}
     FROM witness_text JOIN witnesses w ON w.id = witness_text.witness_id JOIN documents d ON d.id = w.document_id
     WHERE witness_text MATCH ? AND w.document_id = ?
     ORDER BY witness_text.rank LIMIT ?`,
  ),
  annotations: db.prepare<[string, number], string>(
    `SELECT a.id FROM annotation_text JOIN annotations a ON a.n = annotation_text.rowid
     WHERE annotation_text MATCH ? AND a.kind = 'passage'
     ORDER BY annotation_text.rank LIMIT ?`,
  ).pluck(),
  annotationsInDocument: db.prepare<[string, string, number], string>(
    `SELECT a.id FROM annotation_text JOIN annotations a ON a.n = annotation_text.rowid
     WHERE annotation_text MATCH ? AND a.kind = 'passage' AND a.document_id = ?
     ORDER BY annotation_text.rank LIMIT ?`,
  ).pluck(),
  witness: db.prepare<[string], MatchedWitness>(
    `SELECT ${witnessColumns} FROM witnesses w JOIN documents d ON d.id = w.document_id WHERE w.id = ?`,
  ),
  people: db.prepare<[string, number], string>('SELECT person_id FROM person_text WHERE person_text MATCH ? ORDER BY rank LIMIT ?').pluck(),
}));

/** The witnesses whose reading text matches, best first (bm25), at most `limit`; only `documentId`'s when given. */
export function witnessesMatching(db: Db, match: string, limit: number, documentId?: string): MatchedWitness[] {
  const s = statements(db);
  return documentId === undefined ? s.witnesses.all(match, limit) : s.witnessesInDocument.all(match, documentId, limit);
}

/** The witness `witnessId` named and with its text as a hit shows it, or undefined. */
export function matchedWitness(db: Db, witnessId: string): MatchedWitness | undefined {
  return statements(db).witness.get(witnessId);
}

/** Which of an annotation's indexed texts a search looks in: what the reader wrote and quoted, or its tags. */
export type AnnotationField = 'note' | 'tags';

const fieldFilter: Record<AnnotationField, string> = { note: '{quote note}', tags: 'tags' };

/**
 * Ids of the passage annotations whose note or quote (or tags) match, best first, at most `limit`; only
 * `documentId`'s when given. A document's own note has no passage to jump to and is not searched.
 */
export function annotationIdsMatching(db: Db, match: string, field: AnnotationField, limit: number, documentId?: string): string[] {
  const s = statements(db);
  // A column filter over the quoted terms, both ours: still no user text as syntax.
  const filtered = `${fieldFilter[field]} : (${match})`;
  return documentId === undefined ? s.annotations.all(filtered, limit) : s.annotationsInDocument.all(filtered, documentId, limit);
}

/** Ids of the people whose preferred name or an alias matches, best first, at most `limit`. */
export function personIdsMatchingQuery(db: Db, match: string, limit: number): string[] {
  return statements(db).people.all(match, limit);
}
