import { useRef, useState } from 'react';
import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';
import { ConfirmChoice } from '../ui/ConfirmChoice.js';

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
        <ConfirmChoice
          label="Confirm delete"
          question={question}
          urgency="alert"
          confirmLabel="Delete anyway"
          confirmClassName="button registry-danger"
          onConfirm={() => remove(true)}
          onCancel={() => setQuestion(undefined)}
          trigger={trigger}
        />
      )}
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
