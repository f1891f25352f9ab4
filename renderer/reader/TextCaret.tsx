import { useEffect, useState } from 'react';
import { selectionFocusRect } from './text-dom.js';

interface TextCaretProps {
  article: HTMLElement | null;
  /** The positioned box the caret is drawn in (the reading column). */
  container: HTMLElement | null;
}

interface CaretBox {
  top: number;
  left: number;
  height: number;
}

/**
 * The keyboard caret in the reading text. The text is not editable, so the browser draws no caret of
 * its own; this one shows where the arrow keys are, while the text has the focus and nothing is
 * selected (a selection shows itself). Decoration only: hidden from screen readers, never in the way of the mouse.
 */
export function TextCaret({ article, container }: TextCaretProps) {
  const [box, setBox] = useState<CaretBox | null>(null);

  useEffect(() => {
    if (!article || !container) return;
    const update = () => {
      const selection = document.getSelection();
      const show = document.activeElement === article && selection?.isCollapsed && selection.anchorNode && article.contains(selection.anchorNode);
      const rect = show ? selectionFocusRect() : null;
      if (!rect) {
        setBox(null);
        return;
      }
      const frame = container.getBoundingClientRect();
      setBox({ top: rect.top - frame.top, left: rect.left - frame.left, height: rect.height });
    };
    document.addEventListener('selectionchange', update);
    article.addEventListener('focus', update);
    article.addEventListener('blur', update);
    const observer = new ResizeObserver(update);
    observer.observe(container);
    return () => {
      document.removeEventListener('selectionchange', update);
      article.removeEventListener('focus', update);
      article.removeEventListener('blur', update);
      observer.disconnect();
    };
  }, [article, container]);

  if (!box) return null;
  // Keyed by position, so the blink restarts (solid) at every move, as a text caret does.
  return <span key={`${box.top}:${box.left}`} className="text-caret" aria-hidden="true" style={{ top: box.top, left: box.left, height: box.height }} />;
}
