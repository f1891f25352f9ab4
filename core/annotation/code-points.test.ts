import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetConverter } from './code-points.js';

describe('offsets in code points and UTF-16 units', () => {
  it('leaves a text without astral characters as it is', () => {
    const converter = offsetConverter('Filippov [Stalin] agrees.');
    expect([0, 9, 25].map(converter.toCodePoints)).toEqual([0, 9, 25]);
    expect([0, 9, 25].map(converter.toUtf16)).toEqual([0, 9, 25]);
  });

  it('counts an emoji or a historic script’s letter as one code point and two units', () => {
    // "𐌰" (Gothic) and "😀" each take two UTF-16 units.
    const text = 'a𐌰b😀c';
    const converter = offsetConverter(text);
    expect(text.indexOf('b')).toBe(3);
    expect(converter.toCodePoints(3)).toBe(2);
    expect(converter.toCodePoints(text.indexOf('c'))).toBe(4);
    expect(converter.toUtf16(4)).toBe(text.indexOf('c'));
    expect([...text].slice(2, 4).join('')).toBe(text.slice(converter.toUtf16(2), converter.toUtf16(4)));
  });

  it('goes there and back at every character boundary of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const converter = offsetConverter(text);
        let utf16 = 0;
        [...text].forEach((character, codePoints) => {
          expect(converter.toUtf16(codePoints)).toBe(utf16);
          expect(converter.toCodePoints(utf16)).toBe(codePoints);
          utf16 += character.length;
        });
        expect(converter.toCodePoints(text.length)).toBe([...text].length);
      }),
    );
  });
});
