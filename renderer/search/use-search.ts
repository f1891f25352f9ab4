import { useEffect, useState } from 'react';
import type { SearchResults } from '../../core/api.js';
import { api } from '../api/client.js';

/** How long typing must pause before the store is asked: one search a word, not one a keystroke. */
const DEBOUNCE_MS = 150;

/** Where a search stands: nothing asked yet, waiting, answered, or refused with a message for the reader. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; stale?: SearchResults }
  | { status: 'ready'; results: SearchResults }
  | { status: 'failed'; message: string };

/**
 * The results for `query` as the reader types it: asked for once typing pauses, answers to an older query
 * dropped. A blank query asks nothing (the dialog says what to type); a refusal (a query too long) is a
 * state with the store's message, never a thrown error.
 */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });

  useEffect(() => {
    if (query.trim() === '') {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => ({ status: 'searching', ...(previous.status === 'ready' && { stale: previous.results }) }));
    const timer = window.setTimeout(() => {
      api.search({ query }).then(
        (results) => {
          if (current) setState({ status: 'ready', results });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  return state;
}
