/**
 * Every change to an annotation goes through here: the new state is stored and the change logged in the
 * caller's transaction, so that the store and its history never disagree. Undo and redo replay the
 * logged states, a document's (document-changes.ts) as well as an annotation's.
 */
import type { HistoryStep } from '../../core/api.js';
import type { Annotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { insertAnnotation, insertAnnotations, putAnnotation } from '../repositories/annotations.js';
import {
  amendChange,
  changesOfStep,
  closeStep,
  discardUndone,
  lastUndoable,
  markUndone,
  newestChange,
  nextRedoable,
  openStep,
  recordChange,
  stepDescription,
  type AnnotationChange,
  type Change,
} from '../repositories/changes.js';
import { personExists } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { sqliteCode } from '../sqlite-error.js';
import { describeDocumentChange, replayDocumentChange } from './document-changes.js';

/** How long a pause in typing may be and the note edits still count as one step for undo. */
export const TYPING_BURST_MS = 2000;

/**
 * Connections running asOneStep: their changes are the step's, never folded into the reader's typing
 * before it; and once its first change has discarded the redo stack, there is none left to discard.
 */
const stepsUnderWay = new WeakMap<Db, { redoDiscarded: boolean; step: number }>();

/**
 * Stores `after` as the annotation's new state (undefined: deleted) and logs the change from `before`
 * (undefined: created). Any undone changes are forgotten: redo cannot follow a new change. A note edit
 * that follows an edit of the same annotation's note within TYPING_BURST_MS, nothing in between, is
 * folded into it, so that one undo reverts a burst of typing rather than one keystroke. Run it inside
 * a transaction.
 */
export function saveChange(db: Db, before: Annotation | undefined, after: Annotation | undefined, at: Date): void {
  const state = after ?? before;
  if (!state) throw new Error('saveChange needs a state before or after');
  // A creation inserts without asking whether the row is there: it cannot be (the schema would refuse it).
  if (before) putAnnotation(db, state.id, after);
  else if (after) insertAnnotation(db, after);
  const hadUndone = discardRedo(db);
  const previous = hadUndone || stepsUnderWay.has(db) ? undefined : newestChange(db);
  if (previous && before && after && continuesTyping(previous, before, after, at)) {
    amendChange(db, previous.seq, at.toISOString(), after);
  } else {
    recordChange(db, { at: at.toISOString(), documentId: state.documentId, annotationId: state.id, before, after, step: stepsUnderWay.get(db)?.step });
  }
}

/**
 * Stores new annotations and logs their creation, as saveChange does one by one, but table by table
 * (insertAnnotations): an import's thousands of passages. Run it inside a transaction.
 */
export function saveCreations(db: Db, annotations: readonly Annotation[], at: Date): void {
  if (annotations.length === 0) return;
  insertAnnotations(db, annotations);
  discardRedo(db);
  const stamp = at.toISOString();
  const step = stepsUnderWay.get(db)?.step;
  for (const after of annotations) recordChange(db, { at: stamp, documentId: after.documentId, annotationId: after.id, before: undefined, after, step });
}

/** Forgets the redo stack, as any new change must (once in a step: its first change empties it); true when there was one. */
function discardRedo(db: Db): boolean {
  const step = stepsUnderWay.get(db);
  if (step?.redoDiscarded) return false;
  if (step) step.redoDiscarded = true;
  return discardUndone(db) > 0;
}

/**
 * Stores an edit of an existing annotation as saveChange does, stamped `at`, unless it changes
 * nothing (then nothing is written or logged); answers the annotation as it now stands.
 */
export function saveEdit(db: Db, before: Annotation, edited: Annotation, at: Date): Annotation {
  if (JSON.stringify(edited) === JSON.stringify(before)) return before;
  // A clock set back must not date an edit before the annotation's creation (the schema refuses it).
  const stamp = at.toISOString() > before.created ? at.toISOString() : before.created;
  const after = { ...edited, modified: stamp };
  saveChange(db, before, after, at);
  return after;
}

/**
 * Runs `work` and makes the changes it saves one step of undo, worded by `describe` from its result
 * ("import of 12 annotations"); when it saves none, there is no step. Run it inside a transaction, and
 * not inside another asOneStep.
 */
export function asOneStep<T>(db: Db, describe: (result: T) => string, work: () => T): T {
  const before = lastUndoable(db)?.seq ?? 0;
  const step = openStep(db);
  stepsUnderWay.set(db, { redoDiscarded: false, step });
  try {
    const result = work();
    // The changes in force after `before` are all the work's: any undone ones were discarded by its first change.
    closeStep(db, step, before, () => describe(result));
    return result;
  } finally {
    stepsUnderWay.delete(db);
  }
}

/** Reverts the newest step still in force, its changes newest first; answers what it undid (description null: nothing to undo). Run it inside a transaction. */
export function undoLast(db: Db): HistoryStep {
  const change = lastUndoable(db);
  if (!change) return { description: null };
  for (const each of change.step === undefined ? [change] : changesOfStep(db, change.step, false)) {
    replay(db, each, 'undo');
    markUndone(db, each.seq, true);
  }
  return { description: `Undid: ${describeStep(db, change)}`, documentId: change.documentId };
}

/** Replays the oldest undone step, its changes oldest first; answers what it redid (description null: nothing to redo). Run it inside a transaction. */
export function redoNext(db: Db): HistoryStep {
  const change = nextRedoable(db);
  if (!change) return { description: null };
  for (const each of change.step === undefined ? [change] : changesOfStep(db, change.step, true).reverse()) {
    replay(db, each, 'redo');
    markUndone(db, each.seq, false);
  }
  return { description: `Redid: ${describeStep(db, change)}`, documentId: change.documentId };
}

/** The step a change belongs to, in the reader's words: its own description, or the change's when it is a step of its own. */
function describeStep(db: Db, change: Change): string {
  return (change.step === undefined ? undefined : stepDescription(db, change.step)) ?? describeChange(change);
}

/** A change in the reader's words: "new highlight", "note edited", "annotation deleted", "information of “X” edited". */
export function describeChange(change: Change): string {
  if (change.subject === 'document') return describeDocumentChange(change);
  const { before, after } = change;
  const onDocument = (after ?? before)?.target === undefined;
  if (!before) {
    if (onDocument) return 'document note written';
    if (after?.note.trim()) return 'new note';
    return after?.people.length ? 'new person tag' : 'new highlight';
  }
  if (!after) return onDocument ? 'document note deleted' : 'annotation deleted';
  if (onDocument) return 'document note edited';
  const changed = differences(before, after);
  // Only a burst of typing that came back to its start leaves no difference.
  if (changed.length === 0) return 'note edited';
  if (changed.length !== 1) return 'annotation edited';
  const words: Record<(typeof changed)[number], string> = {
    note: 'note edited',
    category: 'colour changed',
    tags: 'tags changed',
    people: 'people changed',
    target: 'annotation re-attached',
  };
  return words[changed[0] ?? 'note'];
}

/** Which of the parts a reader edits differ between two states (times and motivation follow from them). */
function differences(a: Annotation, b: Annotation): ('note' | 'category' | 'tags' | 'people' | 'target')[] {
  const parts = ['note', 'category', 'tags', 'people', 'target'] as const;
  return parts.filter((part) => JSON.stringify(a[part]) !== JSON.stringify(b[part]));
}

function continuesTyping(previous: Change, before: Annotation, after: Annotation, at: Date): boolean {
  if (previous.subject !== 'annotation') return false;
  if (previous.action !== 'update' || previous.undone || previous.annotationId !== before.id || !previous.before || !previous.after) return false;
  const pause = at.getTime() - Date.parse(previous.at);
  // Typing that came back to where it started changed nothing but the note (or nothing at all): still a burst.
  const isNoteEdit = (a: Annotation, b: Annotation) => differences(a, b).every((part) => part === 'note');
  return pause >= 0 && pause <= TYPING_BURST_MS && isNoteEdit(previous.before, previous.after) && isNoteEdit(before, after);
}

function replay(db: Db, change: Change, verb: 'undo' | 'redo'): void {
  if (change.subject === 'document') replayDocumentChange(db, change, verb);
  else replayAnnotationChange(db, change, verb);
}

function replayAnnotationChange(db: Db, change: AnnotationChange, verb: 'undo' | 'redo'): void {
  const state = verb === 'undo' ? change.before : change.after;
  try {
    // A person deleted since is not brought back by an undo; the passage is, without that tag.
    putAnnotation(db, change.annotationId, state && { ...state, people: state.people.filter((id) => personExists(db, id)) });
  } catch (error) {
    // The note's transcription was removed since (its notes had been deleted first, as the schema requires).
    if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new CarrelError('conflict', `Carrel cannot ${verb} "${describeChange(change)}": the transcription it was on has been removed.`);
    }
    throw error;
  }
}
