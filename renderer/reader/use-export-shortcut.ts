import { useEffect, useRef } from 'react';
import { isTyping } from './keys.js';

/**
 * Ctrl/Cmd+E opens "Export notes" (Electron's File > Export Notes… presses it too), anywhere but in a
 * text field or inside a dialog already open, as the other shortcuts. The browser's own Ctrl+E (search
 * from the address bar) is taken only when the dialog opens.
 */
export function useExportShortcut(open: () => void): void {
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'e') return;
      if (isTyping(event.target) || (event.target instanceof Element && event.target.closest('dialog'))) return;
      event.preventDefault();
      if (!event.repeat) openRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
