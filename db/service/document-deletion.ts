/**
 * Deleting a document with its transcriptions and notes, as one step of undo: each note is logged as a
 * deleted annotation (undo brings it back as any deleted note), then the document itself, its witnesses
 * kept in the trash by that change (document-changes.ts).
 */
import type { CarrelService, HistoryStep } from '../../core/api.js';
import type { Annotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { annotationsOfWitness, documentNoteOf } from '../repositories/annotations.js';
import { lastUndoable } from '../repositories/changes.js';
import { documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { deletedState, deleteWhole, saveDocumentChange } from './document-changes.js';
import { documentDetail } from './documents.js';
import { asOneStep, saveChange, undoLast } from './edits.js';
import { noDocument } from './not-found.js';

/** deleteDocument and restoreDocument. An unknown document fails with CarrelError('not-found'). */
export function documentDeletionService({ store, ids }: ServiceContext): Pick<CarrelService, 'deleteDocument' | 'restoreDocument'> {
  const { db } = store;
  return {
    deleteDocument: ({ documentId }) =>
      db
        .transaction(() => {
          const { title } = documentDetail(db, documentId);
          const notes = notesOf(db, documentId);
          const transcriptions = witnessesOfDocument(db, documentId).length;
          const at = ids.now();
          asOneStep(
            db,
            () => `deletion of “${title}”`,
            () => {
              const stepStart = lastUndoable(db)?.seq ?? 0;
              const state = deletedState(db, documentId);
              for (const note of notes) saveChange(db, note, undefined, at);
              const seq = saveDocumentChange(db, { at: at.toISOString(), documentId: undefined, before: { ...state, title }, after: undefined });
              deleteWhole(db, documentId, seq, stepStart);
            },
          );
          return { documentId, title, notes: notes.length, transcriptions };
        })
        .immediate(),

    restoreDocument: ({ documentId }) =>
      db
        .transaction((): HistoryStep => {
          const change = lastUndoable(db);
          const isItsDeletion = change?.subject === 'document' && change.action === 'delete' && change.documentId === documentId;
          if (isItsDeletion) return undoLast(db);
          if (documentById(db, documentId)) return { description: null, documentId };
          if (!change) throw noDocument(documentId);
          throw new CarrelError('conflict', 'Other changes were made after this document was deleted: undo them first (Ctrl/Cmd+Z), and the deletion after them.');
        })
        .immediate(),
  };
}

/** Every annotation of a document: its passages on each transcription, then the note on the whole document. */
function notesOf(db: Db, documentId: string): Annotation[] {
  if (!documentById(db, documentId)) throw noDocument(documentId);
  const passages = witnessesOfDocument(db, documentId).flatMap((witness) => annotationsOfWitness(db, witness.id));
  const note = documentNoteOf(db, documentId);
  return note ? [...passages, note] : passages;
}
