import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedText, narrowToQuote } from './whitespace.js';

/** Texts of words and whitespace runs of every kind. */
const text = fc.array(fc.constantFrom('Mao', 'a', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', ' \n\n '), { maxLength: 30 }).map((parts) => parts.join(''));

describe('collapsedText', () => {
  it('reads every run of whitespace as one space', () => {
    expect(collapsedText('Comr.\r\n  Mao\tZedong!\n').text).toBe('Comr. Mao Zedong! ');
  });

  it('maps each collapsed offset back to the raw text: a run by its start, the offset after it by its end', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const view = collapsedText(raw);
        expect(view.toRaw(0)).toBe(0);
        expect(view.toRaw(view.text.length)).toBe(raw.length);
        for (let offset = 0; offset < view.text.length; offset++) {
          const at = view.toRaw(offset);
          if (view.text[offset] === ' ') expect(raw.slice(at, view.toRaw(offset + 1)).trim()).toBe('');
          else expect(raw[at]).toBe(view.text[offset]);
          expect(view.fromRaw(at)).toBe(offset);
        }
      }),
    );
  });
});

describe('narrowToQuote', () => {
  it('keeps no more of a run at an edge of a passage than its quote has there', () => {
    const raw = 'For\n\n\nMao Zedong  \n';
    expect(narrowToQuote(raw, 3, raw.length, 1, 1)).toEqual({ start: 5, end: 17 });
    expect(narrowToQuote(raw, 3, raw.length, 0, 0)).toEqual({ start: 6, end: 16 });
    expect(narrowToQuote(raw, 6, 16, 0, 0)).toEqual({ start: 6, end: 16 });
  });
});
