import { useId, useState } from 'react';
import type { AliasKind, Person } from '../../core/people/model.js';
import { api } from '../api/client.js';
import { ALIAS_KIND_NAMES, ALIAS_KINDS } from './names.js';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A person's aliases in the registry: each with its kind and a "Remove alias …" button, then "New alias"
 * with its kind and "Add alias". The store refuses names that would match everywhere ("the", one
 * letter); its reason shows beside the field, and what was typed stays there to be corrected.
 * `onChanged` follows each change: the text's mentions are detected again with the new names.
 */
export function AliasEditor({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AliasKind>('variant');
  const [error, setError] = useState<string>();

  const add = () => {
    setError(undefined);
    api.addAlias({ personId: person.id, name, kind }).then(
      () => {
        setName('');
        onChanged();
      },
      (failure: unknown) => setError(messageOf(failure)),
    );
  };

  const remove = (alias: string) => {
    setError(undefined);
    api.removeAlias({ personId: person.id, name: alias }).then(onChanged, (failure: unknown) => setError(messageOf(failure)));
  };

  return (
    <section className="registry-part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="person-subheading">
        Aliases
      </h3>
      {person.aliases.length > 0 ? (
        <ul className="alias-list" aria-label={`Aliases of ${person.preferredName}`}>
          {person.aliases.map((alias) => (
            <li key={alias.name} className="alias">
              <span className="alias-name">{alias.name}</span>
              <span className="alias-kind">{ALIAS_KIND_NAMES[alias.kind]}</span>
              <button type="button" className="tag-remove" aria-label={`Remove alias ${alias.name}`} title="Remove alias" onClick={() => remove(alias.name)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="person-empty">No aliases: only “{person.preferredName}” is looked for in the text.</p>
      )}
      <form
        className="alias-form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={`${id}-name`} className="visually-hidden">
          New alias
        </label>
        <input
          id={`${id}-name`}
          type="text"
          className="text-input"
          placeholder="New alias…"
          autoComplete="off"
          value={name}
          maxLength={200}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : `${id}-error`}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
        />
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          Kind
        </label>
        <select id={`${id}-kind`} className="filter-select" value={kind} onChange={(event) => setKind(event.target.value as AliasKind)}>
          {ALIAS_KINDS.map((option) => (
            <option key={option} value={option}>
              {ALIAS_KIND_NAMES[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Add alias
        </button>
        {error !== undefined && (
          <p id={`${id}-error`} role="alert" className="field-error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
