import { useEffect, useRef } from 'react';
import type { HistoryStep } from '../../core/api.js';
import { api } from '../api/client.js';
import { useLibrary } from '../library/library-context.js';
import { isTyping } from './keys.js';

/**
 * Ctrl/Cmd+Z undoes the last change to the notes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo it, anywhere but in
 * a text field, where the browser's own undo of typing applies. `onStep` hears what was done (or the
 * store's refusal) so the caller can announce it and read the notes again; the library hears of every
 * step too, as one may have changed a document's information or brought a deleted document back.
 */
export function useUndoShortcuts(onStep: (kind: 'undo' | 'redo', outcome: { step: HistoryStep } | { error: string }) => void): void {
  const onStepRef = useRef(onStep);
  const library = useLibrary();
  const libraryRef = useRef(library);
  useEffect(() => {
    onStepRef.current = onStep;
    libraryRef.current = library;
  }, [onStep, library]);

  useEffect(() => {
    // Steps run one after another, in the order pressed; a held key (auto-repeat) does not pile them up.
    let queue = Promise.resolve();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const kind = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : undefined;
      if (!kind) return;
      event.preventDefault();
      if (event.repeat) return;
      queue = queue
        .then(() => (kind === 'undo' ? api.undo({}) : api.redo({})))
        .then(
          (step) => {
            onStepRef.current(kind, { step });
            if (step.description !== null) libraryRef.current.changed(step.documentId);
          },
          (error: unknown) => onStepRef.current(kind, { error: error instanceof Error ? error.message : String(error) }),
        );
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
