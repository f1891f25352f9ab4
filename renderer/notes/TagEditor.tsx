import { useId, useState, type KeyboardEvent } from 'react';

interface TagEditorProps {
  tags: readonly string[];
  /** Tags in use anywhere, for completion. */
  suggestions: readonly string[];
  /** Saves the new list; rejects with the store's message (a tag too long, too many tags). */
  onChange: (tags: string[]) => Promise<unknown>;
}

/**
 * An annotation's tags: each with a "Remove tag …" button, and an "Add tag" field completed from the
 * tags in use (a datalist). Enter adds what was typed, and so does leaving the field: a reader who typed a
 * tag and moved on meant it. A refused tag stays in the field with the reason.
 */
export function TagEditor({ tags, suggestions, onChange }: TagEditorProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();

  const commit = (next: string[], clear: boolean) => {
    setError(undefined);
    onChange(next).then(
      () => {
        if (clear) setTyped('');
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  const addTyped = () => {
    const tag = typed.trim();
    if (tag === '') return;
    if (tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) {
      setTyped('');
      return;
    }
    commit([...tags, tag], true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addTyped();
  };

  const offered = suggestions.filter((suggestion) => !tags.includes(suggestion));
  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span className="tag-text">{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${tag}`}
                title="Remove tag"
                onClick={() => commit(tags.filter((existing) => existing !== tag), false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        className="tag-input"
        aria-label="Add tag"
        placeholder="Add tag…"
        list={`${id}-suggestions`}
        value={typed}
        autoComplete="off"
        onChange={(event) => {
          setTyped(event.target.value);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={addTyped}
        aria-invalid={error !== undefined}
      />
      <datalist id={`${id}-suggestions`}>
        {offered.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
