import { describe, expect, it } from 'vitest';
import { foldQuery, foldText, originalRange } from './fold.js';

describe('foldText', () => {
  it('folds case and accents so that "Zédong" is found by "zedong"', () => {
    const text = 'Mao Zédong';
    const { folded } = foldText(text);
    expect(folded).toBe('mao zedong');
    expect(foldQuery('ZEDONG')).toBe('zedong');
  });

  it('lower-cases a plain ASCII text, offsets unchanged', () => {
    const folded = foldText('Comr. FILIPPOV [Stalin]');
    expect(folded.folded).toBe('comr. filippov [stalin]');
    expect(originalRange(folded, 6, 14)).toEqual({ start: 6, end: 14 });
  });

  it('maps a folded match back to the original characters, across decomposed and astral ones', () => {
    const text = 'e\u0301 𝒜 Ｆilippov!';
    const folded = foldText(text);
    const at = folded.folded.indexOf('filippov');
    const range = originalRange(folded, at, at + 'filippov'.length);
    expect(text.slice(range.start, range.end)).toBe('Ｆilippov');
  });

  it('maps the end of the folded text to the end of the original, after characters that folded longer or shorter', () => {
    const text = 'ﬁnal e\u0301 Comr.\u00a0Mao';
    const folded = foldText(text);
    expect(folded.folded).toBe('final e comr. mao');
    expect(originalRange(folded, folded.folded.length, folded.folded.length)).toEqual({ start: text.length, end: text.length });
    const at = folded.folded.indexOf('comr');
    expect(text.slice(originalRange(folded, at, at + 4).start, originalRange(folded, at, at + 4).end)).toBe('Comr');
  });
});

describe('originalRange', () => {
  it('maps a word folded out of part of one character back to that whole character', () => {
    const text = 'item ⑴ here';
    const folded = foldText(text);
    const at = folded.folded.indexOf('1');
    const range = originalRange(folded, at, at + 1);
    expect(text.slice(range.start, range.end)).toBe('⑴');
  });
});
