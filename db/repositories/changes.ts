/**
 * The changes table: every change to an annotation or a document as whole states before and after,
 * newest last. Undo walks it backwards from the newest change in force, redo forwards through the undone ones.
 */
import { Annotation } from '../../core/annotation/model.js';
import { DocumentState } from './document-states.js';
import { preparedPerDb, type Db } from './prepared.js';

/** What a change did, read off its states: nothing before is a creation, nothing after a deletion. */
export type ChangeAction = 'create' | 'update' | 'delete';

/** A change to record: the annotation's state before and after (undefined where it did not exist). */
export interface NewChange {
  at: string;
  documentId: string;
  annotationId: string;
  before: Annotation | undefined;
  after: Annotation | undefined;
  /** The step of undo it is made in (openStep), when it is one of many. */
  step?: number | undefined;
}

/**
 * A change to a document to record: its information edited, or the document deleted. `documentId` is
 * undefined for a deletion, whose change outlives its document (the state names it).
 */
export interface NewDocumentChange {
  at: string;
  documentId: string | undefined;
  before: DocumentState | undefined;
  after: DocumentState | undefined;
}

/** What every recorded change has. */
interface RecordedChange {
  seq: number;
  at: string;
  action: ChangeAction;
  undone: boolean;
  /** The step of undo it belongs to with other changes (change_steps.id); undefined: a step of its own. */
  step: number | undefined;
  /** The document it changed (for a change that outlived its deleted document, the one it named). */
  documentId: string;
}

/** A recorded change to an annotation. */
export interface AnnotationChange extends RecordedChange {
  subject: 'annotation';
  annotationId: string;
  before: Annotation | undefined;
  after: Annotation | undefined;
}

/** A recorded change to a document (document-states.ts). */
export interface DocumentChange extends RecordedChange {
  subject: 'document';
  before: DocumentState | undefined;
  after: DocumentState | undefined;
}

/** A recorded change. */
export type Change = AnnotationChange | DocumentChange;

interface ChangeRow {
  seq: number;
  at: string;
  subject: 'annotation' | 'document';
  document_id: string | null;
  annotation_id: string | null;
  action: ChangeAction;
  before_json: string | null;
  after_json: string | null;
  undone: number;
  step: number | null;
}

const columns = 'seq, at, subject, document_id, annotation_id, action, before_json, after_json, undone, step';

const statements = preparedPerDb((db) => ({
  // Positional: an import records thousands of changes, and named parameters took twice as long to bind.
  insert: db.prepare<[string, ChangeRow['subject'], string | null, string | null, ChangeAction, string | null, string | null, number | null]>(
    `INSERT INTO changes (at, subject, document_id, annotation_id, action, before_json, after_json, step) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  detach: db.prepare<[string, number]>('UPDATE changes SET document_id = NULL WHERE document_id = ? AND seq > ? AND undone = 0'),
  restateBefore: db.prepare<[string, number]>('UPDATE changes SET before_json = ? WHERE seq = ?'),
  newest: db.prepare<[], ChangeRow>(`SELECT ${columns} FROM changes ORDER BY seq DESC LIMIT 1`),
  lastUndoable: db.prepare<[], ChangeRow>(`SELECT ${columns} FROM changes WHERE undone = 0 ORDER BY seq DESC LIMIT 1`),
  nextRedoable: db.prepare<[], ChangeRow>(`SELECT ${columns} FROM changes WHERE undone = 1 ORDER BY seq LIMIT 1`),
  setUndone: db.prepare<[number, number]>('UPDATE changes SET undone = ? WHERE seq = ?'),
  discardUndone: db.prepare<[]>('DELETE FROM changes WHERE undone = 1'),
  amend: db.prepare<[string, string, number]>('UPDATE changes SET at = ?, after_json = ? WHERE seq = ?'),
  // A cheap text test first; the caller reads the states to be sure.
  mentioning: db.prepare<[string, string], ChangeRow>(
    `SELECT ${columns} FROM changes WHERE instr(coalesce(before_json, ''), ?) > 0 OR instr(coalesce(after_json, ''), ?) > 0 ORDER BY seq`,
  ),
  restate: db.prepare<[string | null, string | null, number]>('UPDATE changes SET before_json = ?, after_json = ? WHERE seq = ?'),
  inStepNewestFirst: db.prepare<[number, number], ChangeRow>(`SELECT ${columns} FROM changes WHERE step = ? AND undone = ? ORDER BY seq DESC`),
}));

// Apart from the rest, which name columns of schema 8: steps are tested on stores at schema 6.
const stepStatements = preparedPerDb((db) => ({
  insertStep: db.prepare<[string]>('INSERT INTO change_steps (description) VALUES (?)'),
  describeStep: db.prepare<[string, number]>('UPDATE change_steps SET description = ? WHERE id = ?'),
  dropStep: db.prepare<[number]>('DELETE FROM change_steps WHERE id = ?'),
  // Changes recorded in the step already carry it: only others are rewritten (an import's are thousands of long rows).
  joinStep: db.prepare<[number, number]>('UPDATE changes SET step = ? WHERE seq > ? AND undone = 0 AND step IS NULL'),
  anyInStep: db.prepare<[number], number>('SELECT 1 FROM changes WHERE step = ? LIMIT 1').pluck(),
  stepDescription: db.prepare<[number], string>('SELECT description FROM change_steps WHERE id = ?').pluck(),
}));

/**
 * Appends a change and answers its seq. The schema refuses it while undone changes remain: call
 * `discardUndone` first, as any new change ends the redo stack.
 */
export function recordChange(db: Db, change: NewChange): number {
  return insertChange(db, change.at, 'annotation', change.documentId, change.annotationId, change.before, change.after, change.step);
}

/** Appends a change to a document and answers its seq; as for recordChange, call `discardUndone` first. */
export function recordDocumentChange(db: Db, change: NewDocumentChange): number {
  return insertChange(db, change.at, 'document', change.documentId ?? null, null, change.before, change.after);
}

function insertChange(
  db: Db,
  at: string,
  subject: ChangeRow['subject'],
  documentId: string | null,
  annotationId: string | null,
  before: object | undefined,
  after: object | undefined,
  step?: number,
): number {
  const json = (state: object | undefined) => (state ? JSON.stringify(state) : null);
  const result = statements(db).insert.run(at, subject, documentId, annotationId, actionOf(before, after), json(before), json(after), step ?? null);
  return Number(result.lastInsertRowid);
}

/**
 * Makes the changes in force after `afterSeq` that name `documentId` name no document: they are the
 * changes of its deletion (deletions all), which must outlive it. Answers how many.
 */
export function detachFromDocument(db: Db, documentId: string, afterSeq: number): number {
  return statements(db).detach.run(documentId, afterSeq).changes;
}

/** Replaces the state a document change records before it (a deletion redone: the document as it now is). */
export function restateDocumentBefore(db: Db, seq: number, before: DocumentState): void {
  statements(db).restateBefore.run(JSON.stringify(before), seq);
}

/** Forgets the undone changes (the redo stack); answers how many there were. */
export function discardUndone(db: Db): number {
  return statements(db).discardUndone.run().changes;
}

/** The newest change of all, undone or not, or undefined for an empty log. */
export function newestChange(db: Db): Change | undefined {
  const row = statements(db).newest.get();
  return row && toChange(row);
}

/** The change undo reverts next: the newest one still in force. */
export function lastUndoable(db: Db): Change | undefined {
  const row = statements(db).lastUndoable.get();
  return row && toChange(row);
}

/** The change redo replays next: the oldest undone one. */
export function nextRedoable(db: Db): Change | undefined {
  const row = statements(db).nextRedoable.get();
  return row && toChange(row);
}

/**
 * Opens a step of undo for changes about to be recorded (pass its id to recordChange): its changes are
 * written into it rather than gathered afterwards. Close it with closeStep.
 */
export function openStep(db: Db): number {
  // A description the schema takes until closeStep words it.
  return Number(stepStatements(db).insertStep.run('changes under way').lastInsertRowid);
}

/**
 * Closes a step opened by openStep: the changes in force after `afterSeq` recorded without it join it
 * (they must be the newest changes in force), and it is worded `description` in the reader's words; a
 * step that holds no change is dropped. Answers whether it holds any.
 */
export function closeStep(db: Db, step: number, afterSeq: number, description: () => string): boolean {
  const s = stepStatements(db);
  s.joinStep.run(step, afterSeq);
  if (s.anyInStep.get(step) === undefined) {
    s.dropStep.run(step);
    return false;
  }
  s.describeStep.run(description(), step);
  return true;
}

/** How a step is described to the reader ("import of 12 annotations"). */
export function stepDescription(db: Db, step: number): string | undefined {
  return stepStatements(db).stepDescription.get(step);
}

/** A step's changes still in force (`undone` false) or undone (true), newest first. */
export function changesOfStep(db: Db, step: number, undone: boolean): Change[] {
  return statements(db).inStepNewestFirst.all(step, undone ? 1 : 0).map(toChange);
}

/** Marks a change undone or back in force; the schema keeps the order (newest undone first, oldest redone first). */
export function markUndone(db: Db, seq: number, undone: boolean): void {
  statements(db).setUndone.run(undone ? 1 : 0, seq);
}

/** Folds a later state into an update already recorded (a burst of typing), moving its time to `at`. */
export function amendChange(db: Db, seq: number, at: string, after: Annotation): void {
  statements(db).amend.run(at, JSON.stringify(after), seq);
}

/**
 * Rewrites the logged states that tag `fromId` to tag `toId` instead (once), after the two people were
 * merged: undo and redo then bring back the tag on the person who remains. Answers how many changes
 * were rewritten.
 */
export function repointPersonInChanges(db: Db, fromId: string, toId: string): number {
  const s = statements(db);
  const quoted = JSON.stringify(fromId);
  const repoint = (state: Annotation | undefined): string | null => {
    if (!state) return null;
    const people = [...new Set(state.people.map((id) => (id === fromId ? toId : id)))];
    return JSON.stringify({ ...state, people });
  };
  let rewritten = 0;
  for (const change of s.mentioning.all(quoted, quoted).map(toChange)) {
    // A deleted document's roles are put back only for people who still exist.
    if (change.subject !== 'annotation') continue;
    if (![change.before, change.after].some((state) => state?.people.includes(fromId))) continue;
    s.restate.run(repoint(change.before), repoint(change.after), change.seq);
    rewritten += 1;
  }
  return rewritten;
}

function actionOf(before: object | undefined, after: object | undefined): ChangeAction {
  if (before === undefined) return 'create';
  return after === undefined ? 'delete' : 'update';
}

function toChange(row: ChangeRow): Change {
  const recorded = { seq: row.seq, at: row.at, action: row.action, undone: row.undone === 1, step: row.step ?? undefined };
  const state = <T>(schema: { parse(value: unknown): T }, json: string | null): T | undefined => (json === null ? undefined : schema.parse(JSON.parse(json)));
  if (row.subject === 'document') {
    const before = state(DocumentState, row.before_json);
    const after = state(DocumentState, row.after_json);
    const documentId = row.document_id ?? (before ?? after)?.documentId ?? '';
    return { ...recorded, subject: 'document', documentId, before, after };
  }
  const before = state(Annotation, row.before_json);
  const after = state(Annotation, row.after_json);
  const documentId = row.document_id ?? (before ?? after)?.documentId ?? '';
  return { ...recorded, subject: 'annotation', documentId, annotationId: row.annotation_id ?? '', before, after };
}
