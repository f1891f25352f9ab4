/**
 * Changes to documents in the undo history (the changes table, subject 'document'): a document's
 * information edited, and a document deleted. Each is stored and logged in the caller's transaction;
 * undo and redo (edits.ts) replay them here. A deletion's notes are logged as annotation deletions of
 * their own in the same step, before the document's, so that undo (newest first) brings the document
 * back before its notes, and redo (oldest first) takes the notes before the document.
 */
import { CarrelError } from '../../core/errors.js';
import {
  detachFromDocument,
  discardUndone,
  recordDocumentChange,
  restateDocumentBefore,
  type DocumentChange,
  type NewDocumentChange,
} from '../repositories/changes.js';
import { addMembership, collectionById, membershipsOf } from '../repositories/collections.js';
import { confirmedRolesOf, namedPeopleOfDocument, rejectionsOfDocument } from '../repositories/document-belongings.js';
import { editsOf, putEdits } from '../repositories/document-edits.js';
import { replaceRoles } from '../repositories/document-roles.js';
import type { DeletedDocumentState, DocumentInfoState } from '../repositories/document-states.js';
import { deleteDocumentRow, documentById, documentByKey, insertDocument, noteCountOf, setDocumentTitle } from '../repositories/documents.js';
import { insertRejection } from '../repositories/mention-rejections.js';
import { insertNamedPerson } from '../repositories/named-people.js';
import { personExists } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { restoreTrashedWitnesses, trashWitnesses } from '../repositories/trash.js';
import { noDocument } from './not-found.js';

/** Logs a change to a document after forgetting any undone changes (redo cannot follow a new change); answers its seq. */
export function saveDocumentChange(db: Db, change: NewDocumentChange): number {
  discardUndone(db);
  return recordDocumentChange(db, change);
}

/** A document's information as it stands: the title everything shows and the reader's corrections. */
export function infoState(db: Db, documentId: string): DocumentInfoState {
  const document = documentById(db, documentId);
  if (!document) throw noDocument(documentId);
  const stored = editsOf(db, documentId);
  return { kind: 'info', documentId, title: document.title, edits: stored?.edits ?? {}, ...(stored && { editedAt: stored.editedAt }) };
}

/** Stores a document's information: its corrections first, then its title (which the schema keeps to a corrected one). */
export function putInfoState(db: Db, state: DocumentInfoState): void {
  // A state with corrections always says when they were made; one without has nothing to keep.
  putEdits(db, state.documentId, state.editedAt === undefined ? undefined : { edits: state.edits, editedAt: state.editedAt });
  setDocumentTitle(db, state.documentId, state.title);
}

/** The document as it stands, all that its deletion takes besides witnesses and notes. */
export function deletedState(db: Db, documentId: string): DeletedDocumentState {
  const document = documentById(db, documentId);
  if (!document) throw noDocument(documentId);
  const edits = editsOf(db, documentId);
  const roles = confirmedRolesOf(db, documentId);
  return {
    kind: 'deleted',
    documentId,
    ...(document.key !== undefined && { key: document.key }),
    title: document.title,
    meta: document.meta,
    createdAt: document.createdAt,
    ...(edits && { edits }),
    collections: membershipsOf(db, documentId),
    ...(roles && { roles }),
    rejections: rejectionsOfDocument(db, documentId),
    namedPeople: namedPeopleOfDocument(db, documentId),
  };
}

/**
 * Deletes the document under change `seq`: its witnesses go to the trash, held by that change; the row's
 * deletion takes the rest (collection places, roles, corrections, its own older history). The changes
 * of this deletion after `stepStart` are detached from it first, so that they stay. Its notes must be gone.
 */
export function deleteWhole(db: Db, documentId: string, seq: number, stepStart: number): void {
  detachFromDocument(db, documentId, stepStart);
  trashWitnesses(db, seq, documentId);
  deleteDocumentRow(db, documentId);
}

/**
 * Puts back a document deleted under change `seq`, as `state` says it was, with its witnesses from the
 * trash. What was deleted since is left out: a collection, a person (their roles and rejections). Its
 * identity key goes to no one when another document has taken it since (the same files imported again).
 */
export function restoreWhole(db: Db, state: DeletedDocumentState, seq: number): void {
  const { documentId } = state;
  const keyTaken = state.key !== undefined && documentByKey(db, state.key) !== undefined;
  insertDocument(db, { id: documentId, key: keyTaken ? undefined : state.key, title: state.title, meta: state.meta, createdAt: state.createdAt });
  putEdits(db, documentId, state.edits);
  restoreTrashedWitnesses(db, seq);
  for (const { collectionId, position } of state.collections) {
    if (collectionById(db, collectionId)) addMembership(db, collectionId, documentId, position);
  }
  if (state.roles) {
    const roles = state.roles.roles.filter((role) => personExists(db, role.personId));
    replaceRoles(db, documentId, roles, state.roles.confirmedAt);
  }
  for (const { witnessId, personId, start, end, words } of state.rejections) {
    if (personExists(db, personId)) insertRejection(db, witnessId, { personId, start, end, text: words });
  }
  for (const { witnessId, personId, start, end, words } of state.namedPeople ?? []) {
    if (personExists(db, personId)) insertNamedPerson(db, witnessId, { personId, start, end, text: words });
  }
}

/** Undoes or redoes a change to a document. Run it inside a transaction, in the order edits.ts keeps. */
export function replayDocumentChange(db: Db, change: DocumentChange, verb: 'undo' | 'redo'): void {
  const { before, after } = change;
  if (change.action === 'update') {
    const state = verb === 'undo' ? before : after;
    if (state?.kind !== 'info') throw new Error(`change ${change.seq} is an edit without information states`);
    if (!documentById(db, state.documentId)) {
      throw new CarrelError('conflict', `Carrel cannot ${verb} "${describeDocumentChange(change)}": the document has been deleted.`);
    }
    putInfoState(db, state);
    return;
  }
  if (change.action !== 'delete' || before?.kind !== 'deleted') throw new Error(`change ${change.seq} is not a document Carrel can replay`);
  if (verb === 'undo') {
    restoreWhole(db, before, change.seq);
    return;
  }
  // Redone: the document as it now stands, which may have changed outside the history (a collection).
  if (noteCountOf(db, before.documentId) > 0) {
    throw new CarrelError('conflict', `Carrel cannot redo "${describeDocumentChange(change)}": notes were added to it since its deletion was undone.`);
  }
  restateDocumentBefore(db, change.seq, deletedState(db, before.documentId));
  deleteWhole(db, before.documentId, change.seq, change.seq);
}

/** A change to a document in the reader's words: "deletion of “X”", "information of “X” edited". */
export function describeDocumentChange(change: DocumentChange): string {
  const { before, after } = change;
  if (change.action === 'delete') return `deletion of “${before?.title ?? 'a document'}”`;
  const title = (after ?? before)?.title ?? 'a document';
  if (before?.kind === 'info' && after?.kind === 'info' && before.title !== after.title && JSON.stringify({ ...before.edits, title: '' }) === JSON.stringify({ ...after.edits, title: '' })) {
    return `title changed to “${after.title}”`;
  }
  return `information of “${title}” edited`;
}
