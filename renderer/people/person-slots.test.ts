import { describe, expect, it } from 'vitest';
import { PERSON_SLOTS, personSlots } from './person-slots.js';

const person = (id: string, colour: string) => ({ id, colour });

describe('personSlots', () => {
  it('gives each colour its own slot, in registry order, from 1', () => {
    const { slotOf, colours } = personSlots([person('stalin', '#c0583f'), person('mao', '#2f8a9a')]);
    expect([slotOf('stalin'), slotOf('mao')]).toEqual([1, 2]);
    expect(colours).toEqual(['#c0583f', '#2f8a9a']);
  });

  it('lets two people of one colour share a slot, whatever the case of the colour', () => {
    const { slotOf, colours } = personSlots([person('a', '#C0583F'), person('b', '#c0583f')]);
    expect(slotOf('a')).toBe(slotOf('b'));
    expect(colours).toHaveLength(1);
  });

  it('paints people beyond the slots, and unknown people, with the neutral slot', () => {
    const many = Array.from({ length: PERSON_SLOTS + 1 }, (_, n) => person(`p${n}`, `#0000${n.toString(16).padStart(2, '0')}`));
    const { slotOf } = personSlots(many);
    expect(slotOf(`p${PERSON_SLOTS}`)).toBe(0);
    expect(slotOf('nobody')).toBe(0);
  });
});
