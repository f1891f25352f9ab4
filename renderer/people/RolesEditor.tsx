import { useId, useState } from 'react';
import type { DocumentRole, PersonSummary } from '../../core/api.js';
import type { Role } from '../../core/people/model.js';
import { ROLE_NAMES, ROLES } from './names.js';

interface RolesEditorProps {
  /** The roles now (proposed or confirmed). */
  roles: readonly DocumentRole[];
  /** Everyone the document names, in panel order: each gets a row even without a role. */
  personIds: readonly string[];
  registry: readonly PersonSummary[];
  /** Stores the reader's list (all then confirmed); rejects with the store's message. */
  onSave: (roles: { personId: string; role: Role }[]) => Promise<unknown>;
  onDone: () => void;
}

/**
 * "Edit roles": one group of checkboxes per person (Sender, Recipient, Signatory, Copy recipient,
 * Mentioned), named by the person, and "Add a person" for someone the text does not name. "Save roles"
 * stores the list as the reader's, after which the store proposes no more for this document.
 */
export function RolesEditor({ roles, personIds, registry, onSave, onDone }: RolesEditorProps) {
  const id = useId();
  const [rows, setRows] = useState<string[]>(() => [...new Set([...personIds, ...roles.map((role) => role.personId)])]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(roles.map((role) => `${role.personId} ${role.role}`)));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const nameOf = (personId: string) => registry.find((person) => person.id === personId)?.preferredName ?? 'Someone no longer in the registry';
  const others = registry.filter((person) => !rows.includes(person.id));

  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const save = () => {
    setSaving(true);
    setError(undefined);
    const list = rows.flatMap((personId) => ROLES.filter((role) => chosen.has(`${personId} ${role}`)).map((role) => ({ personId, role })));
    onSave(list).then(onDone, (failure: unknown) => {
      setSaving(false);
      setError(failure instanceof Error ? failure.message : String(failure));
    });
  };

  return (
    <form
      className="roles-editor"
      aria-label="Edit roles"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {rows.map((personId, row) => (
        <fieldset key={personId} className="roles-person">
          <legend className="roles-legend">{nameOf(personId)}</legend>
          <div className="roles-choices">
            {ROLES.map((role, column) => {
              const key = `${personId} ${role}`;
              return (
                <label key={role} className="roles-choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(key)}
                    // The editor replaces the button that opened it: the focus goes to its first choice.
                    autoFocus={row === 0 && column === 0}
                    onChange={(event) => toggle(key, event.target.checked)}
                  />
                  {ROLE_NAMES[role]}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      {others.length > 0 && (
        <div className="roles-add">
          <label htmlFor={`${id}-add`} className="field-label">
            Add a person
          </label>
          <select
            id={`${id}-add`}
            className="filter-select"
            value=""
            onChange={(event) => {
              const personId = event.target.value;
              if (personId !== '') setRows((current) => [...current, personId]);
            }}
          >
            <option value="">Choose someone…</option>
            {others.map((person) => (
              <option key={person.id} value={person.id}>
                {person.preferredName}
              </option>
            ))}
          </select>
        </div>
      )}
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="roles-buttons">
        <button type="button" className="quiet-button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={saving}>
          Save roles
        </button>
      </div>
    </form>
  );
}
