import { useEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+F opens find in the transcription instead of the browser's own find (which cannot see the
 * painted notes and finds in the panels too), from anywhere but inside a dialog; F3 and Shift+F3, and
 * Ctrl/Cmd+G and Shift+Ctrl/Cmd+G, go to the next and previous match while it is open.
 */
export function useFindShortcut(open: () => void, step: ((by: 1 | -1) => void) | null): void {
  const openRef = useRef(open);
  const stepRef = useRef(step);
  useEffect(() => {
    openRef.current = open;
    stepRef.current = step;
  }, [open, step]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      const key = event.key.toLowerCase();
      if (command && !event.shiftKey && key === 'f') {
        event.preventDefault();
        openRef.current();
        return;
      }
      const stepping = stepRef.current;
      if (stepping && (event.key === 'F3' || (command && key === 'g'))) {
        event.preventDefault();
        stepping(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
