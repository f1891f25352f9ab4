import { useState } from 'react';
import type { DocumentDetail } from '../../core/api.js';
import { api } from '../api/client.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import { useLibrary } from './library-context.js';
import { whatGoes } from './library-view.js';

/**
 * "Delete document…": a question that says what goes ("“X” and its 12 notes and 2 transcriptions"), then
 * the deletion, which the room offers to undo (and Ctrl/Cmd+Z undoes, as any change).
 */
export function DeleteDocument({ document }: { document: DocumentDetail }) {
  const library = useLibrary();
  const sheet = useSheet();
  const [error, setError] = useState<string>();
  // Counted afresh when asked: notes made since the document was opened count too.
  const [counted, setCounted] = useState(document);
  const goes = whatGoes({ title: counted.title, notes: counted.noteCount, transcriptions: counted.witnesses.length });
  const ask = () => {
    setError(undefined);
    setCounted(document);
    sheet.show();
    api.getDocument({ documentId: document.id }).then(setCounted, () => undefined);
  };

  const remove = () => {
    setError(undefined);
    api.deleteDocument({ documentId: document.id }).then(
      (deleted) => {
        sheet.close();
        library.deleted(deleted);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  return (
    <div className="info-delete">
      <button type="button" className="quiet-button info-danger" aria-haspopup="dialog" onClick={ask}>
        Delete document…
      </button>
      <Sheet sheet={sheet} heading="Delete this document?">
        <div className="sheet-form">
          <p className="info-delete-question">
            {goes} will be deleted from the library. Undo (Ctrl/Cmd+Z) brings it all back.
          </p>
          {error !== undefined && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="sheet-actions">
            <button type="button" className="quiet-button" onClick={sheet.close} autoFocus>
              Cancel
            </button>
            <button type="button" className="button info-danger-button" onClick={remove}>
              Delete
            </button>
          </div>
        </div>
      </Sheet>
    </div>
  );
}
