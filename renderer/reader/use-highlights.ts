import { useEffect, useMemo, useRef } from 'react';
import type { Category } from '../../core/annotation/model.js';
import type { PaintedPassage } from '../notes/use-annotations.js';
import { CATEGORY_SLOTS, categorySlot } from '../notes/categories.js';
import { isPersonTag } from '../people/person-tag.js';
import { writeRootProperties } from '../styles/root-properties.js';
import { overlapSegments } from './interval-index.js';
import { addToSlot, highlightsSupported as supported, paintSlots } from './slot-highlights.js';
import { passageRange } from './text-dom.js';
import { useTextGrowth } from './text-growth.js';
import { useShownStretch } from './use-shown-stretch.js';

/** How long a passage jumped to stays marked. */
const FLASH_MS = 1400;

/**
 * A request to mark one annotation's passage, or words of the text (a search hit), briefly; `seq` makes
 * a repeated request for the same one new.
 */
export type FlashRequest = { seq: number } & ({ id: string } | { start: number; end: number });

const slotName = (slot: number) => `carrel-${slot}`;
const OVERLAP = 'carrel-overlap';
const ACTIVE = 'carrel-active';
const FLASH = 'carrel-flash';
const ALL_NAMES = [...Array.from({ length: CATEGORY_SLOTS + 1 }, (_, slot) => slotName(slot)), OVERLAP, ACTIVE, FLASH];

function rangesOf(article: Element, annotations: readonly PaintedPassage[]): Map<string, StaticRange> {
  const ranges = new Map<string, StaticRange>();
  for (const annotation of annotations) {
    if (annotation.anchor.status !== 'anchored') continue;
    const range = passageRange(article, annotation.anchor.start, annotation.anchor.end);
    if (range) ranges.set(annotation.id, range);
  }
  return ranges;
}

/** The range of one annotation's passage, or undefined when it has none on the page. */
function rangeOfId(article: Element | null, annotations: readonly PaintedPassage[], id: string): StaticRange | undefined {
  const anchor = annotations.find((annotation) => annotation.id === id)?.anchor;
  return (article && anchor?.status === 'anchored' && passageRange(article, anchor.start, anchor.end)) || undefined;
}

/**
 * Paints a passage at once in its colour slot's highlight, before the store has answered for it: what
 * the reader sees right after H or A. The store's answer repaints every slot (useHighlights), which
 * replaces this range with the annotation's own; the returned function takes it away again for when the
 * store refuses. Nothing is painted (and nothing is to undo) where the passage cannot be mapped.
 */
export function paintPendingPassage(article: Element, start: number, end: number, slot: number): () => void {
  const range = supported() ? passageRange(article, start, end) : null;
  if (!range) return () => undefined;
  const name = slotName(slot);
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = slot;
    CSS.highlights.set(name, highlight);
  }
  // Already painted: the passage belongs to an annotation, and its range must stay when this is undone.
  if (highlight.has(range)) return () => undefined;
  highlight.add(range);
  const painted = highlight;
  return () => {
    painted.delete(range);
  };
}

/**
 * Paints the annotations over the article with the CSS Custom Highlight API: one highlight per colour
 * category (its ::highlight rule in Highlights.css), the open annotation underlined, and a passage jumped
 * to flashed for a moment. Person tags are left to use-person-highlights.ts. The text's DOM is never
 * touched, so selections stay exact and thousands of overlapping highlights stay cheap. Overlaps show as
 * translucent colours laid over one another. Only the passages in the stretch of text around the window
 * are registered (use-shown-stretch.ts), so a text with 10,000 annotations costs the browser a few hundred
 * ranges per change; scrolling moves the stretch along. While a long text is still being put on the page,
 * its passages are painted as they arrive (text-growth.ts).
 */
export function useHighlights(
  article: Element | null,
  annotations: readonly PaintedPassage[],
  categories: readonly Category[],
  activeId: string | null,
  flash: FlashRequest | null,
): void {
  const grown = useTextGrowth(article);
  const stretch = useShownStretch(article, grown);
  const inStretch = useMemo(
    () => annotations.filter(({ anchor }) => anchor.status === 'anchored' && anchor.end > stretch.start && anchor.start < stretch.end),
    [annotations, stretch],
  );
  // `grown` stands for the part of the text on the page, which passageRange reads from the article.
  const ranges = useMemo(() => (article ? rangesOf(article, inStretch) : new Map<string, StaticRange>()), [article, inStretch, grown]);

  // Each category's own colour, from the store, for tokens.css to paint its slot with.
  useEffect(() => {
    writeRootProperties(new Map(categories.map((category) => [`--category-${categorySlot(categories, category.id)}`, category.colour])));
  }, [categories]);

  useEffect(() => {
    if (!supported()) return;
    // A person tag is painted as its person's underline (use-person-highlights.ts): a page of accepted
    // names must not turn into a page of colour.
    const washed = inStretch.filter((annotation) => !isPersonTag(annotation));
    const bySlot = new Map<number, StaticRange[]>();
    for (const annotation of washed) {
      const range = ranges.get(annotation.id);
      if (range) addToSlot(bySlot, categorySlot(categories, annotation.category), range);
    }
    // Equal priorities would paint in registration order; a fixed order keeps overlaps looking the same.
    paintSlots(bySlot, slotName, (slot) => slot);
    // Where passages overlap or nest, a further wash: a passage inside another of its own colour still shows.
    const anchored = washed.flatMap((annotation) => (annotation.anchor.status === 'anchored' ? [annotation.anchor] : []));
    const overlaps = article
      ? overlapSegments(anchored).flatMap((segment) => passageRange(article, segment.start, segment.end) ?? [])
      : [];
    if (overlaps.length === 0) CSS.highlights.delete(OVERLAP);
    else {
      const highlight = new Highlight(...overlaps);
      highlight.priority = CATEGORY_SLOTS + 1;
      CSS.highlights.set(OVERLAP, highlight);
    }
  }, [article, inStretch, categories, ranges]);

  useEffect(() => {
    if (!supported()) return;
    const range = activeId === null ? undefined : rangeOfId(article, annotations, activeId);
    if (!range) {
      CSS.highlights.delete(ACTIVE);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = CATEGORY_SLOTS + 2;
    CSS.highlights.set(ACTIVE, highlight);
  }, [article, annotations, activeId, grown]);

  // A passage jumped to below the part of a long text on the page yet flashes once it is in.
  const flashed = useRef<FlashRequest | null>(null);
  const flashTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!supported() || !flash || !article || flashed.current === flash) return;
    const range = 'id' in flash ? rangeOfId(article, annotations, flash.id) : passageRange(article, flash.start, flash.end);
    if (!range) return;
    flashed.current = flash;
    const highlight = new Highlight(range);
    highlight.priority = CATEGORY_SLOTS + 3;
    CSS.highlights.set(FLASH, highlight);
    flashTimer.current = window.setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
    // Only a new request flashes (or one still waiting for its passage); a list reloaded meanwhile must not flash it again.
  }, [article, annotations, flash, grown]);
  // A new request, or leaving, ends the last flash at once.
  useEffect(
    () => () => {
      window.clearTimeout(flashTimer.current);
      if (supported()) CSS.highlights.delete(FLASH);
    },
    [flash],
  );

  // Leaving the document (or the reader) takes its paint with it.
  useEffect(
    () => () => {
      if (supported()) for (const name of ALL_NAMES) CSS.highlights.delete(name);
    },
    [],
  );
}
