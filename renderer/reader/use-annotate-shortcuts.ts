import { useEffect, useRef } from 'react';
import { isTyping } from './keys.js';

/** What the annotation shortcuts do. */
export type AnnotateKind = 'highlight' | 'note';

/**
 * H highlights the selected passage and A annotates it (as in Hypothesis), from anywhere in the window
 * except while typing in a field or with a modifier held (Ctrl+A still selects all).
 */
export function useAnnotateShortcuts(annotate: (kind: AnnotateKind) => void): void {
  const annotateRef = useRef(annotate);
  useEffect(() => {
    annotateRef.current = annotate;
  }, [annotate]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const kind = event.key === 'h' || event.key === 'H' ? 'highlight' : event.key === 'a' || event.key === 'A' ? 'note' : undefined;
      if (!kind) return;
      event.preventDefault();
      annotateRef.current(kind);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
