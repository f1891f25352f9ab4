/**
 * Painting with the CSS Custom Highlight API, shared by every layer that paints the text: whether the
 * browser has it, and one highlight per colour slot.
 */
import { CATEGORY_SLOTS } from '../notes/categories.js';

/** True where `CSS.highlights` exists; without it nothing is painted, and nothing breaks. */
export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Adds `range` to its slot's list, in place: copying the list for each range would be quadratic in 10,000 passages. */
export function addToSlot(bySlot: Map<number, StaticRange[]>, slot: number, range: StaticRange): void {
  const ranges = bySlot.get(slot);
  if (ranges) ranges.push(range);
  else bySlot.set(slot, [range]);
}

/**
 * Registers one highlight per colour slot, named by `name`, from the ranges grouped by slot; a slot left
 * without ranges is removed. `priority` orders the slots where passages overlap.
 */
export function paintSlots(bySlot: ReadonlyMap<number, StaticRange[]>, name: (slot: number) => string, priority: (slot: number) => number): void {
  for (let slot = 0; slot <= CATEGORY_SLOTS; slot++) {
    const ranges = bySlot.get(slot);
    if (!ranges) {
      CSS.highlights.delete(name(slot));
      continue;
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = priority(slot);
    CSS.highlights.set(name(slot), highlight);
  }
}
