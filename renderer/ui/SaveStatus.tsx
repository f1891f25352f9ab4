import type { SaveState } from '../notes/use-autosaved-text.js';

/**
 * How a text saved as you type stands: a quiet "Saving…" then "Saved" beside the field, or the store's
 * refusal in an alert (the typed text stays in the field, to shorten or copy elsewhere).
 */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.status === 'failed') {
    return (
      <p role="alert" className="save-failed">
        Not saved: {state.message}
      </p>
    );
  }
  const text = state.status === 'saved' ? 'Saved' : state.status === 'pending' || state.status === 'saving' ? 'Saving…' : '';
  return (
    <span className="save-status" data-status={state.status}>
      {text}
    </span>
  );
}
