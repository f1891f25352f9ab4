import { describe, expect, it } from 'vitest';
import { Tag } from './annotation/model.js';
import { hasVisibleCharacter } from './visible-text.js';

describe('text a reader can see', () => {
  it('is refused when it is only zero-width, format or filler characters', () => {
    for (const invisible of ['\u200b', '\u200d\u200c', '\u2060\ufeff', '\u3164', '\u202e ']) expect(hasVisibleCharacter(invisible), JSON.stringify(invisible)).toBe(false);
    expect(Tag.safeParse('\u200b').error?.issues[0]?.message).toBe('A tag needs a letter, a digit or a sign you can see: this one is only invisible characters.');
  });

  it('is kept when it shows anything, joiners and all', () => {
    for (const visible of ['a', '1950', '#', 'Филиппов', '👩\u200d🔬', 'a\u200b']) expect(hasVisibleCharacter(visible), visible).toBe(true);
    expect(Tag.parse(' Korean War ')).toBe('Korean War');
  });
});
