/**
 * The annotations table, its tags and its people: passage annotations on a witness and the one note a
 * document may have, read and written as the `Annotation` of core/annotation/model.ts.
 */
import type { Annotation, AnnotationTarget, LinkedEntity, Motivation } from '../../core/annotation/model.js';
import type Database from 'better-sqlite3';
import { preparedPerDb, type Db } from './prepared.js';

interface AnnotationRow {
  id: string;
  document_id: string;
  kind: 'passage' | 'document';
  witness_id: string | null;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  pos_start: number | null;
  pos_end: number | null;
  motivation: Motivation;
  note: string;
  category: string;
  creator: string;
  created_at: string;
  modified_at: string;
}

/** The columns of a passage row that painting reads (paintedAnnotationsOfWitness); a witness's rows are all passages. */
type PaintedRow = Pick<PassageRow, 'id' | 'witness_id' | 'quote_exact' | 'quote_prefix' | 'quote_suffix' | 'pos_start' | 'pos_end' | 'motivation' | 'category' | 'created_at' | 'people_json'>;

/** A row as read: its tags, people and linked entities come along as JSON arrays, in the reader's order. */
interface ReadRow extends AnnotationRow {
  tags_json: string;
  people_json: string;
  entities_json: string;
}

const columns = `id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end,
  motivation, note, category, creator, created_at, modified_at,
  (SELECT json_group_array(tag ORDER BY position) FROM annotation_tags WHERE annotation_id = annotations.id) AS tags_json,
  (SELECT json_group_array(person_id ORDER BY position) FROM annotation_people WHERE annotation_id = annotations.id) AS people_json,
  (SELECT json_group_array(json_object('uri', uri, 'label', label) ORDER BY position) FROM annotation_entities WHERE annotation_id = annotations.id) AS entities_json`;

// Apart from the rest, which older schemas have: these name migration 012's table, and stores at
// schema 6 and 7 are tested with insertAnnotation.
const rowStatements = preparedPerDb((db) => ({
  ofWitness: db.prepare<[string], ReadRow>(`SELECT ${columns} FROM annotations WHERE witness_id = ? ORDER BY pos_start, pos_end, created_at, id`),
  byId: db.prepare<[string], ReadRow>(`SELECT ${columns} FROM annotations WHERE id = ?`),
  // The ids come as a JSON list: one statement for a panel's worth of cards.
  ofWitnessAmong: db.prepare<[string, string], ReadRow>(
    `SELECT ${columns} FROM annotations WHERE witness_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY pos_start, pos_end, created_at, id`,
  ),
  documentNote: db.prepare<[string], ReadRow>(`SELECT ${columns} FROM annotations WHERE document_id = ? AND kind = 'document'`),
  taggedWith: db.prepare<[string], ReadRow>(
    `SELECT ${columns} FROM annotations
     WHERE id IN (SELECT annotation_id FROM annotation_people WHERE person_id = ?)
     ORDER BY document_id, witness_id, pos_start, pos_end, created_at, id`,
  ),
  entities: db.prepare<[string], { uri: string; label: string | null }>('SELECT uri, label FROM annotation_entities WHERE annotation_id = ? ORDER BY position'),
  clearEntities: db.prepare<[string]>('DELETE FROM annotation_entities WHERE annotation_id = ?'),
  addEntity: db.prepare<[string, number, string, string | null]>('INSERT INTO annotation_entities (annotation_id, position, uri, label) VALUES (?, ?, ?, ?)'),
}));

// No note, tags or creator: what painting needs is a fraction of each row.
const paintedColumns = `id, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, motivation, category, created_at,
  (SELECT json_group_array(person_id ORDER BY position) FROM annotation_people WHERE annotation_id = annotations.id) AS people_json`;
const inStoredOrder = 'ORDER BY pos_start, pos_end, created_at, id';

const statements = preparedPerDb((db) => ({
  exists: db.prepare<[string], number>('SELECT 1 FROM annotations WHERE id = ?').pluck(),
  among: db.prepare<[string], string>('SELECT id FROM annotations WHERE id IN (SELECT value FROM json_each(?))').pluck(),
  paintedOfWitness: db.prepare<[string], PaintedRow>(`SELECT ${paintedColumns} FROM annotations WHERE witness_id = ? ${inStoredOrder}`),
  outlinedOfWitness: db.prepare<[string], PaintedRow & { tags_json: string }>(
    `SELECT ${paintedColumns}, (SELECT json_group_array(tag ORDER BY position) FROM annotation_tags WHERE annotation_id = annotations.id) AS tags_json
     FROM annotations WHERE witness_id = ? ${inStoredOrder}`,
  ),
  textsOfWitness: db.prepare<[string], { id: string; quote_exact: string; note: string; tags_json: string }>(
    `SELECT id, quote_exact, note, (SELECT json_group_array(tag ORDER BY position) FROM annotation_tags WHERE annotation_id = annotations.id) AS tags_json
     FROM annotations WHERE witness_id = ?`,
  ),
  // Over [start, end): the witness's rows are scanned, but only those few are read out and anchored.
  paintedOver: db.prepare<[string, number, number], PaintedRow>(
    `SELECT ${paintedColumns} FROM annotations WHERE witness_id = ? AND pos_start < ? AND pos_end > ? ${inStoredOrder}`,
  ),
  // Positional: an import binds thousands of rows, and named parameters took twice as long to bind.
  insert: db.prepare<RowValues>(
    `INSERT INTO annotations (id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end,
                              motivation, note, category, creator, created_at, modified_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  // Many annotations' tags or people in one statement, from a JSON list of [annotation id, value, position]:
  // a statement run per row cost more to call than SQLite took to store the row.
  addTagList: db.prepare<[string]>('INSERT INTO annotation_tags (annotation_id, tag, position) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)'),
  addPersonList: db.prepare<[string]>('INSERT INTO annotation_people (annotation_id, person_id, position) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)'),
  // id, document_id and kind are not set: the schema keeps them for the annotation's life.
  update: db.prepare<[AnnotationRow]>(
    `UPDATE annotations SET witness_id = @witness_id, quote_exact = @quote_exact, quote_prefix = @quote_prefix,
       quote_suffix = @quote_suffix, pos_start = @pos_start, pos_end = @pos_end, motivation = @motivation, note = @note,
       category = @category, creator = @creator, created_at = @created_at, modified_at = @modified_at
     WHERE id = @id`,
  ),
  delete: db.prepare<[string]>('DELETE FROM annotations WHERE id = ?'),
  tags: db.prepare<[string], string>('SELECT tag FROM annotation_tags WHERE annotation_id = ? ORDER BY position').pluck(),
  clearTags: db.prepare<[string]>('DELETE FROM annotation_tags WHERE annotation_id = ?'),
  addTag: db.prepare<[string, string, number]>('INSERT INTO annotation_tags (annotation_id, tag, position) VALUES (?, ?, ?)'),
  people: db.prepare<[string], string>('SELECT person_id FROM annotation_people WHERE annotation_id = ? ORDER BY position').pluck(),
  clearPeople: db.prepare<[string]>('DELETE FROM annotation_people WHERE annotation_id = ?'),
  addPerson: db.prepare<[string, string, number]>('INSERT INTO annotation_people (annotation_id, person_id, position) VALUES (?, ?, ?)'),
  tagsByUse: db.prepare<[], string>('SELECT tag FROM annotation_tags GROUP BY tag ORDER BY count(*) DESC, tag').pluck(),
  containing: db.prepare<[{ phrase: string }], string>(
    `SELECT id FROM annotations WHERE n IN (
       SELECT rowid FROM annotation_text WHERE annotation_text MATCH @phrase
       UNION SELECT rowid FROM annotation_tag_text WHERE annotation_tag_text MATCH @phrase
     ) ORDER BY n`,
  ).pluck(),
}));

/** The passage annotations on a witness, in stored offset order (not yet anchored in its current text). */
export function annotationsOfWitness(db: Db, witnessId: string): Annotation[] {
  return rowStatements(db).ofWitness.all(witnessId).map(toAnnotation);
}

/** What painting a passage annotation takes: where it points, its colour, what it is for and whom it tags. */
export type PaintedAnnotation = Pick<Annotation, 'id' | 'motivation' | 'category' | 'people' | 'created'> & { target: AnnotationTarget };

/**
 * The passage annotations on a witness as painting needs them, in stored offset order (not yet anchored
 * in its current text): the columns of annotationsOfWitness less the note, tags, creator and times but
 * the creation, which orders equal passages. With `storedOver`, only those whose stored passage overlaps it.
 */
export function paintedAnnotationsOfWitness(db: Db, witnessId: string, storedOver?: { start: number; end: number }): PaintedAnnotation[] {
  const s = statements(db);
  const rows = storedOver ? s.paintedOver.all(witnessId, storedOver.end, storedOver.start) : s.paintedOfWitness.all(witnessId);
  return rows.map(paintedAnnotation);
}

function paintedAnnotation(row: PaintedRow): PaintedAnnotation {
  return {
    id: row.id,
    target: targetOfRow(row),
    motivation: row.motivation,
    category: row.category,
    people: JSON.parse(row.people_json) as string[],
    created: row.created_at,
  };
}

/** The passage annotations on a witness with these ids, in stored offset order; ids of other witnesses' or of none are left out. */
export function annotationsOfWitnessAmong(db: Db, witnessId: string, ids: readonly string[]): Annotation[] {
  return rowStatements(db).ofWitnessAmong.all(witnessId, JSON.stringify(ids)).map(toAnnotation);
}

/** What the Notes panel's list needs of a passage annotation: what painting takes, and its tags. */
export type OutlinedAnnotation = PaintedAnnotation & Pick<Annotation, 'tags'>;

/** The passage annotations on a witness in outline (no note, creator or modification time), in stored offset order. */
export function outlinedAnnotationsOfWitness(db: Db, witnessId: string): OutlinedAnnotation[] {
  return statements(db)
    .outlinedOfWitness.all(witnessId)
    .map((row) => ({ ...paintedAnnotation(row), tags: JSON.parse(row.tags_json) as string[] }));
}

/** The words of a passage annotation that searching within notes looks at. */
export interface AnnotationTexts {
  id: string;
  quote: string;
  note: string;
  tags: string[];
}

/** The quote, note and tags of every passage annotation on a witness, in no particular order. */
export function annotationTextsOfWitness(db: Db, witnessId: string): AnnotationTexts[] {
  return statements(db)
    .textsOfWitness.all(witnessId)
    .map((row) => ({ id: row.id, quote: row.quote_exact, note: row.note, tags: JSON.parse(row.tags_json) as string[] }));
}

/** The annotation with this id (passage or document note), or undefined. */
export function annotationById(db: Db, id: string): Annotation | undefined {
  const row = rowStatements(db).byId.get(id);
  return row && toAnnotation(row);
}

/** Which of `ids` are annotations of the library, asked in one query (an import asks for thousands). */
export function annotationIdsAmong(db: Db, ids: readonly string[]): Set<string> {
  return new Set(statements(db).among.all(JSON.stringify(ids)));
}

/** The note on the whole document, or undefined when the reader has not written one. */
export function documentNoteOf(db: Db, documentId: string): Annotation | undefined {
  const row = rowStatements(db).documentNote.get(documentId);
  return row && toAnnotation(row);
}

/**
 * Adds an annotation with its tags, people and linked entities. The schema refuses a second note on one
 * document, bad offsets, long notes and tags, and people not in the registry.
 */
export function insertAnnotation(db: Db, annotation: Annotation): void {
  insertAnnotations(db, [annotation]);
}

/**
 * Adds annotations as insertAnnotation does, table by table (thousands of rows of one table, then of the
 * next, keep each table's pages at hand), the tags and the people each in one statement. A new row has
 * no tags or people to clear first.
 */
export function insertAnnotations(db: Db, annotations: readonly Annotation[]): void {
  const s = statements(db);
  for (const annotation of annotations) s.insert.run(...rowValues(toRow(annotation)));
  const listed = (list: 'tags' | 'people') => JSON.stringify(annotations.flatMap((annotation) => annotation[list].map((value, position) => [annotation.id, value, position])));
  if (annotations.some((annotation) => annotation.tags.length > 0)) s.addTagList.run(listed('tags'));
  if (annotations.some((annotation) => annotation.people.length > 0)) s.addPersonList.run(listed('people'));
  for (const { id, entities } of annotations) if (entities) setEntities(db, id, entities);
}

/** Replaces everything about a stored annotation but its id, document and kind, tags, people and linked entities included. */
export function updateAnnotationRow(db: Db, annotation: Annotation): void {
  const { changes } = statements(db).update.run(toRow(annotation));
  if (changes !== 1) throw new Error(`updateAnnotationRow: no annotation ${annotation.id}`);
  // Most edits are keystrokes in the note: leave the tags, and their search index row, alone.
  if (!sameList(tagsOf(db, annotation.id), annotation.tags)) setTags(db, annotation.id, annotation.tags);
  if (!sameList(peopleOf(db, annotation.id), annotation.people)) setPeople(db, annotation.id, annotation.people);
  const entities = annotation.entities ?? [];
  if (JSON.stringify(entitiesOf(db, annotation.id)) !== JSON.stringify(entities)) setEntities(db, annotation.id, entities);
}

/** Deletes an annotation, its tags and its people; false when there was none. */
export function deleteAnnotationRow(db: Db, id: string): boolean {
  return statements(db).delete.run(id).changes === 1;
}

/**
 * Makes the stored annotation `id` be `state` exactly (same times, same tags), inserting or updating
 * it, or deletes it when `state` is undefined. Undo and redo replay changes through this.
 */
export function putAnnotation(db: Db, id: string, state: Annotation | undefined): void {
  if (state === undefined) deleteAnnotationRow(db, id);
  else if (statements(db).exists.get(id) !== undefined) updateAnnotationRow(db, state);
  else insertAnnotation(db, state);
}

/** An annotation's tags, in the order the reader gave them. */
export function tagsOf(db: Db, annotationId: string): string[] {
  return statements(db).tags.all(annotationId);
}

/** Replaces an annotation's tags; the schema refuses a duplicate, an empty or over-long tag, and a 33rd. */
export function setTags(db: Db, annotationId: string, tags: readonly string[]): void {
  const s = statements(db);
  replaceList(s.clearTags, s.addTag, annotationId, tags);
}

/** The ids of the people an annotation is tagged with, in the reader's order. */
export function peopleOf(db: Db, annotationId: string): string[] {
  return statements(db).people.all(annotationId);
}

/** Replaces an annotation's people; the schema refuses a person twice, one not in the registry, and a 21st. */
export function setPeople(db: Db, annotationId: string, personIds: readonly string[]): void {
  const s = statements(db);
  replaceList(s.clearPeople, s.addPerson, annotationId, personIds);
}

/** What an annotation's identifying bodies name besides people, in the file's order. */
function entitiesOf(db: Db, annotationId: string): LinkedEntity[] {
  return rowStatements(db).entities.all(annotationId).map(linkedEntity);
}

/** Replaces an annotation's linked entities; the schema refuses one twice, a 21st, and a link with spaces. */
function setEntities(db: Db, annotationId: string, entities: readonly LinkedEntity[]): void {
  const s = rowStatements(db);
  s.clearEntities.run(annotationId);
  entities.forEach(({ uri, label }, position) => s.addEntity.run(annotationId, position, uri, label ?? null));
}

/** A row of annotation_entities as the model: a missing label is left out, not null. */
function linkedEntity({ uri, label }: { uri: string; label: string | null }): LinkedEntity {
  return label === null ? { uri } : { uri, label };
}

/** Every annotation tagged with the person, passage or document note, grouped by document and witness. */
export function annotationsTaggedWith(db: Db, personId: string): Annotation[] {
  return rowStatements(db).taggedWith.all(personId).map(toAnnotation);
}

/** Every tag in use, the most used first (then alphabetically), for completion. */
export function allTagsByUse(db: Db): string[] {
  return statements(db).tagsByUse.all();
}

/** Ids of the annotations whose quote, note or tags contain `phrase` (as a phrase, not FTS syntax), oldest first. */
export function annotationIdsContaining(db: Db, phrase: string): string[] {
  return statements(db).containing.all({ phrase: `"${phrase.replaceAll('"', '""')}"` });
}

/** An annotation's ordered list (tags, people) rewritten: cleared, then each value at its position. */
function replaceList(
  clear: Database.Statement<[string]>,
  add: Database.Statement<[string, string, number]>,
  annotationId: string,
  values: readonly string[],
): void {
  clear.run(annotationId);
  values.forEach((value, position) => add.run(annotationId, value, position));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The one mapping from a row to the model; a row the model refuses is a fault in the schema, so it throws. */
/** What the table's CHECK constraint guarantees of a passage row. */
type PassageRow = ReadRow & { kind: 'passage'; witness_id: string; quote_exact: string; quote_prefix: string; quote_suffix: string; pos_start: number; pos_end: number };

const isPassageRow = (row: ReadRow): row is PassageRow => row.kind === 'passage';

function targetOfRow(row: Pick<PassageRow, 'witness_id' | 'quote_exact' | 'quote_prefix' | 'quote_suffix' | 'pos_start' | 'pos_end'>): AnnotationTarget {
  return {
    witnessId: row.witness_id,
    quote: { type: 'TextQuoteSelector', exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
    position: { type: 'TextPositionSelector', start: row.pos_start, end: row.pos_end },
  };
}

/**
 * The row as the model. Not validated again with the model's schema: the tables' CHECK constraints hold
 * the same rules (the id's form, a target exactly on passages, the motivation, the note's length, the
 * offsets, the tags' form and number), so nothing else can be stored; and parsing 10,000 rows took
 * longer than SQLite took to read them. Keys in the schema's order, as parsing gave them: the importer
 * compares annotations by their JSON.
 */
function toAnnotation(row: ReadRow): Annotation {
  const entities = (JSON.parse(row.entities_json) as { uri: string; label: string | null }[]).map(linkedEntity);
  return {
    id: row.id,
    documentId: row.document_id,
    ...(isPassageRow(row) && { target: targetOfRow(row) }),
    motivation: row.motivation,
    note: row.note,
    tags: JSON.parse(row.tags_json) as string[],
    category: row.category,
    people: JSON.parse(row.people_json) as string[],
    ...(entities.length > 0 && { entities }),
    creator: row.creator,
    created: row.created_at,
    modified: row.modified_at,
  };
}

/** A row's values in the order of the table's columns, as the insert binds them. */
type RowValues = [string, string, string, string | null, string | null, string | null, string | null, number | null, number | null, string, string, string, string, string, string];

function rowValues(row: AnnotationRow): RowValues {
  return [row.id, row.document_id, row.kind, row.witness_id, row.quote_exact, row.quote_prefix, row.quote_suffix, row.pos_start, row.pos_end, row.motivation, row.note, row.category, row.creator, row.created_at, row.modified_at];
}

/** The one mapping from the model to a row; an annotation without a target is the document's note. */
function toRow(annotation: Annotation): AnnotationRow {
  const { target } = annotation;
  return {
    id: annotation.id,
    document_id: annotation.documentId,
    kind: target ? 'passage' : 'document',
    witness_id: target?.witnessId ?? null,
    quote_exact: target?.quote.exact ?? null,
    quote_prefix: target?.quote.prefix ?? null,
    quote_suffix: target?.quote.suffix ?? null,
    pos_start: target?.position.start ?? null,
    pos_end: target?.position.end ?? null,
    motivation: annotation.motivation,
    note: annotation.note,
    category: annotation.category,
    creator: annotation.creator,
    created_at: annotation.created,
    modified_at: annotation.modified,
  };
}
