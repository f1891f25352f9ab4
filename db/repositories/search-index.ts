/**
 * The full-text indexes (witness_text, annotation_text, annotation_tag_text, person_text) asked which
 * rows match, best first.
 * Every question takes a MATCH string built by core/search/query.ts from quoted terms only: user text is
 * never FTS5 syntax, and it reaches SQLite as a bound parameter.
 */
import type { ZoneBlock } from '../../core/search/zones.js';
import { preparedPerDb, type Db } from './prepared.js';

/** The witness of a hit, named as the results name it. */
interface HitWitness {
  witnessId: string;
  witnessLabel: string;
  documentId: string;
  documentTitle: string;
}

/** A witness whose text matched: its reading text comes along when short, else it is read when needed. */
export interface MatchedWitness extends HitWitness {
  /** Null for a text over EAGER_TEXT_BYTES: ask indexedText for it with `textRow`. */
  text: string | null;
  textRow: number;
}

/**
 * Texts up to this size come with their hit, in the same query (a few dozen of them cost less than a
 * query each); a longer one is read only if the group still needs hits when its turn comes.
 */
const EAGER_TEXT_BYTES = 64 * 1024;

interface MatchedAnnotationRow extends HitWitness {
  annotationId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note: string;
}

interface TaggedRow extends MatchedAnnotationRow {
  tagLines: string;
}

const hitWitnessColumns = `w.id AS witnessId, w.label AS witnessLabel, w.document_id AS documentId, d.title AS documentTitle`;

// A long text stays in SQLite: only its size is looked at, and JavaScript never copies it unless it is wanted.
const matchedWitnessColumns = `${hitWitnessColumns}, t.rowid AS textRow, CASE WHEN octet_length(t.text) <= ${EAGER_TEXT_BYTES} THEN t.text END AS text`;

// Inner joins: a document note has no witness, so it drops out here. Nothing here reads the witness's
// text: SQLite would load the whole of it for every note (and walk the original file before it), where
// the caller reads each witness's text once (readingTexts).
const annotationColumns = `a.id AS annotationId, a.quote_exact AS exact, a.quote_prefix AS prefix, a.quote_suffix AS suffix,
  a.pos_start AS start, a.pos_end AS end, a.note AS note, ${hitWitnessColumns}`;

/**
 * Matching rows ranked among at most this many, the newest: bm25 must score every row it ranks, and a
 * word in 40,000 notes took 80 ms to rank in the bench. A word in fewer rows is ranked exactly; one in
 * more is a word in nearly every row, which bm25 hardly tells apart anyway.
 */
export const RANKED_CANDIDATES = 1000;

/**
 * The full-text indexes behind the groups of results (text, notes, tags, people), in the order a search
 * asks them, and the column of each that names its row's owner (`rowid`: annotations.n).
 */
export const SEARCH_INDEX_OWNERS = { witness_text: 'witness_id', annotation_text: 'rowid', annotation_tag_text: 'rowid', person_text: 'person_id' } as const;

/** One of the full-text indexes. */
export type SearchIndex = keyof typeof SEARCH_INDEX_OWNERS;

/**
 * SQL for the best rows of a full-text index by bm25, as `n` (the index's rowid) and `score` (lower is
 * better), among its newest RANKED_CANDIDATES matches; binds the MATCH string, then the limit. FTS5
 * reads rows newest first and stops, so only those are scored; it scores them from the index alone,
 * so nothing is read from the rows until the winners are known.
 */
function rankedMatchesSql(table: SearchIndex): string {
  return `SELECT n, score FROM (
    SELECT rowid AS n, bm25(${table}) AS score FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ${RANKED_CANDIDATES}
  ) ORDER BY score LIMIT ?`;
}

/**
 * SQL for the owners' ids (witness, annotations.n, person) of an index's best rows, best first: the
 * bare question each group of a search starts from, which the bench times beside the whole search.
 */
export function rankedOwnersSql(table: SearchIndex): string {
  const owner = SEARCH_INDEX_OWNERS[table];
  if (owner === 'rowid') return `SELECT n FROM (${rankedMatchesSql(table)})`;
  return `SELECT row.${owner} FROM (${rankedMatchesSql(table)}) AS hit JOIN ${table} AS row ON row.rowid = hit.n ORDER BY hit.score`;
}

/** The search indexes, in the order a search asks them. */
export const SEARCH_INDEXES = Object.keys(SEARCH_INDEX_OWNERS) as SearchIndex[];

/** What an annotation hit is read with: its row, its witness and document named, joined to `hit` (n, score). */
const annotationHitsFrom = (hits: string, withTags: boolean) => `SELECT ${annotationColumns}${withTags ? ', tagged.tags AS tagLines' : ''}
  FROM ${hits}${withTags ? ' JOIN annotation_tag_text tagged ON tagged.rowid = hit.n' : ''}
    JOIN annotations a ON a.n = hit.n JOIN witnesses w ON w.id = a.witness_id JOIN documents d ON d.id = a.document_id`;

/** Annotation hits from the best rows of an index (its tags as the index holds them, a line each in order, for annotation_tag_text). */
const bestAnnotationHits = (table: 'annotation_text' | 'annotation_tag_text') =>
  `${annotationHitsFrom(`(${rankedMatchesSql(table)}) AS hit`, table === 'annotation_tag_text')} ORDER BY hit.score`;

/** The same within one document: its matches ranked among themselves, however many the library holds. */
const annotationHitsInDocument = (table: 'annotation_text' | 'annotation_tag_text') =>
  `${annotationHitsFrom(`(SELECT rowid AS n, rank AS score FROM ${table} WHERE ${table} MATCH ?) AS hit`, table === 'annotation_tag_text')}
   WHERE a.document_id = ? ORDER BY hit.score LIMIT ?`;

/**
 * Matches counted up to this many, and one more to say there are more: counting every row of a word in
 * 100,000 notes cost ten times the rest of the search in the bench.
 */
export const COUNTED_UP_TO = RANKED_CANDIDATES;

/** SQL counting the rows of `rows` (a SELECT), up to COUNTED_UP_TO + 1. */
const countSql = (rows: string) => `SELECT count(*) FROM (${rows} LIMIT ${COUNTED_UP_TO + 1})`;

/** SQL for the passage annotations an index matches (a document's own note is not searched), in the document @document when it is not null. */
const annotationRowsSql = (table: 'annotation_text' | 'annotation_tag_text') =>
  `SELECT 1 FROM ${table} hit JOIN annotations a ON a.n = hit.rowid
   WHERE ${table} MATCH @match AND a.witness_id IS NOT NULL AND (@document IS NULL OR a.document_id = @document)`;

/**
 * SQL for every group's count in one statement, one step instead of four a search; `witnessRows` says
 * which transcriptions count. Binds the MATCH string as @match and the document (or null) as @document.
 */
const matchCountsSql = (witnessRows: string) => `SELECT
  (${countSql(witnessRows)}) AS transcriptions,
  (${countSql(annotationRowsSql('annotation_text'))}) AS notes,
  (${countSql(annotationRowsSql('annotation_tag_text'))}) AS tags,
  (${countSql('SELECT 1 FROM person_text WHERE person_text MATCH @match')}) AS people`;

/** How many of each group match, as matchCounts answers. */
interface MatchCounts {
  transcriptions: number;
  notes: number;
  tags: number;
  people: number;
}

const statements = preparedPerDb((db) => ({
  witnesses: db.prepare<[string, number], MatchedWitness>(
    `SELECT ${matchedWitnessColumns}
     FROM (${rankedMatchesSql('witness_text')}) AS hit JOIN witness_text t ON t.rowid = hit.n
       JOIN witnesses w ON w.id = t.witness_id JOIN documents d ON d.id = w.document_id
     ORDER BY hit.score`,
  ),
  witnessesInDocument: db.prepare<[string, string, number], MatchedWitness>(
    `SELECT ${matchedWitnessColumns}
     FROM witness_text t JOIN witnesses w ON w.id = t.witness_id JOIN documents d ON d.id = w.document_id
     WHERE witness_text MATCH ? AND w.document_id = ?
     ORDER BY t.rank LIMIT ?`,
  ),
  notes: db.prepare<[string, number], MatchedAnnotationRow>(bestAnnotationHits('annotation_text')),
  notesInDocument: db.prepare<[string, string, number], MatchedAnnotationRow>(annotationHitsInDocument('annotation_text')),
  tags: db.prepare<[string, number], TaggedRow>(bestAnnotationHits('annotation_tag_text')),
  tagsInDocument: db.prepare<[string, string, number], TaggedRow>(annotationHitsInDocument('annotation_tag_text')),
  people: db.prepare<[string, number], string>(rankedOwnersSql('person_text')).pluck(),
  witness: db.prepare<[string, string], MatchedWitness>(
    `SELECT ${matchedWitnessColumns}
     FROM witness_text t JOIN witnesses w ON w.id = t.witness_id JOIN documents d ON d.id = w.document_id
     WHERE witness_text MATCH ? AND t.witness_id = ?`,
  ),
  counts: db.prepare<[{ match: string; document: null }], MatchCounts>(matchCountsSql('SELECT 1 FROM witness_text WHERE witness_text MATCH @match')),
  countsInDocument: db.prepare<[{ match: string; document: string }], MatchCounts>(
    matchCountsSql('SELECT 1 FROM witness_text t JOIN witnesses w ON w.id = t.witness_id WHERE witness_text MATCH @match AND w.document_id = @document'),
  ),
  // Only the blocks outside the text, read by SQLite from the JSON: the rest of a long text's blocks never reach JavaScript.
  zoneBlocks: db.prepare<[string], ZoneBlock & { witnessId: string }>(
    `SELECT w.id AS witnessId, json_extract(block.value, '$.kind') AS zone, json_extract(block.value, '$.start') AS start, json_extract(block.value, '$.end') AS end
     FROM witnesses w, json_each(w.blocks_json) AS block
     WHERE w.id IN (SELECT value FROM json_each(?)) AND json_extract(block.value, '$.kind') IN ('record', 'furniture')
     ORDER BY w.id, start`,
  ),
  indexedText: db.prepare<[number], string>('SELECT text FROM witness_text WHERE rowid = ?').pluck(),
  readingTexts: db.prepare<[string], { id: string; text: string }>('SELECT id, reading_text AS text FROM witnesses WHERE id IN (SELECT value FROM json_each(?))'),
}));

/**
 * The witnesses whose reading text matches, best first (bm25, among the newest RANKED_CANDIDATES
 * matches), at most `limit`, named as a hit names them and with their texts when short; only
 * `documentId`'s when given (ranked among all of them).
 */
export function witnessesMatching(db: Db, match: string, limit: number, documentId?: string): MatchedWitness[] {
  const s = statements(db);
  return documentId === undefined ? s.witnesses.all(match, limit) : s.witnessesInDocument.all(match, documentId, limit);
}

/** The witness `witnessId` as witnessesMatching names it, or undefined when its text does not match. */
export function witnessMatching(db: Db, match: string, witnessId: string): MatchedWitness | undefined {
  return statements(db).witness.get(match, witnessId);
}

/** How many of everything match, exactly up to COUNTED_UP_TO (more is COUNTED_UP_TO + 1): transcriptions, passage notes and tags (only `documentId`'s when given), people. */
export function matchCounts(db: Db, match: string, documentId?: string): MatchCounts {
  const s = statements(db);
  const counts = documentId === undefined ? s.counts.get({ match, document: null }) : s.countsInDocument.get({ match, document: documentId });
  return counts ?? { transcriptions: 0, notes: 0, tags: 0, people: 0 };
}

/** The record and furniture blocks of these witnesses, by witness, in text order; a witness without any is absent. */
export function zoneBlocks(db: Db, witnessIds: Iterable<string>): Map<string, ZoneBlock[]> {
  const found = new Map<string, ZoneBlock[]>();
  for (const { witnessId, ...block } of statements(db).zoneBlocks.all(JSON.stringify([...new Set(witnessIds)]))) {
    const blocks = found.get(witnessId) ?? [];
    blocks.push(block);
    found.set(witnessId, blocks);
  }
  return found;
}

/**
 * A matched witness's reading text as the index holds it (the same text): read there rather than from
 * the witness, whose row keeps the whole original file before it.
 */
export function indexedText(db: Db, textRow: number): string | undefined {
  return statements(db).indexedText.get(textRow);
}

/** The reading texts of these witnesses, by id, in one query: the texts that matched annotations are on. */
export function readingTexts(db: Db, witnessIds: Iterable<string>): Map<string, string> {
  const rows = statements(db).readingTexts.all(JSON.stringify([...new Set(witnessIds)]));
  return new Map(rows.map((row) => [row.id, row.text]));
}

/** A passage annotation that matched, with what its hit shows. */
export interface MatchedAnnotation extends HitWitness {
  annotationId: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  note: string;
}

/** An annotation whose tags matched, with its tags in order. */
export interface MatchedTags extends MatchedAnnotation {
  tags: string[];
}

/**
 * The passage annotations whose note or quote match, best first, at most `limit`; only `documentId`'s
 * when given. A document's own note has no passage to jump to and is not searched (it is dropped after
 * the limit: one a document at most, so the group may come a few short).
 */
export function notesMatching(db: Db, match: string, limit: number, documentId?: string): MatchedAnnotation[] {
  const s = statements(db);
  return (documentId === undefined ? s.notes.all(match, limit) : s.notesInDocument.all(match, documentId, limit)).map(matchedAnnotation);
}

/** The passage annotations whose tags match, as notesMatching has it. */
export function tagsMatching(db: Db, match: string, limit: number, documentId?: string): MatchedTags[] {
  const s = statements(db);
  const rows = documentId === undefined ? s.tags.all(match, limit) : s.tagsInDocument.all(match, documentId, limit);
  // A tag never holds a line break (the schema's CHECK), so the lines are the tags.
  return rows.map((row) => ({ ...matchedAnnotation(row), tags: row.tagLines.split('\n') }));
}

function matchedAnnotation(row: MatchedAnnotationRow): MatchedAnnotation {
  return {
    annotationId: row.annotationId,
    witnessId: row.witnessId,
    witnessLabel: row.witnessLabel,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { start: row.start, end: row.end },
    note: row.note,
  };
}

/** Ids of the people whose preferred name or an alias matches, best first, at most `limit`. */
export function personIdsMatchingQuery(db: Db, match: string, limit: number): string[] {
  return statements(db).people.all(match, limit);
}
