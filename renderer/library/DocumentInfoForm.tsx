import { useId, useState, type FormEvent } from 'react';
import type { ApiArgs, DocumentDetail } from '../../core/api.js';
import { api } from '../api/client.js';
import { useLibrary } from './library-context.js';

type InfoFields = ApiArgs<'updateDocumentMeta'>['meta'];
type FieldName = keyof InfoFields;

/** The fields a reader corrects, with their labels, in the order a researcher checks them. */
const FIELDS: readonly { name: FieldName; label: string; hint?: string; long?: boolean; limit: number }[] = [
  { name: 'title', label: 'Title', long: true, limit: 500 },
  { name: 'date', label: 'Date', hint: 'As you write it: 3 March 1921, 1921-03-03, 1921.', limit: 100 },
  { name: 'author', label: 'Author', limit: 300 },
  { name: 'sender', label: 'Sender', limit: 300 },
  { name: 'recipient', label: 'Recipient', limit: 300 },
  { name: 'archive', label: 'Archive', limit: 300 },
  { name: 'repository', label: 'Repository', limit: 300 },
  { name: 'archivalCollection', label: 'Archival collection', limit: 300 },
  { name: 'idno', label: 'Item number', hint: 'The archive’s id of the item (idno): box, folder, shelfmark.', limit: 200 },
  { name: 'sourceUrl', label: 'Source URL', limit: 2000 },
  { name: 'language', label: 'Language', limit: 100 },
  { name: 'rights', label: 'Rights', long: true, limit: 1000 },
];

/** The form's fields as the document now shows them; the date as written (its wording, else the ISO date). */
function currentFields(document: DocumentDetail): Record<FieldName, string> {
  const { meta } = document;
  return {
    title: meta.title ?? document.title,
    date: meta.dateText ?? meta.date ?? '',
    author: meta.author ?? '',
    sender: meta.sender ?? '',
    recipient: meta.recipient ?? '',
    archive: meta.archive ?? '',
    repository: meta.repository ?? '',
    archivalCollection: meta.archivalCollection ?? '',
    idno: meta.idno ?? '',
    sourceUrl: meta.sourceUrl ?? '',
    language: meta.language ?? '',
    rights: meta.rights ?? '',
  };
}

interface DocumentInfoFormProps {
  document: DocumentDetail;
  /** The form is done: saved (with the document as it now is) or cancelled. */
  onDone: (saved: DocumentDetail | undefined) => void;
}

/**
 * "Edit information": the document's title, date, people, where it is held, its source, language and
 * rights, as fields. Only what the reader changed is sent; one save is one step of undo, and the citation
 * follows. Escape cancels.
 */
export function DocumentInfoForm({ document, onDone }: DocumentInfoFormProps) {
  const id = useId();
  const library = useLibrary();
  const [initial] = useState(() => currentFields(document));
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const changed = Object.fromEntries(Object.entries(fields).filter(([name, value]) => value !== initial[name as FieldName])) as InfoFields;
    if (Object.keys(changed).length === 0) {
      onDone(undefined);
      return;
    }
    setSaving(true);
    setError(undefined);
    api.updateDocumentMeta({ documentId: document.id, meta: changed }).then(
      (saved) => {
        library.changed(document.id);
        onDone(saved);
      },
      (failure: unknown) => {
        setSaving(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  return (
    <form
      className="info-form"
      aria-label="Edit information"
      onSubmit={save}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onDone(undefined);
      }}
    >
      {FIELDS.map(({ name, label, hint, long, limit }) => {
        const props = {
          id: `${id}-${name}`,
          className: long ? 'info-input info-input-long' : 'info-input',
          value: fields[name],
          maxLength: limit,
          'aria-describedby': hint ? `${id}-${name}-hint` : undefined,
          onChange: (event: { target: { value: string } }) => setFields((all) => ({ ...all, [name]: event.target.value })),
        };
        return (
          <div key={name} className="info-form-field">
            <label htmlFor={`${id}-${name}`} className="info-form-label">
              {label}
            </label>
            {long ? (
              <textarea
                rows={name === 'title' ? 3 : 2}
                {...props}
                autoFocus={name === 'title'}
                onKeyDown={(event) => {
                  // A title is one line, however long: Enter saves, as in the other fields.
                  if (name !== 'title' || event.key !== 'Enter' || event.shiftKey) return;
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }}
              />
            ) : (
              <input {...props} />
            )}
            {hint && (
              <p id={`${id}-${name}-hint`} className="info-form-hint">
                {hint}
              </p>
            )}
          </div>
        );
      })}
      {error !== undefined && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="info-form-actions">
        <button type="button" className="quiet-button" onClick={() => onDone(undefined)}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
