import { useId, useRef, useState, type FormEvent } from 'react';
import type { Collection } from '../../core/api.js';
import { api } from '../api/client.js';
import { Sheet, type SheetState } from '../ui/Sheet.js';
import { useLibrary } from './library-context.js';
import { counted } from './library-view.js';
import './Collections.css';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "New collection": a name and Create; the store's refusal (a name taken) shown under it. `onCreated` hears the new collection. */
export function NewCollection({ label = 'New collection', onCreated }: { label?: string; onCreated?: (collection: Collection) => void }) {
  const id = useId();
  const library = useLibrary();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const create = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    api.createCollection({ name }).then(
      (created) => {
        setName('');
        onCreated?.(created);
        library.changed();
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  };
  return (
    <form className="collection-new" onSubmit={create}>
      <label htmlFor={`${id}-name`} className="collection-label">
        {label}
      </label>
      <div className="collection-row">
        <input id={`${id}-name`} className="collection-input" value={name} maxLength={120} onChange={(event) => setName(event.target.value)} placeholder="Name…" />
        <button type="submit" className="button" disabled={name.trim() === ''}>
          Create
        </button>
      </div>
      {error !== undefined && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** One collection in the sheet: its name and size, Rename (in place) and Delete (after a question). */
function CollectionRow({ collection }: { collection: Collection }) {
  const id = useId();
  const library = useLibrary();
  const [mode, setMode] = useState<'shown' | 'renaming' | 'deleting'>('shown');
  const [name, setName] = useState(collection.name);
  const [error, setError] = useState<string>();
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const back = (to: HTMLButtonElement | null) => {
    setMode('shown');
    setError(undefined);
    // After React has put the row's buttons back.
    window.setTimeout(() => to?.focus(), 0);
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    api.renameCollection({ id: collection.id, name }).then(
      () => {
        back(renameButton.current);
        library.changed();
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  };
  const remove = () => {
    api.deleteCollection({ id: collection.id }).then(
      () => library.changed(),
      (failure: unknown) => setError(messageOf(failure)),
    );
  };

  return (
    <li className="collection-item">
      {mode === 'renaming' ? (
        <form className="collection-row" onSubmit={rename}>
          <label htmlFor={`${id}-rename`} className="visually-hidden">
            New name for {collection.name}
          </label>
          <input id={`${id}-rename`} className="collection-input" value={name} maxLength={120} autoFocus onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="button">
            Save
          </button>
          <button type="button" className="quiet-button" onClick={() => back(renameButton.current)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="collection-row">
          <span className="collection-name">
            {collection.name}
            <span className="collection-count">{counted(collection.documentCount, 'document')}</span>
          </span>
          <button ref={renameButton} type="button" className="quiet-button" aria-label={`Rename ${collection.name}`} onClick={() => setMode('renaming')}>
            Rename
          </button>
          <button ref={deleteButton} type="button" className="quiet-button collection-danger" aria-label={`Delete ${collection.name}`} onClick={() => setMode('deleting')}>
            Delete
          </button>
        </div>
      )}
      {mode === 'deleting' && (
        <div className="collection-confirm" role="group" aria-label={`Delete ${collection.name}?`}>
          <p className="collection-question">
            Delete the collection “{collection.name}”? {collection.documentCount > 0 && `Its ${counted(collection.documentCount, 'document')} stay in the library.`}
          </p>
          <div className="collection-row">
            <button type="button" className="button collection-danger" autoFocus onClick={remove}>
              Delete collection
            </button>
            <button type="button" className="quiet-button" onClick={() => back(deleteButton.current)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error !== undefined && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </li>
  );
}

/** "Collections": the sheet where collections are made, renamed and deleted. */
export function CollectionsDialog({ sheet, collections }: { sheet: SheetState; collections: readonly Collection[] }) {
  return (
    <Sheet sheet={sheet} heading="Collections">
      <div className="sheet-form">
        <NewCollection />
        {collections.length === 0 ? (
          <p className="collection-empty">No collections yet: a seminar’s reading list, an archive box… A document may be in several.</p>
        ) : (
          <ul className="collection-list" aria-label="Collections">
            {collections.map((collection) => (
              <CollectionRow key={collection.id} collection={collection} />
            ))}
          </ul>
        )}
      </div>
    </Sheet>
  );
}
