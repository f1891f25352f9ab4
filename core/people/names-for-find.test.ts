import { describe, expect, it } from 'vitest';
import { namedInQuery } from './names-for-find.js';
import { SEED_PEOPLE } from './seed-people.js';

describe('namedInQuery', () => {
  it('takes “stalin” for Stalin’s alias and offers his other names, Filippov among them', () => {
    const named = namedInQuery(SEED_PEOPLE, '  stalin ');
    expect(named?.name).toBe('Stalin');
    expect(named?.others).toContain('Filippov');
    expect(named?.others).toContain('Joseph Stalin');
    expect(named?.others).not.toContain('Stalin');
  });

  it('knows a person by their preferred name, accents and case aside', () => {
    expect(namedInQuery(SEED_PEOPLE, 'MAO ZÉDONG')).toEqual({ name: 'Mao Zedong', others: ['Mao', 'Mao Tse-tung', 'Mao Tsetung'] });
  });

  it('names no one for part of a name, a blank query or a stranger', () => {
    expect(namedInQuery(SEED_PEOPLE, 'Stal')).toBeUndefined();
    expect(namedInQuery(SEED_PEOPLE, '   ')).toBeUndefined();
    expect(namedInQuery(SEED_PEOPLE, 'Gromyko')).toBeUndefined();
  });

  it('gathers the names of everyone who goes by the name, each once', () => {
    const people = [
      { preferredName: 'Kim Il Sung', aliases: [{ name: 'Kim', kind: 'variant' as const }] },
      { preferredName: 'Kim Jong Il', aliases: [{ name: 'kim', kind: 'variant' as const }, { name: 'Kim Il Sung', kind: 'variant' as const }] },
    ];
    expect(namedInQuery(people, 'Kim')).toEqual({ name: 'Kim', others: ['Kim Il Sung', 'Kim Jong Il'] });
  });
});
