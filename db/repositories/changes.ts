/**
 * The changes table: every change to an annotation as whole states before and after, newest last. Undo
 * walks it backwards from the newest change in force, redo forwards through the undone ones.
 */
import { Annotation } from '../../core/annotation/model.js';
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
}

/** A recorded change. */
export interface Change extends NewChange {
  seq: number;
  action: ChangeAction;
  undone: boolean;
  /** The step of undo it belongs to with other changes (change_steps.id); undefined: a step of its own. */
  step: number | undefined;
}

interface ChangeRow {
  seq: number;
  at: string;
  document_id: string;
  annotation_id: string;
  action: ChangeAction;
  before_json: string | null;
  after_json: string | null;
  undone: number;
  step: number | null;
}

const columns = 'seq, at, document_id, annotation_id, action, before_json, after_json, undone, step';

const statements = preparedPerDb((db) => ({
  insert: db.prepare<[Omit<ChangeRow, 'seq' | 'undone' | 'step'>]>(
    `INSERT INTO changes (at, document_id, annotation_id, action, before_json, after_json)
     VALUES (@at, @document_id, @annotation_id, @action, @before_json, @after_json)`,
  ),
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
  insertStep: db.prepare<[string]>('INSERT INTO change_steps (description) VALUES (?)'),
  joinStep: db.prepare<[number, number]>('UPDATE changes SET step = ? WHERE seq > ? AND undone = 0'),
  stepDescription: db.prepare<[number], string>('SELECT description FROM change_steps WHERE id = ?').pluck(),
  inStepNewestFirst: db.prepare<[number, number], ChangeRow>(`SELECT ${columns} FROM changes WHERE step = ? AND undone = ? ORDER BY seq DESC`),
}));

/**
 * Appends a change and answers its seq. The schema refuses it while undone changes remain: call
 * `discardUndone` first, as any new change ends the redo stack.
 */
export function recordChange(db: Db, change: NewChange): number {
  const result = statements(db).insert.run({
    at: change.at,
    document_id: change.documentId,
    annotation_id: change.annotationId,
    action: actionOf(change.before, change.after),
    before_json: change.before ? JSON.stringify(change.before) : null,
    after_json: change.after ? JSON.stringify(change.after) : null,
  });
  return Number(result.lastInsertRowid);
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
 * Makes the changes in force after `afterSeq` (0: all of them) one step of undo, `description` in the
 * reader's words; answers the step's id. They must be the newest changes in force.
 */
export function groupIntoStep(db: Db, afterSeq: number, description: string): number {
  const s = statements(db);
  const step = Number(s.insertStep.run(description).lastInsertRowid);
  s.joinStep.run(step, afterSeq);
  return step;
}

/** How a step is described to the reader ("import of 12 annotations"). */
export function stepDescription(db: Db, step: number): string | undefined {
  return statements(db).stepDescription.get(step);
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
    if (![change.before, change.after].some((state) => state?.people.includes(fromId))) continue;
    s.restate.run(repoint(change.before), repoint(change.after), change.seq);
    rewritten += 1;
  }
  return rewritten;
}

function actionOf(before: Annotation | undefined, after: Annotation | undefined): ChangeAction {
  if (before === undefined) return 'create';
  return after === undefined ? 'delete' : 'update';
}

function toChange(row: ChangeRow): Change {
  return {
    seq: row.seq,
    at: row.at,
    documentId: row.document_id,
    annotationId: row.annotation_id,
    action: row.action,
    before: row.before_json === null ? undefined : Annotation.parse(JSON.parse(row.before_json)),
    after: row.after_json === null ? undefined : Annotation.parse(JSON.parse(row.after_json)),
    undone: row.undone === 1,
    step: row.step ?? undefined,
  };
}
