import { useRef, useState } from 'react';
import type { PersonSummary } from '../../core/api.js';
import { count } from './names.js';
import { NewPersonForm } from './NewPersonForm.js';
import { PersonEditor } from './PersonEditor.js';
import './PeopleRegistry.css';

/** What the registry needs from the reading desk. */
export interface RegistryProps {
  people: readonly PersonSummary[];
  slotOf: (personId: string) => number;
  /** Follows every change to the registry. */
  onChanged: () => void;
}

/**
 * The inside of the "People registry" dialog: "Add a person", then everyone in the registry, each with
 * "Edit <name>" that opens their fields, aliases, merge and delete in place, one person at a time. In a
 * chunk of its own, loaded when the dialog first opens: most readings never need it.
 */
export function RegistryList({ people, slotOf, onChanged }: RegistryProps) {
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
