import { useRef, useState } from 'react';
import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';

/**
 * "Delete <name>". A person no passage is tagged with goes at once; for one with tagged passages the
 * store answers with a question ("… is tagged on 3 passages. Delete the person anyway? …"), read out
 * as an alert and shown under the button with "Delete anyway" and "Cancel". The passages and their
 * notes stay either way.
 */
export function DeletePerson({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [question, setQuestion] = useState<string>();
  const [error, setError] = useState<string>();

  const remove = (confirm: boolean) => {
    setError(undefined);
    api.deletePerson({ id: person.id, ...(confirm ? { confirm } : {}) }).then(onChanged, (failure: unknown) => {
      const message = failure instanceof Error ? failure.message : String(failure);
      // Unconfirmed, the store's only refusal of a listed person is its question; confirmed, a refusal is an error.
      if (confirm) setError(message);
      else setQuestion(message);
    });
  };

  return (
    <div className="registry-part">
      <button ref={trigger} type="button" className="quiet-button registry-delete" onClick={() => remove(false)}>
        Delete {person.preferredName}
      </button>
      {question !== undefined && (
        <div className="registry-confirm" role="group" aria-label="Confirm delete">
          <p role="alert" className="registry-question">
            {question}
          </p>
          <div className="registry-buttons">
            <button type="button" className="button registry-danger" onClick={() => remove(true)}>
              Delete anyway
            </button>
            <button
              type="button"
              className="quiet-button"
              onClick={() => {
                trigger.current?.focus();
                setQuestion(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
