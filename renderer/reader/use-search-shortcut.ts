import { useEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+K opens the search, from anywhere: also while typing a note, since K types nothing with the
 * command key, but not from inside another dialog, which keeps its keys. The browser's own Ctrl+K (its
 * address bar search) is taken only then.
 */
export function useSearchShortcut(open: () => void): void {
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      const dialog = event.target instanceof Element ? event.target.closest('dialog') : null;
      if (dialog && !dialog.classList.contains('search-dialog')) return;
      event.preventDefault();
      if (!event.repeat) openRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
