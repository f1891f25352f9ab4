import { useEffect } from 'react';
import type { MentionProposal } from '../../core/api.js';
import type { PaintedPassage } from '../notes/use-annotations.js';
import { PERSON_SLOTS } from '../people/person-slots.js';
import type { TextOffsets } from './selection-offsets.js';
import { passageRange } from './text-dom.js';
import { useTextGrowth } from './text-growth.js';
import { highlightsSupported as supported } from './slot-highlights.js';

/** What the text shows of people. */
export interface PersonMarks {
  mentions: readonly MentionProposal[];
  annotations: readonly PaintedPassage[];
  slotOf: (personId: string) => number;
  /** Dim all but this person's tagged passages; null shows the whole text. */
  onlyPersonId: string | null;
  /** A proposal the reader is looking at in the panel. */
  focused: TextOffsets | null;
  /** The passage the person picker is open for: it keeps looking selected while the focus is in the picker. */
  pending: TextOffsets | null;
}

const PROPOSED = 'carrel-mention';
const taggedName = (slot: number) => `carrel-person-${slot}`;
const ONLY = 'carrel-only';
const FOCUSED = 'carrel-mention-focus';
const PENDING = 'carrel-pending';
const SLOTS = Array.from({ length: PERSON_SLOTS + 1 }, (_, slot) => slot);
const ALL_NAMES = [PROPOSED, ...SLOTS.map(taggedName), ONLY, FOCUSED, PENDING];

/** Registers one highlight per slot (or deletes it when the slot has no ranges). */
function paintSlots(bySlot: ReadonlyMap<number, StaticRange[]>): void {
  for (const slot of SLOTS) {
    const ranges = bySlot.get(slot);
    if (ranges) CSS.highlights.set(taggedName(slot), new Highlight(...ranges));
    else CSS.highlights.delete(taggedName(slot));
  }
}

function paintOne(name: string, ranges: readonly StaticRange[], priority: number): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
}

/**
 * Paints people over the article with the CSS Custom Highlight API (the rules are in Highlights.css):
 * a proposed mention gets a dashed underline in one neutral ink (a question, whoever it names), a tagged
 * passage (an accepted mention, or one tagged by hand) a solid one in its person's colour; rejected
 * mentions nothing. With a person chosen, the
 * article dims and their passages keep full ink. Like use-highlights.ts, the text's DOM is never touched,
 * and a long text is painted as it is put on the page.
 */
export function usePersonHighlights(article: Element | null, marks: PersonMarks): void {
  const { mentions, annotations, slotOf, onlyPersonId, focused, pending } = marks;
  // Moves on as a long text is put on the page: the passages in the part just added are painted then.
  const grown = useTextGrowth(article);

  useEffect(() => {
    if (!supported()) return;
    const ranges = mentions.flatMap((mention) => (article && mention.status === 'proposed' ? (passageRange(article, mention.start, mention.end) ?? []) : []));
    paintOne(PROPOSED, ranges, 0);
  }, [article, mentions, grown]);

  useEffect(() => {
    if (!supported()) return;
    const tagged = new Map<number, StaticRange[]>();
    for (const annotation of annotations) {
      // People first: most of 10,000 annotations tag nobody, and need no range here.
      if (!article || annotation.anchor.status !== 'anchored' || annotation.people.length === 0) continue;
      const range = passageRange(article, annotation.anchor.start, annotation.anchor.end);
      if (!range) continue;
      for (const slot of new Set(annotation.people.map(slotOf))) tagged.set(slot, [...(tagged.get(slot) ?? []), range]);
    }
    paintSlots(tagged);
  }, [article, annotations, slotOf, grown]);

  useEffect(() => {
    if (!supported() || !article) {
      if (supported()) CSS.highlights.delete(ONLY);
      return;
    }
    article.classList.toggle('only-person', onlyPersonId !== null);
    const ranges =
      onlyPersonId === null
        ? []
        : annotations.flatMap((annotation) =>
            annotation.anchor.status === 'anchored' && annotation.people.includes(onlyPersonId)
              ? (passageRange(article, annotation.anchor.start, annotation.anchor.end) ?? [])
              : [],
          );
    paintOne(ONLY, ranges, 0);
    return () => article.classList.remove('only-person');
  }, [article, annotations, onlyPersonId, grown]);

  useEffect(() => {
    if (!supported()) return;
    const range = article && focused && passageRange(article, focused.start, focused.end);
    paintOne(FOCUSED, range ? [range] : [], 1);
  }, [article, focused]);

  useEffect(() => {
    if (!supported()) return;
    const range = article && pending && passageRange(article, pending.start, pending.end);
    paintOne(PENDING, range ? [range] : [], 2);
  }, [article, pending]);

  // Leaving the document (or the reader) takes its paint with it.
  useEffect(
    () => () => {
      if (supported()) for (const name of ALL_NAMES) CSS.highlights.delete(name);
    },
    [],
  );
}
