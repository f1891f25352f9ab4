import { useEffect, useRef } from 'react';
import { characterAt } from './text-dom.js';

/**
 * A click on something painted over the text (a highlight, a proposed mention) hands `onHit` what
 * `hitAt` finds at the character clicked; a click that ends a drag selects instead. While the pointer
 * is over such a thing the article has the class `over-highlight`, so the pointer says it can be clicked.
 */
export function useTextClicks<T>(article: HTMLElement | null, hitAt: (offset: number) => T | undefined, onHit: (hit: T) => void): void {
  const onHitRef = useRef(onHit);
  useEffect(() => {
    onHitRef.current = onHit;
  }, [onHit]);

  useEffect(() => {
    if (!article) return;
    const hit = (event: MouseEvent) => {
      const offset = characterAt(article, event.clientX, event.clientY);
      return offset === null ? undefined : hitAt(offset);
    };
    const onClick = (event: MouseEvent) => {
      if (document.getSelection()?.isCollapsed === false) return;
      const found = hit(event);
      if (found !== undefined) onHitRef.current(found);
    };
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => article.classList.toggle('over-highlight', event.buttons === 0 && hit(event) !== undefined));
    };
    article.addEventListener('click', onClick);
    article.addEventListener('mousemove', onMove);
    return () => {
      cancelAnimationFrame(frame);
      article.removeEventListener('click', onClick);
      article.removeEventListener('mousemove', onMove);
    };
  }, [article, hitAt]);
}
