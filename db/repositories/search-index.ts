/**
 * The full-text indexes (witness_text, annotation_text, person_text) asked which rows match, best first.
 * Every question takes a MATCH string built by core/search/query.ts from quoted terms only: user text is
 * never FTS5 syntax, and it reaches SQLite as a bound parameter.
 */
import { z } from 'zod';
import { preparedPerDb, type Db } from './prepared.js';

/** The witness of a hit, named as the results name it. */
interface HitWitness {
  witnessId: string;
  witnessLabel: string;
  documentId: string;
  documentTitle: string;
}

/** Where a text hit lives: enough to name it in the results and to find the words in its text. */
export interface MatchedWitness extends HitWitness {
  text: string;
}

interface MatchedAnnotationRow extends HitWitness {
  annotationId: string;
  holds: 0 | 1;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
  tagsJson: string;
}

const Tags = z.array(z.string());

const hitWitnessColumns = `w.id AS witnessId, w.label AS witnessLabel, w.document_id AS documentId, d.title AS documentTitle`;

// Inner joins: a document note has no witness, so it drops out here. `holds` spares reading the whole
// text into JavaScript for the common case of a passage still where it was; SQLite counts code points
// where the offsets count UTF-16 units, so a text with astral characters before the passage says 0,
// and the caller then anchors it properly.
const annotationColumns = `a.id AS annotationId, a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix,
  a.pos_start AS start, a.pos_end AS end, a.note AS note,
  substr(w.reading_text, a.pos_start + 1, a.pos_end - a.pos_start) = a.quote_exact AS holds,
  (SELECT json_group_array(tag ORDER BY position) FROM annotation_tags WHERE annotation_id = a.id) AS tagsJson,
  ${hitWitnessColumns}`;

/**
 * Matching rows ranked among at most this many, the newest: bm25 must score every row it ranks, and a
 * word in 40,000 notes took 80 ms to rank in the bench. A word in fewer rows is ranked exactly; one in
 * more is a word in nearly every row, which bm25 hardly tells apart anyway.
 */
export const RANKED_CANDIDATES = 1000;

/**
 * SQL for the best rows of an FTS5 table by bm25 (`key` the column asked for, `score` lower is better), among its newest
 * RANKED_CANDIDATES matches; binds the MATCH string, then the limit. FTS5 reads rows newest first and
 * stops, so only those are scored. The bench times this same query bare.
 */
export function rankedMatchesSql(table: 'witness_text' | 'annotation_text' | 'person_text', key: string): string {
  return `SELECT key, score FROM (
    SELECT ${key} AS key, bm25(${table}) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ${RANKED_CANDIDATES}
  ) ORDER BY score LIMIT ?`;
}

const statements = preparedPerDb((db) => ({
  witnessIds: db.prepare<[string, number], string>(`SELECT key FROM (${rankedMatchesSql('witness_text', 'witness_id')})`).pluck(),
  witnessIdsInDocument: db.prepare<[string, string, number], string>(
    `SELECT witness_id FROM witness_text JOIN witnesses w ON w.id = witness_text.witness_id
     WHERE witness_text MATCH ? AND w.document_id = ?
     ORDER BY witness_text.rank LIMIT ?`,
  ).pluck(),
  witness: db.prepare<[string], MatchedWitness>(`SELECT ${hitWitnessColumns}, w.reading_text AS text FROM witnesses w JOIN documents d ON d.id = w.document_id WHERE w.id = ?`),
  annotations: db.prepare<[string, number], MatchedAnnotationRow>(
    `SELECT ${annotationColumns}
     FROM (${rankedMatchesSql('annotation_text', 'rowid')}) AS hit
     JOIN annotations a ON a.n = hit.key JOIN witnesses w ON w.id = a.witness_id JOIN documents d ON d.id = a.document_id
     ORDER BY hit.score`,
  ),
  annotationsInDocument: db.prepare<[string, string, number], MatchedAnnotationRow>(
    `SELECT ${annotationColumns}
     FROM annotation_text JOIN annotations a ON a.n = annotation_text.rowid
       JOIN witnesses w ON w.id = a.witness_id JOIN documents d ON d.id = a.document_id
     WHERE annotation_text MATCH ? AND a.document_id = ?
     ORDER BY annotation_text.rank LIMIT ?`,
  ),
  people: db.prepare<[string, number], string>(`SELECT key FROM (${rankedMatchesSql('person_text', 'person_id')})`).pluck(),
}));

/**
 * Ids of the witnesses whose reading text matches, best first (bm25, among the newest RANKED_CANDIDATES
 * matches), at most `limit`; only `documentId`'s when given (ranked among all of them).
 */
export function witnessIdsMatching(db: Db, match: string, limit: number, documentId?: string): string[] {
  const s = statements(db);
  return documentId === undefined ? s.witnessIds.all(match, limit) : s.witnessIdsInDocument.all(match, documentId, limit);
}

/** The witness named and with its text, as a hit shows it, or undefined. Read one by one: a group fills before the list ends. */
export function matchedWitness(db: Db, witnessId: string): MatchedWitness | undefined {
  return statements(db).witness.get(witnessId);
}

/** Which of an annotation's indexed texts a search looks in: what the reader wrote and quoted, or its tags. */
export type AnnotationField = 'note' | 'tags';

const fieldFilter: Record<AnnotationField, string> = { note: '{quote note}', tags: 'tags' };

/** A passage annotation that matched, with what its hit shows. */
export interface MatchedAnnotation extends HitWitness {
  annotationId: string;
  /** Its quote is still at its stored offsets; when false, anchor it in the text to tell whether it is orphaned. */
  holds: boolean;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  note: string;
  tags: string[];
}

/**
 * The passage annotations whose note or quote (or tags) match, best first, at most `limit`; only
 * `documentId`'s when given. A document's own note has no passage to jump to and is not searched (it
 * is dropped after the limit: one a document at most, so the group may come a few short).
 */
export function annotationsMatching(db: Db, match: string, field: AnnotationField, limit: number, documentId?: string): MatchedAnnotation[] {
  const s = statements(db);
  // A column filter over the quoted terms, both ours: still no user text as syntax.
  const filtered = `${fieldFilter[field]} : (${match})`;
  const rows = documentId === undefined ? s.annotations.all(filtered, limit) : s.annotationsInDocument.all(filtered, documentId, limit);
  return rows.map(({ exact, prefix, suffix, start, end, tagsJson, holds, ...row }) => ({
    ...row,
    holds: holds === 1,
    quote: { exact, prefix, suffix },
    position: { start, end },
    tags: Tags.parse(JSON.parse(tagsJson)),
  }));
}

/** Ids of the people whose preferred name or an alias matches, best first, at most `limit`. */
export function personIdsMatchingQuery(db: Db, match: string, limit: number): string[] {
  return statements(db).people.all(match, limit);
}
