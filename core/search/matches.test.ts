import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldQuery } from './fold.js';
import { findMatches, markedText, searchable, snippetAround } from './matches.js';
import { parseQuery, wordsOf, type SearchTerm } from './query.js';

const TELEGRAM =
  'In a conversation with the Korean comrades Filippov [Stalin] and his friends expressed the opinion, that, in light of ' +
  'the changed international situation, they agree with the proposal of the Koreans to move toward reunification. ' +
  'In this regard a qualification was made, that the question should be decided finally by the Chinese and Korean comrades together.';

function matched(text: string, query: string): string[] {
  return findMatches(searchable(text), parseQuery(query)).map((match) => text.slice(match.start, match.end));
}

describe('findMatches', () => {
  it('finds a word whatever its case and accents, only as a whole word', () => {
    expect(matched('Mao Zédong, MAO ZEDONG and Maoist', 'mao zedong')).toEqual(['Mao', 'Zédong', 'MAO', 'ZEDONG']);
  });

  it('finds a phrase across line breaks and punctuation, as the index reads it', () => {
    expect(matched('to move\ntoward — reunification.', '"move toward reunification"')).toEqual(['move\ntoward — reunification']);
  });

  it('finds words that start with a prefix', () => {
    expect(matched(TELEGRAM, 'Kore*')).toEqual(['Korean', 'Koreans', 'Korean']);
  });

  it('keeps the earlier of two overlapping matches so that no word is marked twice', () => {
    expect(matched('Korean comrades together', '"korean comrades" "comrades together"')).toEqual(['Korean comrades']);
  });

  it('finds a phrase that starts again inside its own last match', () => {
    expect(matched('so very very very good', '"so very" "very very"')).toEqual(['so very', 'very very']);
  });
});

describe('snippetAround', () => {
  it('shows six words on each side of the hit with the matched words marked', () => {
    const text = searchable(TELEGRAM);
    const matches = findMatches(text, parseQuery('reunification koreans'));
    const reunification = matches.find((match) => TELEGRAM.slice(match.start, match.end) === 'reunification');
    expect(reunification).toBeDefined();
    if (!reunification) return;
    expect(snippetAround(text, matches, reunification)).toEqual([
      { text: '… of the ', match: false },
      { text: 'Koreans', match: true },
      { text: ' to move toward ', match: false },
      { text: 'reunification', match: true },
      { text: '. In this regard a qualification was …', match: false },
    ]);
  });

  it('reaches as far back and on as the words of context need, over long runs of punctuation', () => {
    const dashes = ' — '.repeat(200);
    const text = `one two three four five six seven${dashes}reunification${dashes}eight nine ten eleven twelve thirteen fourteen`;
    const readable = searchable(text);
    const matches = findMatches(readable, parseQuery('reunification'));
    const [hit] = matches;
    expect(hit).toBeDefined();
    if (!hit) return;
    const shownText = snippetAround(readable, matches, hit).map((part) => part.text).join('');
    expect(shownText.startsWith('… two three')).toBe(true);
    expect(shownText.endsWith('twelve thirteen …')).toBe(true);
  });

  it('marks a matched alias in a short name without cutting it', () => {
    expect(markedText('Filippov', parseQuery('filippov'))).toEqual({ parts: [{ text: 'Filippov', match: true }], matched: true });
    expect(markedText('Mao Zedong', parseQuery('filippov')).matched).toBe(false);
  });
});

const word = fc.stringMatching(/^[a-zA-Zéèüß]{1,6}$/u);
const separator = fc.constantFrom(' ', '  ', '\n', ', ', ' — ', '. ', '’', '-', '\u00a0');

describe('matching, for any text and any query taken from it', () => {
  it('returns ranges whose words, folded, are the term', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.boolean(), (pieces, from, length, prefix) => {
        const text = pieces.map(([w, s]) => w + s).join('');
        const words = pieces.map(([w]) => w);
        const start = from % words.length;
        const picked = words.slice(start, start + 1 + (length % 3));
        const query = `"${picked.join(' ')}"${prefix ? '*' : ''}`;
        const terms: SearchTerm[] = parseQuery(query);
        const matches = findMatches(searchable(text), terms);
        expect(matches.length).toBeGreaterThan(0);
        for (const match of matches) {
          const term = terms[match.term];
          const found = wordsOf(foldQuery(text.slice(match.start, match.end)));
          expect(term).toBeDefined();
          if (!term) return;
          expect(found.length).toBe(term.words.length);
          found.forEach((w, k) => {
            const wanted = term.words[k] ?? '';
            expect(k === found.length - 1 && term.prefix ? w.startsWith(wanted) : w === wanted).toBe(true);
          });
        }
      }),
    );
  });

  it('never marks text that is not in the original, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (text, query) => {
        const worded = searchable(text);
        const matches = findMatches(worded, parseQuery(query));
        for (const match of matches) {
          expect(match.end).toBeGreaterThan(match.start);
          const parts = snippetAround(worded, matches, match);
          expect(parts.filter((part) => part.match).map((part) => part.text)).toContain(text.slice(match.start, match.end).replace(/\s+/gu, ' '));
        }
      }),
    );
  });
});
