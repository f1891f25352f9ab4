import { describe, expect, it } from 'vitest';
import { matchExpression, parseQuery } from './query.js';

describe('parseQuery', () => {
  it('reads plain words as separate terms, folded as the index folds them', () => {
    expect(parseQuery('Mao ZÉDONG')).toEqual([
      { words: ['mao'], prefix: false },
      { words: ['zedong'], prefix: false },
    ]);
  });

  it('reads a quoted phrase as one term and a star after a word as a prefix', () => {
    expect(parseQuery('"move toward  reunification" reunif* korea')).toEqual([
      { words: ['move', 'toward', 'reunification'], prefix: false },
      { words: ['reunif'], prefix: true },
      { words: ['korea'], prefix: false },
    ]);
  });

  it('reads an unbalanced quote as a phrase running to the end', () => {
    expect(parseQuery('stalin "Korean comrades')).toEqual([
      { words: ['stalin'], prefix: false },
      { words: ['korean', 'comrades'], prefix: false },
    ]);
  });

  it('reads FTS5 operators and punctuation as words and separators, never as syntax', () => {
    expect(parseQuery('NEAR(mao, stalin) OR -korea:^x')).toEqual(
      ['near', 'mao', 'stalin', 'or', 'korea', 'x'].map((word) => ({ words: [word], prefix: false })),
    );
  });

  it('finds no term in a query without a word', () => {
    for (const query of ['', '   ', '"', '*', '""', '" * "', '(*)', '—']) expect(parseQuery(query)).toEqual([]);
  });
});

describe('matchExpression', () => {
  it('quotes every term and marks prefixes after the quote', () => {
    expect(matchExpression(parseQuery('"move toward" reunif* NEAR'))).toBe('"move toward" "reunif"* "near"');
  });
});
