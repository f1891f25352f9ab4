import { describe, expect, it } from 'vitest';
import { aliasProblem } from './aliases.js';
import { detectMentions } from './mentions.js';
import { Person } from './model.js';
import { SEED_PEOPLE } from './seed-people.js';
import { SEEDED } from './testing/people.js';

describe('SEED_PEOPLE', () => {
  it('holds four valid people without ids', () => {
    expect(SEED_PEOPLE.map((person) => Person.omit({ id: true }).parse(person).preferredName)).toEqual([
      'Joseph Stalin',
      'Mao Zedong',
      'Andrey Vyshinsky',
      'Vyacheslav Molotov',
    ]);
    for (const person of SEED_PEOPLE) expect(person).not.toHaveProperty('id');
  });

  it('gives each person a different colour', () => {
    const colours = SEED_PEOPLE.map((person) => person.colour);
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives authorities only for Stalin (Q855) and Mao Zedong (Q5816)', () => {
    expect(SEED_PEOPLE.map((person) => person.authorities)).toEqual([
      ['https://www.wikidata.org/wiki/Q855'],
      ['https://www.wikidata.org/wiki/Q5816'],
      [],
      [],
    ]);
  });

  it('has only aliases the registry would accept', () => {
    for (const person of SEEDED) {
      person.aliases.forEach((alias, i) => {
        const existingAliases = person.aliases.filter((_, j) => j !== i).map(({ name }) => ({ name, personId: person.id }));
        expect(aliasProblem(alias.name, { existingAliases, personId: person.id })).toBeUndefined();
      });
    }
  });

  it('names each person, by every name they have, as that person and no one else', () => {
    for (const person of SEEDED) {
      for (const name of [person.preferredName, ...person.aliases.map((alias) => alias.name)]) {
        expect(detectMentions(name, SEEDED)).toEqual([{ personId: person.id, start: 0, end: name.length, text: name }]);
      }
    }
  });
});
