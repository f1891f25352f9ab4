import { useCallback, useSyncExternalStore } from 'react';

/** Said on the window when a stored state changes, so that every component showing it follows. */
const STORED = 'carrel-stored-state';

/** What this window stored, by key, where localStorage is disabled or full: the choice still applies here. */
const unpersisted = new Map<string, string>();

/** The stored text under `key`, or null. */
function storedText(key: string): string | null {
  if (unpersisted.has(key)) return unpersisted.get(key) ?? null;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function followStored(changed: () => void): () => void {
  window.addEventListener(STORED, changed);
  return () => window.removeEventListener(STORED, changed);
}

/** What the host renders as stored, by key (the page's look, from its cookie), and the page takes over with. */
let storedOnHost: ReadonlyMap<string, string> = new Map();

/** Sets the stored texts the host's render reads, and the page's take-over of it. */
export function hostStoredState(stored: Readonly<Record<string, string>>): void {
  storedOnHost = new Map(Object.entries(stored));
}

/** Parsed values by their stored text: a snapshot must be the same object while its text is the same. */
const parsed = new Map<string, unknown>();

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  if (!parsed.has(text)) {
    try {
      parsed.set(text, JSON.parse(text));
    } catch {
      parsed.set(text, undefined);
    }
  }
  return parsed.get(text);
}

/**
 * State kept in localStorage under `key`, shared by every component that uses the same key (a setting
 * changed in the Settings sheet is applied by the banner that holds it). A stored value that `accepts`
 * refuses (an older format, a hand edit) falls back to `initial`; storage that is disabled or full only
 * loses persistence, never the state. Where the host renders the first screen there is no storage: it
 * renders what the page told it (hostStoredState) or `initial`, and the page reads the stored value as it
 * takes that screen over.
 */
export function useStoredState<T>(key: string, initial: T, accepts: (value: unknown) => value is T): [T, (value: T) => void] {
  const stored = parse(useSyncExternalStore(followStored, () => storedText(key), () => storedOnHost.get(key) ?? null));
  const value = accepts(stored) ? stored : initial;

  const store = useCallback(
    (next: T) => {
      const text = JSON.stringify(next);
      try {
        localStorage.setItem(key, text);
        unpersisted.delete(key);
      } catch {
        unpersisted.set(key, text);
      }
      window.dispatchEvent(new CustomEvent(STORED, { detail: { key } }));
    },
    [key],
  );

  return [value, store];
}
