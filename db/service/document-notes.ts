/**
 * The one note a reader may write on a whole document. It is an annotation without a target, so that it
 * shares the change log (undo, redo, audit) and the JSON-LD export with passage notes.
 */
import type { CarrelService, DocumentNote } from '../../core/api.js';
import type { Annotation } from '../../core/annotation/model.js';
import { documentNoteOf } from '../repositories/annotations.js';
import { documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { DEFAULT_CATEGORY } from './categories.js';
import type { ServiceContext } from './context.js';
import { saveChange, saveEdit } from './edits.js';
import { noDocument } from './not-found.js';
import { currentCreator } from './profile.js';

/** getDocumentNote and setDocumentNote. An unknown document fails with CarrelError('not-found'). */
export function documentNotesService({ store, ids, userName }: ServiceContext): Pick<CarrelService, 'getDocumentNote' | 'setDocumentNote'> {
  const { db } = store;
  return {
    getDocumentNote: ({ documentId }) => shape(documentId, existingNote(db, documentId)),

    setDocumentNote: ({ documentId, note }) =>
      db
        .transaction(() => {
          const at = ids.now();
          const before = existingNote(db, documentId);
          if (before) return shape(documentId, saveEdit(db, before, { ...before, note }, at));
          // Clearing a note never written writes nothing: no empty row, no step to undo.
          if (note === '') return shape(documentId, undefined);
          const stamp = at.toISOString();
          const created: Annotation = {
            id: ids.newId(),
            documentId,
            motivation: 'commenting',
            note,
            tags: [],
            category: DEFAULT_CATEGORY,
            people: [],
            creator: currentCreator(db, userName),
            created: stamp,
            modified: stamp,
          };
          saveChange(db, undefined, created, at);
          return shape(documentId, created);
        })
        .immediate(),
  };
}

function existingNote(db: Db, documentId: string): Annotation | undefined {
  if (!documentById(db, documentId)) throw noDocument(documentId);
  return documentNoteOf(db, documentId);
}

function shape(documentId: string, annotation: Annotation | undefined): DocumentNote {
  return annotation ? { documentId, note: annotation.note, modified: annotation.modified } : { documentId, note: '' };
}
