import { describe, expect, it } from 'vitest';
import { holdsEveryWord, noteHaystack, queryWords } from './words-in-note.js';

const reunification = noteHaystack('move toward\u00a0reunification', 'Stalin’s *consent*', ['Korea', 'consent']);
const matches = (query: string) => holdsEveryWord(reunification, queryWords(query));

describe('holdsEveryWord', () => {
  it('finds words in the quote, the note or the tags, in any case and across a non-breaking space', () => {
    expect(matches('Toward Reunification')).toBe(true);
    expect(matches('consent stalin')).toBe(true);
    expect(matches('korea')).toBe(true);
    expect(matches('Molotov')).toBe(false);
  });

  it('is accent-blind and finds a word inside a longer one', () => {
    expect(holdsEveryWord(noteHaystack('Réunion', '', []), queryWords('reun'))).toBe(true);
  });

  it('lets everything through for a blank query', () => {
    expect(queryWords('   ')).toEqual([]);
    expect(matches(' ')).toBe(true);
  });
});
