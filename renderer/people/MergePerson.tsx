import { useId, useRef, useState } from 'react';
import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';
import { ConfirmChoice } from '../ui/ConfirmChoice.js';

interface MergePersonProps {
  /** The person kept. */
  person: Person;
  registry: readonly Person[];
  onChanged: () => void;
}

/**
 * "Merge someone into <name>": choose another person (a duplicate, another spelling), press "Merge…",
 * then "Merge" under the question. Their aliases, tagged passages and roles move to this person, and they
 * leave the registry; the store's refusal (too many aliases together, say) shows in an alert.
 */
export function MergePerson({ person, registry, onChanged }: MergePersonProps) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [otherId, setOtherId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const others = registry.filter((candidate) => candidate.id !== person.id);
  const other = others.find((candidate) => candidate.id === otherId);

  const merge = () => {
    setError(undefined);
    api.mergePeople({ keepId: person.id, mergeId: otherId }).then(
      () => {
        setConfirming(false);
        setOtherId('');
        onChanged();
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  if (others.length === 0) return null;
  return (
    <section className="registry-part" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="person-subheading">
        Merge
      </h3>
      <div className="registry-row">
        <label htmlFor={`${id}-other`} className="visually-hidden">
          Person to merge into {person.preferredName}
        </label>
        <select
          id={`${id}-other`}
          className="filter-select"
          value={otherId}
          onChange={(event) => {
            setOtherId(event.target.value);
            setConfirming(false);
          }}
        >
          <option value="">Merge someone into {person.preferredName}…</option>
          {others.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.preferredName}
            </option>
          ))}
        </select>
        <button ref={trigger} type="button" className="button" disabled={otherId === ''} onClick={() => setConfirming(true)}>
          Merge…
        </button>
      </div>
      {confirming && other && (
        <ConfirmChoice
          label="Confirm merge"
          question={
            <>
              Merge {other.preferredName} into {person.preferredName}? {other.preferredName}’s aliases, tagged passages and roles move to{' '}
              {person.preferredName}, and {other.preferredName} leaves the registry.
            </>
          }
          urgency="status"
          confirmLabel="Merge"
          confirmClassName="button"
          onConfirm={merge}
          onCancel={() => setConfirming(false)}
          trigger={trigger}
        />
      )}
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
