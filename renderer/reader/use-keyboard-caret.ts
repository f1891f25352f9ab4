import { useEffect } from 'react';
import { articleRuns, revealSelectionFocus } from './text-dom.js';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';

/** What a key does to the caret: which way and how far. Ctrl (or Alt, as on macOS) moves by word. */
function movement(event: KeyboardEvent): [direction: 'forward' | 'backward', granularity: Granularity] | undefined {
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['forward', byWord ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', byWord ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', 'line'];
    case 'ArrowUp':
      return ['backward', 'line'];
    case 'End':
      return ['forward', event.ctrlKey ? 'documentboundary' : 'lineboundary'];
    case 'Home':
      return ['backward', event.ctrlKey ? 'documentboundary' : 'lineboundary'];
    default:
      return undefined;
  }
}

/** Puts the caret before the first character of the text. */
function caretToStart(article: Element): void {
  const first = articleRuns(article)[0];
  if (first) document.getSelection()?.collapse(first.node, 0);
}

function selectionInside(article: Element): boolean {
  const selection = document.getSelection();
  return !!selection && selection.rangeCount > 0 && !!selection.anchorNode && article.contains(selection.anchorNode);
}

/**
 * Reading with the keyboard: with the text focused, the arrow keys move a caret through it and
 * Shift+arrows extend a selection (Ctrl or Alt by word, Up/Down by line, Home/End to the line's ends),
 * as in a browser's caret browsing, through `Selection.modify`. The first keyboard focus puts the caret
 * at the start of the text; later ones put it back where the reader left it, though a field typed in
 * since has taken the selection. The text itself stays read-only: there is no editing here, only a
 * place to select from.
 */
export function useKeyboardCaret(article: HTMLElement | null): void {
  useEffect(() => {
    if (!article) return;
    let left: Range | null = null;

    const onSelectionChange = () => {
      if (selectionInside(article)) left = document.getSelection()?.getRangeAt(0).cloneRange() ?? left;
    };

    const onFocus = () => {
      // A click focuses the text too, but then the mouse is placing the selection itself.
      if (!article.matches(':focus-visible') || selectionInside(article)) return;
      if (left && article.contains(left.startContainer)) {
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(left);
      } else caretToStart(article);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed && selectionInside(article)) {
          selection.collapseToEnd();
          event.preventDefault();
        }
        return;
      }
      const move = movement(event);
      if (!move || event.metaKey) return;
      const selection = document.getSelection();
      if (!selection) return;
      event.preventDefault();
      if (!selectionInside(article)) caretToStart(article);
      selection.modify(event.shiftKey ? 'extend' : 'move', move[0], move[1]);
      revealSelectionFocus(article);
    };

    document.addEventListener('selectionchange', onSelectionChange);
    article.addEventListener('focus', onFocus);
    article.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      article.removeEventListener('focus', onFocus);
      article.removeEventListener('keydown', onKeyDown);
    };
  }, [article]);
}
