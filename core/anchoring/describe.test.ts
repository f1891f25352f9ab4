import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, TextPositionSelector, TextQuoteSelector } from '../annotation/model.js';
import { describePassage } from './describe.js';

const TELEGRAM_LINE =
  'In a conversation with the Korean comrades Filippov [Stalin] and his friends expressed the opinion, that, in light of the changed international situation, they agree with the proposal of the Koreans to move toward reunification [*pristupit k obiednineniiu*]. In this regard a qualification was made';

describe('describePassage', () => {
  it('takes the exact text and 32 units of context on each side', () => {
    const start = TELEGRAM_LINE.indexOf('move toward reunification');
    const { quote, position } = describePassage(TELEGRAM_LINE, start, start + 25);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'move toward reunification',
      prefix: ' the proposal of the Koreans to ',
      suffix: ' [*pristupit k obiednineniiu*]. ',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 25 });
    expect(TextQuoteSelector.parse(quote)).toEqual(quote);
    expect(TextPositionSelector.parse(position)).toEqual(position);
  });

  it('clamps the context at the ends of the text', () => {
    expect(describePassage('For Mao Zedong.', 4, 7).quote).toMatchObject({ exact: 'Mao', prefix: 'For ', suffix: ' Zedong.' });
    expect(describePassage('For Mao Zedong.', 0, 15).quote).toMatchObject({ prefix: '', suffix: '' });
  });

  it('keeps surrogate pairs whole in prefix and suffix', () => {
    // 𝔐 is two UTF-16 units; placed so that 32 units from the passage fall between its halves.
    const before = `𝔐${'a'.repeat(31)}`;
    const after = `${'b'.repeat(31)}𝔐`;
    const text = `${before}QUOTE${after}`;
    const { quote } = describePassage(text, before.length, before.length + 5);
    expect(quote.prefix).toBe('a'.repeat(31));
    expect(quote.suffix).toBe('b'.repeat(31));
  });

  it('never leaves half a surrogate pair at the edge of its context', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '𝔐', '😊', 'é'), { minLength: 2, maxLength: 120 }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (text, a, b) => {
        // Passages on character boundaries, as a selection in the reader gives them.
        const boundaries = [0];
        for (const char of text) boundaries.push((boundaries.at(-1) ?? 0) + char.length);
        const first = a % (boundaries.length - 1);
        const last = first + 1 + (b % (boundaries.length - 1 - first));
        const start = boundaries[first] ?? 0;
        const end = boundaries[last] ?? text.length;
        const { quote } = describePassage(text, start, end);
        expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(quote.suffix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
        expect(quote.prefix + quote.exact + quote.suffix).toBe(text.slice(start - quote.prefix.length, end + quote.suffix.length));
        expect(quote.suffix).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        expect(quote.prefix).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }),
    );
  });

  it('refuses an empty or out-of-range passage', () => {
    expect(() => describePassage('text', 2, 2)).toThrow(RangeError);
    expect(() => describePassage('text', 3, 9)).toThrow(RangeError);
    expect(() => describePassage('text', -1, 2)).toThrow(RangeError);
  });
});
