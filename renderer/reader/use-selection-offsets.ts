import { useEffect, useState } from 'react';
import { NO_SELECTION, readSelection, type TextSelection } from './text-dom.js';

function same(a: TextSelection, b: TextSelection): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'passage' || (b.kind === 'passage' && a.start === b.start && a.end === b.end);
}

/**
 * The document's selection as a passage of the article's reading text, followed as it changes (mouse,
 * keyboard, or script). A new value only when the passage itself changes, so a drag does not re-render
 * the reader at every pixel that selects no new character.
 */
export function useSelectionOffsets(article: Element | null): TextSelection {
  const [selection, setSelection] = useState<TextSelection>(NO_SELECTION);

  useEffect(() => {
    if (!article) return;
    const follow = () => {
      const next = readSelection(article);
      setSelection((previous) => (same(previous, next) ? previous : next));
    };
    follow();
    document.addEventListener('selectionchange', follow);
    return () => {
      document.removeEventListener('selectionchange', follow);
      setSelection(NO_SELECTION);
    };
  }, [article]);

  return selection;
}
