import { useId, useState } from 'react';
import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { useFollowRevision } from '../api/use-revised-api.js';
import { MarkdownNote } from './MarkdownNote.js';
import { NoteEditor } from './NoteEditor.js';

interface DocumentNotebookProps {
  documentId: string;
  /** Changes after an undo or redo: the note is read again. */
  revision: number;
}

/**
 * "Document notes": a notebook for the document as a whole, beside the passage notes. Markdown, saved
 * as you type; "Preview" shows it rendered.
 */
export function DocumentNotebook({ documentId, revision }: DocumentNotebookProps) {
  const [loaded, retry] = useApi('getDocumentNote', { documentId });
  const [preview, setPreview] = useState(false);
  // What this notebook last saved: the loaded answer is older than that until the next read.
  const [saved, setSaved] = useState<string>();
  const id = useId();

  useFollowRevision(revision, () => {
    setSaved(undefined);
    retry();
  });

  const loadedNote = loaded.status === 'ready' ? loaded.value.note : loaded.status === 'loading' ? loaded.stale?.note : undefined;
  const stored = saved ?? loadedNote;
  return (
    <section className="notebook" aria-labelledby={`${id}-heading`}>
      <div className="notes-section-head">
        <h3 id={`${id}-heading`} className="notes-section-title">
          Document notes
        </h3>
        {stored !== undefined && (
          <button type="button" className="quiet-button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
            Preview
          </button>
        )}
      </div>
      {loaded.status === 'failed' && (
        <p role="alert" className="field-error">
          The document notes could not be read: {loaded.message}
        </p>
      )}
      {stored !== undefined &&
        (preview ? (
          stored.trim() === '' ? (
            <p className="notes-empty">Nothing written yet.</p>
          ) : (
            <MarkdownNote source={stored} className="notebook-preview" />
          )
        ) : (
          <NoteEditor
            label="Document notes"
            value={stored}
            save={(note) => api.setDocumentNote({ documentId, note }).then((answer) => setSaved(answer.note))}
            placeholder="Notes on the whole document: context, questions, leads…"
            minRows={2}
          />
        ))}
    </section>
  );
}
