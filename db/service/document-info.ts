/** Correcting a document's information (title, date, author ...): one step of undo, the citation following. */
import type { CarrelService } from '../../core/api.js';
import { editedFields, withEdits } from '../../core/document/meta-edits.js';
import { mergeMeta } from '../../core/document/identity.js';
import { titleFromFileName } from '../import-witness.js';
import { documentById } from '../repositories/documents.js';
import { witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { infoState, putInfoState, saveDocumentChange } from './document-changes.js';
import { documentDetail } from './documents.js';
import { noDocument } from './not-found.js';

/** updateDocumentMeta. An unknown document fails with CarrelError('not-found'); an edit that changes nothing writes nothing. */
export function documentInfoService({ store, ids }: ServiceContext): Pick<CarrelService, 'updateDocumentMeta'> {
  const { db } = store;
  return {
    updateDocumentMeta: ({ documentId, meta: fields }) =>
      db
        .transaction(() => {
          const document = documentById(db, documentId);
          if (!document) throw noDocument(documentId);
          const witnesses = witnessesOfDocument(db, documentId);
          const witnessed = mergeMeta(witnesses.map((witness) => witness.meta));
          const before = infoState(db, documentId);
          const edits = editedFields(witnessed, before.edits, fields);
          if (JSON.stringify(sorted(edits)) !== JSON.stringify(sorted(before.edits))) {
            const at = ids.now().toISOString();
            // The title everything shows: the reader's, else the witnesses', else the one the import made of the file's name.
            const firstFile = witnesses[0]?.fileName;
            const importTitle = before.edits.title === undefined || firstFile === undefined ? document.title : titleFromFileName(firstFile);
            const title = withEdits(witnessed, edits).title ?? importTitle;
            const after = { kind: 'info' as const, documentId, title, edits, ...(Object.keys(edits).length > 0 && { editedAt: at }) };
            putInfoState(db, after);
            saveDocumentChange(db, { at, documentId, before, after });
          }
          return documentDetail(db, documentId);
        })
        .immediate(),
  };
}

/** The corrections with their fields in one order, so that two sets compare as JSON. */
function sorted(edits: object): [string, unknown][] {
  return Object.entries(edits).sort(([a], [b]) => a.localeCompare(b));
}
