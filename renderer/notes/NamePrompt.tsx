import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client.js';
import { shownValue, useRevisedApi } from '../api/use-revised-api.js';
import './NamePrompt.css';

interface NamePromptProps {
  /** Changes when Settings saved a name: the question may be answered there. */
  revision: number;
  /** The reader answered with `name`: say so, and give the focus somewhere it can stay. */
  onAnswered: (name: string) => void;
}

/**
 * "Sign your notes": shown at the head of the notes while they would be signed with the computer's
 * account name (root, admin…), asking once for the reader's name. It blocks nothing: the reader may
 * annotate meanwhile. Either answer, a name or keeping the account's, is stored and ends the question.
 */
export function NamePrompt({ revision, onAnswered }: NamePromptProps) {
  const id = useId();
  const profile = shownValue(useRevisedApi('getProfile', {}, revision));
  const [answered, setAnswered] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  if (!profile?.askName || answered) return null;

  const sign = (creator: string) => {
    setError(undefined);
    api.setProfile({ creator }).then(
      (saved) => {
        setAnswered(true);
        onAnswered(saved.creator);
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sign(name);
  };

  return (
    <section className="name-prompt" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="name-prompt-heading">
        Sign your notes
      </h3>
      <p id={`${id}-why`} className="name-prompt-why">
        Your notes are signed “{profile.creator}”, this computer’s account name. Which name should they carry? Settings can change it later.
      </p>
      <form className="name-prompt-form" onSubmit={onSubmit}>
        <input
          type="text"
          className="text-input"
          aria-label="Your name"
          aria-describedby={`${id}-why`}
          placeholder="Your name"
          autoComplete="name"
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error !== undefined}
        />
        <button type="submit" className="button">
          Sign with this name
        </button>
        <button type="button" className="quiet-button" onClick={() => sign(profile.creator)}>
          Keep “{profile.creator}”
        </button>
      </form>
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
