import { useCallback, useEffect, useState } from 'react';

/** Said on the window when a stored state changes, so that every component showing it follows. */
const STORED = 'carrel-stored-state';

/**
 * State kept in localStorage under `key`, shared by every component that uses the same key (a setting
 * changed in the Settings sheet is applied by the banner that holds it). A stored value that `accepts`
 * refuses (an older format, a hand edit) falls back to `initial`; storage that is disabled or full only
 * loses persistence, never the state.
 */
export function useStoredState<T>(key: string, initial: T, accepts: (value: unknown) => value is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(key);
      const parsed: unknown = stored === null ? undefined : JSON.parse(stored);
      return accepts(parsed) ? parsed : initial;
    } catch {
      return initial;
    }
  });

  useEffect(() => {
    const follow = (event: Event) => {
      const said: unknown = event instanceof CustomEvent ? event.detail : undefined;
      if (typeof said === 'object' && said !== null && 'key' in said && said.key === key && 'value' in said && accepts(said.value)) setValue(said.value);
    };
    window.addEventListener(STORED, follow);
    return () => window.removeEventListener(STORED, follow);
  }, [key, accepts]);

  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Not persisted this time; the choice still applies to this window.
      }
      window.dispatchEvent(new CustomEvent(STORED, { detail: { key, value: next } }));
    },
    [key],
  );

  return [value, store];
}
