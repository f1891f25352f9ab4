import { describe, expect, it } from 'vitest';
import { flankedByContext, prefixDistance, suffixDistance, weigh } from './score.js';
import { storedQuote } from './stored.js';

const TEXT = 'they agree with the proposal of the Koreans to move toward reunification [*pristupit k obiednineniiu*]. In this regard';
/** As describePassage stores it: 32 units of context on each side. */
const QUOTE = storedQuote({ exact: 'move toward reunification', prefix: ' the proposal of the Koreans to ', suffix: ' [*pristupit k obiednineniiu*]. ' }, undefined);
const at = (text: string): { start: number; end: number; errors: number } => {
  const start = text.indexOf(QUOTE.exact);
  return { start, end: start + QUOTE.exact.length, errors: 0 };
};

describe('weigh', () => {
  it('costs nothing where the quote and its context are unchanged', () => {
    expect(weigh(TEXT, QUOTE, at(TEXT))).toEqual({ cost: 0, prefixCost: 0, suffixCost: 0, agreement: 1 });
  });

  it('charges a word inserted beside the passage less than its length', () => {
    const edited = TEXT.replace('Koreans to move', 'Koreans to eventually move');
    const { prefixCost, suffixCost } = weigh(edited, QUOTE, at(edited));
    expect(prefixCost).toBeGreaterThan(0);
    expect(prefixCost).toBeLessThan('eventually '.length / 2);
    expect(suffixCost).toBe(0);
  });

  it('charges each stored unit that went missing', () => {
    const edited = TEXT.replace('Koreans to move', 'Koreans move');
    expect(weigh(edited, QUOTE, at(edited)).prefixCost).toBe(' to'.length);
  });

  it('weighs the quote by its errors and everything by its length', () => {
    const { agreement } = weigh(TEXT, QUOTE, { ...at(TEXT), errors: 5 });
    expect(agreement).toBeCloseTo(1 - 5 / (25 + 32 + 32));
  });

  it('counts the edge of the text as context where the describer cut the context there', () => {
    const text = 'For Mao Zedong. For Mao';
    // The suffix is shorter than the prefix (cut to 32 units but for the edge): the passage ended the text.
    const { prefix, suffix } = storedQuote({ exact: 'Mao', prefix: 'x'.repeat(12) + 'For Mao Zedong. For ', suffix: '' }, undefined);
    expect(suffix.weight).toBe(32);
    expect(suffixDistance(text, text.length, suffix)).toBe(0);
    expect(suffixDistance(text, 7, suffix)).toBeGreaterThan(0);
    expect(prefixDistance('x'.repeat(12) + text, 32, prefix)).toBe(0);
    // A prefix the recorded offsets start right after reached the start of the text.
    const first = storedQuote({ exact: 'Mao', prefix: 'For ', suffix: ' Zedong. For Mao' }, 4).prefix;
    expect(prefixDistance(text, 4, first)).toBe(0);
    expect(prefixDistance(text, 20, first)).toBeGreaterThan(0);
  });

  it('reads contexts of one length, however short, or none, as evidence of what they hold and no more', () => {
    const text = 'For Mao Zedong. For Mao';
    const none = storedQuote({ exact: 'Mao', prefix: '', suffix: '' }, 20);
    expect(weigh(text, none, { start: 4, end: 7, errors: 0 })).toEqual({ cost: 0, prefixCost: 0, suffixCost: 0, agreement: 1 });
    // Ten characters of context, as Recogito writes, weigh ten against the quote's 25, even all changed.
    const recogito = storedQuote({ exact: 'move toward reunification', prefix: 'Koreans to', suffix: ' [*pristup' }, undefined);
    expect([recogito.prefix.weight, recogito.suffix.weight]).toEqual([10, 10]);
    const edited = TEXT.replace('the Koreans to move', 'the comrades, move');
    const { prefixCost, suffixCost, agreement } = weigh(edited, recogito, at(edited));
    expect(prefixCost).toBeGreaterThan(0);
    expect(suffixCost).toBe(0);
    expect(agreement).toBeCloseTo(1 - prefixCost / 45);
  });

  it('keeps only the nearest 32 units of a long context', () => {
    const long = storedQuote({ exact: 'Mao', prefix: 'y'.repeat(100_000) + ' the proposal of the Koreans to ', suffix: ' [*pristupit k obiednineniiu*]. ' + 'z'.repeat(100_000) }, undefined);
    expect(long.prefix).toEqual(QUOTE.prefix);
    expect(long.suffix).toEqual(QUOTE.suffix);
  });
});

describe('flankedByContext', () => {
  it('accepts the passage with a word changed beside it', () => {
    const edited = TEXT.replace('Koreans to move', 'Koreans to eventually move');
    expect(flankedByContext(edited, QUOTE, at(edited), 0)).toBe(true);
  });

  it('rejects a lookalike inside the context of a deleted passage', () => {
    // The passage "a" was deleted; the "a" starting "agree" has the passage's prefix and most of its suffix.
    const quote = storedQuote({ exact: 'a', prefix: 'opinion that they ', suffix: ' agree with the proposal of the K' }, undefined);
    const edited = 'opinion that they agree with the proposal of the Koreans';
    const lookalike = { start: 'opinion that they '.length, end: 'opinion that they '.length + 1, errors: 0 };
    expect(weigh(edited, quote, lookalike).prefixCost).toBe(0);
    expect(flankedByContext(edited, quote, lookalike, 0)).toBe(false);
  });
});
