import { useRef, useState } from 'react';
import type { PersonSummary } from '../../core/api.js';
import { count } from '../people/names.js';
import { NewPersonForm } from './NewPersonForm.js';
import { PersonEditor } from './PersonEditor.js';
import './PeopleRegistry.css';

interface PeopleRegistryProps {
  people: readonly PersonSummary[];
  slotOf: (personId: string) => number;
  /** Follows every change to the registry. */
  onChanged: () => void;
}

/** The dialog's content, mounted only while it is open. */
function RegistryContent({ people, slotOf, onChanged }: PeopleRegistryProps) {
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [news, setNews] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      <p role="status" className="registry-news">
        {news}
      </p>
      {adding ? (
        <NewPersonForm
          onCreated={(person) => {
            setAdding(false);
            setEditing(person.id);
            setNews(`Added ${person.preferredName}.`);
            onChanged();
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <button ref={addButton} type="button" className="button registry-add" onClick={() => setAdding(true)}>
          Add a person
        </button>
      )}
      <ul className="registry-list" aria-label="People">
        {people.map((person) => {
          const open = editing === person.id;
          return (
            <li key={person.id} className="registry-person" data-person-slot={slotOf(person.id)} data-open={open}>
              <div className="registry-person-head">
                <span className="person-dot" aria-hidden="true" />
                <span className="registry-person-name">{person.preferredName}</span>
                {person.lifeDates && <span className="person-dates">{person.lifeDates}</span>}
                <span className="registry-person-count">{count(person.passageCount, 'passage')}</span>
                <button
                  type="button"
                  className="quiet-button"
                  aria-expanded={open}
                  aria-label={`${open ? 'Close' : 'Edit'} ${person.preferredName}`}
                  onClick={() => setEditing(open ? undefined : person.id)}
                >
                  {open ? 'Close' : 'Edit'}
                </button>
              </div>
              {open && (
                <PersonEditor
                  person={person}
                  registry={people}
                  onChanged={() => {
                    setNews('');
                    onChanged();
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * "Manage people" and the "People registry" dialog it opens: everyone in the registry, "Add a person",
 * and for each person "Edit <name>", which opens their fields, aliases, merge and delete in place. A
 * native modal <dialog>, as Settings is: the focus goes in, stays, and comes back to the button.
 */
export function PeopleRegistry(props: PeopleRegistryProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Manage people
      </button>
      <dialog
        ref={dialog}
        className="settings-dialog registry-dialog"
        aria-labelledby="registry-heading"
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current.close();
        }}
      >
        <div className="settings-content">
          <div className="settings-head">
            <h2 id="registry-heading" className="settings-heading">
              People registry
            </h2>
            <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          {open && <RegistryContent {...props} />}
        </div>
      </dialog>
    </>
  );
}
