import { useId, useState } from 'react';
import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';

interface NewPersonFormProps {
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

const FIELDS = [
  { key: 'name', label: 'Name', hint: undefined },
  { key: 'lifeDates', label: 'Life dates', hint: 'As you would write them: 1893–1976.' },
  { key: 'description', label: 'Description', hint: undefined },
  { key: 'authority', label: 'Authority link', hint: 'A Wikidata or VIAF address, if you know it.' },
] as const;

type Draft = Record<(typeof FIELDS)[number]['key'], string>;

/**
 * "Add a person" in the registry: name (the only field needed), life dates, description and an authority
 * link, then "Add person". A refusal (an empty name, a link that is not a web address) shows above the
 * buttons, and the fields keep what was typed.
 */
export function NewPersonForm({ onCreated, onCancel }: NewPersonFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ name: '', lifeDates: '', description: '', authority: '' });
  const [error, setError] = useState<string>();

  const add = () => {
    setError(undefined);
    const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
    const lifeDates = optional(draft.lifeDates);
    const description = optional(draft.description);
    const authority = optional(draft.authority);
    api
      .createPerson({
        preferredName: draft.name,
        ...(lifeDates === undefined ? {} : { lifeDates }),
        ...(description === undefined ? {} : { description }),
        ...(authority === undefined ? {} : { authorities: [authority] }),
      })
      .then(onCreated, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  };

  return (
    <form
      className="new-person"
      aria-label="Add a person"
      // The store's refusal, in its words, rather than the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      {FIELDS.map((field, index) => (
        <div key={field.key}>
          <label htmlFor={`${id}-${field.key}`} className="field-label">
            {field.label}
          </label>
          <input
            id={`${id}-${field.key}`}
            type={field.key === 'authority' ? 'url' : 'text'}
            className="text-input"
            autoComplete="off"
            autoFocus={index === 0}
            value={draft[field.key]}
            onChange={(event) => {
              setDraft({ ...draft, [field.key]: event.target.value });
              setError(undefined);
            }}
            {...(field.hint ? { 'aria-describedby': `${id}-${field.key}-hint` } : {})}
          />
          {field.hint && (
            <p id={`${id}-${field.key}-hint`} className="field-hint">
              {field.hint}
            </p>
          )}
        </div>
      ))}
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="registry-buttons">
        <button type="submit" className="button">
          Add person
        </button>
        <button type="button" className="quiet-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
