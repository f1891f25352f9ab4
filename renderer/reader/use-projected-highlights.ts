import { useEffect } from 'react';
import type { ProjectedAnnotation } from '../../core/api.js';
import type { Category } from '../../core/annotation/model.js';
import { CATEGORY_SLOTS, categorySlot } from '../notes/categories.js';
import { addToSlot, highlightsSupported as supported, paintSlots } from './slot-highlights.js';
import { passageRange } from './text-dom.js';

const slotName = (slot: number) => `carrel-projected-${slot}`;
const ACTIVE = 'carrel-projected-active';
const ALL_NAMES = [...Array.from({ length: CATEGORY_SLOTS + 1 }, (_, slot) => slotName(slot)), ACTIVE];

/**
 * Paints where the other transcriptions' notes land on this one (Highlights.css): a dashed underline in
 * the note's colour, not a wash, so that the reader tells them from the notes made here at a glance; the
 * one whose card is open (`activeId`) gets a light wash as well. Below this transcription's own paint in
 * priority: where both fall on a word, the reader's own note is what shows first.
 */
export function useProjectedHighlights(
  article: Element | null,
  projected: readonly ProjectedAnnotation[],
  categories: readonly Category[],
  activeId: string | null,
): void {
  useEffect(() => {
    if (!supported()) return;
    const bySlot = new Map<number, StaticRange[]>();
    let active: StaticRange | undefined;
    for (const { annotation, anchor } of projected) {
      if (!article || anchor.status !== 'anchored') continue;
      const range = passageRange(article, anchor.start, anchor.end);
      if (!range) continue;
      if (annotation.id === activeId) active = range;
      addToSlot(bySlot, categorySlot(categories, annotation.category), range);
    }
    paintSlots(bySlot, slotName, () => -1);
    if (active) CSS.highlights.set(ACTIVE, Object.assign(new Highlight(active), { priority: -1 }));
    else CSS.highlights.delete(ACTIVE);
  }, [article, projected, categories, activeId]);

  // Leaving the document (or the reader) takes its paint with it.
  useEffect(
    () => () => {
      if (supported()) for (const name of ALL_NAMES) CSS.highlights.delete(name);
    },
    [],
  );
}
