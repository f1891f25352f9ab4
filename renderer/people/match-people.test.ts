import { describe, expect, it } from 'vitest';
import type { Person } from '../../core/people/model.js';
import { matchPeople, namesSomeone } from './match-people.js';

const person = (preferredName: string, ...aliases: string[]): Person => ({
  id: preferredName,
  preferredName,
  aliases: aliases.map((name) => ({ name, kind: 'variant' })),
  authorities: [],
  colour: '#c0583f',
});

const stalin = person('Joseph Stalin', 'Stalin', 'Filippov');
const mao = person('Mao Zedong', 'Mao', 'Mao Tse-tung');
const molotov = person('Vyacheslav Molotov', 'V. M. Molotov');
const registry = [stalin, mao, molotov];
const names = (typed: string) => matchPeople(registry, typed).map((match) => match.person.preferredName);

describe('matchPeople', () => {
  it('offers everyone alphabetically when nothing is typed', () => {
    expect(names('')).toEqual(['Joseph Stalin', 'Mao Zedong', 'Vyacheslav Molotov']);
  });

  it('finds a person by a later word of their name, and by an alias, saying which alias', () => {
    expect(names('stal')).toEqual(['Joseph Stalin']);
    expect(matchPeople(registry, 'filip')).toEqual([{ person: stalin, alias: 'Filippov' }]);
  });

  it('is blind to case and accents, and reads a hyphenated transliteration word by word', () => {
    expect(names('MAO TSE')).toEqual(['Mao Zedong']);
    expect(names('tung')).toEqual(['Mao Zedong']);
    expect(names('mólotov')).toEqual(['Vyacheslav Molotov']);
  });

  it('puts a name that starts with the text before one that only holds it', () => {
    const ma = person('Ma Bufang');
    const kim = person('Kim Il-sung', 'Kima');
    expect(matchPeople([kim, ma, mao], 'ma').map((match) => match.person.preferredName)).toEqual(['Ma Bufang', 'Mao Zedong', 'Kim Il-sung']);
  });

  it('offers no one for text no name holds', () => {
    expect(names('Kim')).toEqual([]);
  });
});

describe('namesSomeone', () => {
  it('is true for a preferred name or an alias as typed in any case, false for a fragment', () => {
    expect(namesSomeone(registry, 'filippov ')).toBe(true);
    expect(namesSomeone(registry, 'Mao Zedong')).toBe(true);
    expect(namesSomeone(registry, 'Filip')).toBe(false);
  });
});
