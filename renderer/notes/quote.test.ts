import { describe, expect, it } from 'vitest';
import { flatQuote, shortQuote } from './quote.js';

describe('shortQuote', () => {
  it('keeps a short quote whole, on one line', () => {
    expect(shortQuote('move toward\nreunification')).toBe('move toward reunification');
  });

  it('reads a non-breaking space as a plain space', () => {
    expect(flatQuote('Comr.\u00a0Mao')).toBe('Comr. Mao');
  });

  it('keeps the beginning and the end of a long quote, cut between words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const short = shortQuote(words, 100);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short.startsWith('word0 word1')).toBe(true);
    expect(short.endsWith('word79')).toBe(true);
    expect(short).toContain(' … ');
    for (const part of short.split(' … ')) expect(part.split(' ').every((word) => /^word\d+$/.test(word))).toBe(true);
  });
});
