import { useEffect, useRef } from 'react';
import { isTyping } from './keys.js';

interface CommandKeyOptions {
  /** Also from a text field: for a key that types nothing with the command key held. */
  whileTyping?: boolean;
  /** The class of the dialog the command opens, where the key still works; any other dialog keeps its keys. */
  ownDialog?: string;
}

/**
 * Ctrl/Cmd+`key` (without Shift or Alt) calls `action`. The browser's own meaning of the key is taken
 * only when the command runs; a key held down runs it once.
 */
export function useCommandKey(key: string, action: () => void, { whileTyping = false, ownDialog }: CommandKeyOptions = {}): void {
  const actionRef = useRef(action);
  useEffect(() => {
    actionRef.current = action;
  }, [action]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== key) return;
      if (!whileTyping && isTyping(event.target)) return;
      const dialog = event.target instanceof Element ? event.target.closest('dialog') : null;
      if (dialog && !(ownDialog !== undefined && dialog.classList.contains(ownDialog))) return;
      event.preventDefault();
      if (!event.repeat) actionRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, whileTyping, ownDialog]);
}
