import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Where a text saved as you type stands. `failed` keeps the store's message; the typed text is never dropped. */
export type SaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' } | { status: 'failed'; message: string };

/** How long typing must pause before the text is sent: one call per pause, not per keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

/** A field's text and how it is saved. */
export interface AutosavedText {
  /** What the field shows: the reader's text, which may be ahead of the store. */
  draft: string;
  /** Call with each change; saves once typing pauses. */
  change: (text: string) => void;
  /** Sends a pending change now (on blur, before the field goes away). */
  flush: () => void;
  state: SaveState;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A text field's value saved as the reader types: debounced, sent in order (a later save never overtakes
 * an earlier one), flushed when the field unmounts. When the stored value changes from elsewhere (an
 * undo, a rename in another window) the draft follows it, unless the reader has typed something not yet
 * saved: their text wins. On a refusal the draft stays as typed and `state` carries the store's message.
 */
export function useAutosavedText(stored: string, save: (text: string) => Promise<unknown>, delay = AUTOSAVE_DELAY_MS): AutosavedText {
  const [draft, setDraft] = useState(stored);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  // What the store is known to hold, so that the echo of our own save is not taken for a change from elsewhere.
  const known = useRef(stored);
  const unsent = useRef<string | null>(null);
  const inFlight = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);

  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (stored === known.current || unsent.current !== null || inFlight.current > 0) return;
    known.current = stored;
    setDraft(stored);
    setState({ status: 'idle' });
  }, [stored]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const text = unsent.current;
    if (text === null) return;
    unsent.current = null;
    inFlight.current += 1;
    setState({ status: 'saving' });
    queue.current = queue.current
      .then(() => saveRef.current(text))
      .then(
        () => {
          known.current = text;
          inFlight.current -= 1;
          if (unsent.current === null && inFlight.current === 0) setState({ status: 'saved' });
        },
        (error: unknown) => {
          inFlight.current -= 1;
          setState({ status: 'failed', message: messageOf(error) });
        },
      );
  }, []);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      unsent.current = text;
      setState((current) => (current.status === 'failed' ? current : { status: 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, delay);
    },
    [flush, delay],
  );

  // Leaving the field (closing the card, switching documents) must not lose the last words typed.
  useEffect(() => flush, [flush]);

  return { draft, change, flush, state };
}
