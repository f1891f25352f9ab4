import { useCallback, useState } from 'react';

/**
 * State kept in localStorage under `key`. A stored value that `accepts` refuses (an older format, a hand
 * edit) falls back to `initial`; storage that is disabled or full only loses persistence, never the state.
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

  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Not persisted this time; the choice still applies to this window.
      }
    },
    [key],
  );

  return [value, store];
}
