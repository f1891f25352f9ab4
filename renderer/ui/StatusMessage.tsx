import type { Loadable } from '../api/use-api.js';
import './StatusMessage.css';

interface StatusMessageProps {
  /** A call that has not (or not yet) answered. */
  loadable: Exclude<Loadable<unknown>, { status: 'ready' }>;
  retry: () => void;
  /** "Opening the document…" */
  loadingText: string;
  /** "The document could not be opened." — the store's own message follows it. */
  failureText: string;
}

/**
 * What a pending or failed call shows: a polite status while loading (faded in late, so quick answers
 * do not flash), or an alert with the store's message and a "Try again" button.
 */
export function StatusMessage({ loadable, retry, loadingText, failureText }: StatusMessageProps) {
  if (loadable.status === 'loading') {
    return (
      <p role="status" className="status status-loading">
        {loadingText}
      </p>
    );
  }
  return (
    <div role="alert" className="status status-failed">
      <p className="status-title">{failureText}</p>
      <p className="status-detail">{loadable.message}</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
