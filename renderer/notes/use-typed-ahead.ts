import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';

/**
 * What the reader types after A, before the note field exists: captured (not lost, not taken as
 * shortcuts) from `begin()` until the field takes it with `take()`. Listened for from the commit, as the
 * shortcuts are (use-annotate-shortcuts.ts), so that it is in place before the first A.
 */
export function useTypedAhead(): { begin: () => void; take: () => string; drop: () => void } {
  const typed = useRef<string | null>(null);

  useLayoutEffect(() => {
    const keep = (event: KeyboardEvent) => {
      if (typed.current === null || event.ctrlKey || event.metaKey || event.altKey) return;
      const character = event.key === 'Enter' ? '\n' : event.key.length === 1 ? event.key : null;
      if (character === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      typed.current += character;
    };
    window.addEventListener('keydown', keep, true);
    return () => window.removeEventListener('keydown', keep, true);
  }, []);

  const begin = useCallback(() => {
    typed.current = '';
  }, []);
  /** Hands over what was typed, once, and stops capturing. */
  const take = useCallback(() => {
    const text = typed.current ?? '';
    typed.current = null;
    return text;
  }, []);
  const drop = useCallback(() => {
    typed.current = null;
  }, []);
  return useMemo(() => ({ begin, take, drop }), [begin, take, drop]);
}
