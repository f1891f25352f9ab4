import type { Person } from '../../core/people/model.js';

/**
 * Person colours the theme can paint at once (Highlights.css: one ::highlight rule per slot; tokens.css:
 * --person-1 … --person-12). As many as the store's palette, so that people given its colours never share.
 */
export const PERSON_SLOTS = 12;

/** Which slot paints each person, and the colour each slot holds (slot n is `colours[n - 1]`). */
export interface PersonSlots {
  slotOf: (personId: string) => number;
  colours: readonly string[];
}

/**
 * The slots for the registry: one per distinct colour, in the order people are listed, so two people of
 * one colour share a slot and no slot ever holds two colours. Slot 0 is the neutral mark of someone the
 * registry no longer lists, or of a colour beyond the slots.
 */
export function personSlots(people: readonly Pick<Person, 'id' | 'colour'>[]): PersonSlots {
  const colourSlot = new Map<string, number>();
  const slots = new Map<string, number>();
  for (const person of people) {
    const colour = person.colour.toLowerCase();
    let slot = colourSlot.get(colour);
    if (slot === undefined) {
      slot = colourSlot.size < PERSON_SLOTS ? colourSlot.size + 1 : 0;
      if (slot > 0) colourSlot.set(colour, slot);
    }
    slots.set(person.id, slot);
  }
  return { slotOf: (personId) => slots.get(personId) ?? 0, colours: [...colourSlot.keys()] };
}
