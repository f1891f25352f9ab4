/**
 * A long transcription is put on the page in steps (WitnessText: the first screen at once, the rest in
 * chunks between frames), so that opening a 1 MB text shows and paints its first page without waiting
 * for the thousands of paragraphs below it. While it grows, the article carries `data-partial`, and
 * after each step it fires GROWN; what maps offsets to the DOM (text-dom.ts) and what paints over it
 * (use-highlights.ts, use-person-highlights.ts) listen, and pick up the passages just added.
 */
import { useEffect, useState } from 'react';

const GROWN = 'carrel-text-grown';
const WANTED = 'carrel-text-wanted';
const PARTIAL = 'data-partial';

/** True while only the start of the article's text is on the page. */
export function isPartial(article: Element): boolean {
  return article.hasAttribute(PARTIAL);
}

/** Marks the article as partial or whole and tells listeners that it grew. For the component that renders the text. */
export function announceGrowth(article: Element, partial: boolean): void {
  article.toggleAttribute(PARTIAL, partial);
  article.dispatchEvent(new Event(GROWN));
}

/** Calls `wanted` when a reader's action needs the whole text at once (scrolling to a passage below); returns the unsubscribe. */
export function onWholeTextWanted(article: Element, wanted: () => void): () => void {
  article.addEventListener(WANTED, wanted);
  return () => article.removeEventListener(WANTED, wanted);
}

/**
 * Runs `then` once the whole text is on the page: at once when it already is, else after asking for the
 * rest and waiting for it (a frame or two). For jumps to a passage that may not be rendered yet.
 */
export function whenWholeText(article: Element, then: () => void): void {
  if (!isPartial(article)) {
    then();
    return;
  }
  const grown = () => {
    if (isPartial(article)) return;
    article.removeEventListener(GROWN, grown);
    then();
  };
  article.addEventListener(GROWN, grown);
  article.dispatchEvent(new Event(WANTED));
}

/**
 * A number that moves on each time more of the article's text is added: a dependency for whatever
 * maps or paints passages, so that those in the part just added are picked up. 0 without an article.
 */
export function useTextGrowth(article: Element | null): number {
  const [grown, setGrown] = useState(0);
  useEffect(() => {
    if (!article) return;
    const grew = () => setGrown((n) => n + 1);
    article.addEventListener(GROWN, grew);
    return () => article.removeEventListener(GROWN, grew);
  }, [article]);
  return grown;
}
