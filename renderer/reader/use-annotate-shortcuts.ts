import { useLayoutEffect, useRef } from 'react';
import { isTyping } from './keys.js';

/** What the annotation shortcuts do: highlight, write a note, or tag people (the person picker). */
export type AnnotateKind = 'highlight' | 'note' | 'person';

const KEYS: ReadonlyMap<string, AnnotateKind> = new Map<string, AnnotateKind>([
  ['h', 'highlight'],
  ['a', 'note'],
  ['p', 'person'],
]);

/**
 * H highlights the selected passage and A annotates it (as in Hypothesis), P tags people on it, from
 * anywhere in the window except while typing in a field, inside a dialog, or with a modifier held
 * (Ctrl+A still selects all, Ctrl+P still prints). The keys are listened for from the commit that shows
 * the text, not from the effects after it, which may wait for a frame: on the first screen a key pressed
 * as the page is taken over works at once.
 */
export function useAnnotateShortcuts(annotate: (kind: AnnotateKind) => void): void {
  const annotateRef = useRef(annotate);
  useLayoutEffect(() => {
    annotateRef.current = annotate;
  }, [annotate]);

  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const kind = KEYS.get(event.key.toLowerCase());
      if (!kind) return;
      event.preventDefault();
      annotateRef.current(kind);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
