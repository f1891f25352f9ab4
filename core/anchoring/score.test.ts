import { describe, expect, it } from 'vitest';
import { flankedByContext, prefixDistance, suffixDistance, weigh } from './score.js';

const TEXT = 'they agree with the proposal of the Koreans to move toward reunification [*pristupit k obiednineniiu*]. In this regard';
/** As describePassage stores it: 32 units of context on each side. */
const QUOTE = { exact: 'move toward reunification', prefix: ' the proposal of the Koreans to ', suffix: ' [*pristupit k obiednineniiu*]. ' };
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

  it('counts the edge of the text as context when the passage was next to it', () => {
    const text = 'For Mao Zedong. For Mao';
    const quote = { exact: 'Mao', prefix: 'For Mao Zedong. For ', suffix: '' };
    expect(suffixDistance(text, text.length, '')).toBe(0);
    expect(suffixDistance(text, 7, '')).toBeGreaterThan(0);
    expect(weigh(text, quote, { start: 20, end: 23, errors: 0 }).cost).toBe(0);
    expect(prefixDistance(text, 4, 'For ')).toBe(0);
    expect(prefixDistance(text, 20, 'For ')).toBeGreaterThan(0);
  });
});

describe('flankedByContext', () => {
  it('accepts the passage with a word changed beside it', () => {
    const edited = TEXT.replace('Koreans to move', 'Koreans to eventually move');
    expect(flankedByContext(edited, QUOTE, at(edited), 0)).toBe(true);
  });

  it('rejects a lookalike inside the context of a deleted passage', () => {
    // The passage "a" was deleted; the "a" starting "agree" has the passage's prefix and most of its suffix.
    const quote = { exact: 'a', prefix: 'opinion that they ', suffix: ' agree with the proposal of the K' };
    const edited = 'opinion that they agree with the proposal of the Koreans';
    const lookalike = { start: 'opinion that they '.length, end: 'opinion that they '.length + 1, errors: 0 };
    expect(weigh(edited, quote, lookalike).prefixCost).toBe(0);
    expect(flankedByContext(edited, quote, lookalike, 0)).toBe(false);
  });
});
