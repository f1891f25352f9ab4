import { describe, expect, it } from 'vitest';
import { foldText } from '../../core/search/fold.js';
import { findAnyOf, findMatches, matchCount, otherNamesFound, shownReadingText } from './find-in-text.js';
import type { TextRun } from './selection-offsets.js';

const run = (start: number, text: string): TextRun => ({ node: { nodeType: 3, parentNode: null, childNodes: [], nodeValue: text }, start, end: start + text.length });

const SALUTATION = '“Comr. Mao Zedong!\n\nIn a conversation with the Korean comrades Filippov [Stalin]';

describe('finding in the open transcription', () => {
  it('finds "zedong" in "Zedong" and "comr" in "Comr." and "comrades", at their offsets in the text', () => {
    const text = foldText(SALUTATION);
    expect(findMatches(text, 'zedong').map((m) => SALUTATION.slice(m.start, m.end))).toEqual(['Zedong']);
    expect(findMatches(text, 'COMR').map((m) => SALUTATION.slice(m.start, m.end))).toEqual(['Comr', 'comr']);
  });

  it('folds accents both ways and maps a folded match back to the accented letters', () => {
    const text = 'Marina Tsvetáeva and Tsvetaeva';
    expect(findMatches(foldText(text), 'tsvetaeva').map((m) => text.slice(m.start, m.end))).toEqual(['Tsvetáeva', 'Tsvetaeva']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(foldText(SALUTATION), '  ')).toEqual([]);
  });

  it('reads the runs at their own offsets, and a gap between them as line breaks that no match crosses', () => {
    const text = shownReadingText([run(10, 'Filippov.'), run(0, 'Comrades.'), run(21, 'Telegraph')]);
    expect(text).toBe('Comrades.\nFilippov.\n\nTelegraph');
    expect(findMatches(foldText(text), 'filippov').map((m) => m.start)).toEqual([10]);
    expect(findMatches(foldText(text), '. t')).toEqual([]);
  });

  it('counts as "3 of 7", says when nothing matches, and says nothing before a query', () => {
    expect(matchCount(2, 7, 'comr')).toBe('Match 3 of 7');
    expect(matchCount(0, 4, 'stalin', { name: 'Stalin', found: ['Filippov'] })).toBe('Match 1 of 4 · Stalin, incl. Filippov');
    expect(matchCount(1, 2, 'stalin', { name: 'Stalin', found: [] })).toBe('Match 2 of 2');
    expect(matchCount(0, 0, 'xyz')).toBe('No matches');
    expect(matchCount(0, 0, '')).toBe('');
  });

  it('finds a name and its aliases once each, the longer name where one holds the other, and says which aliases it found', () => {
    const text = 'Filippov [Stalin] signed; J. V. Stalin read it.';
    const queries = ['stalin', 'J. V. Stalin', 'Filippov', 'Koba'];
    const matches = findAnyOf(foldText(text), queries);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Filippov', 'Stalin', 'J. V. Stalin']);
    expect(otherNamesFound(queries, matches)).toEqual(['Filippov']);
  });
});
