import { describe, expect, it } from 'vitest';
import { aliasProblem, type AliasContext } from './aliases.js';

const context: AliasContext = {
  personId: 'stalin',
  existingAliases: [
    { name: 'Stalin', personId: 'stalin' },
    { name: 'Filippov', personId: 'stalin' },
    { name: 'Molotov', personId: 'molotov' },
  ],
};

describe('aliasProblem', () => {
  it('accepts a name, a code-name, initials and a name in another script', () => {
    for (const alias of ['Koba', 'J. V. Stalin', 'Iosif Vissarionovich Stalin', 'Сталин', '毛泽东', 'de Gaulle']) {
      expect(aliasProblem(alias, context)).toBeUndefined();
    }
  });

  it('accepts an alias another person has, since detection offers both', () => {
    expect(aliasProblem('Molotov', context)).toBeUndefined();
  });

  it('refuses an empty alias', () => {
    expect(aliasProblem('  \u00a0 ', context)).toBe('An alias cannot be empty.');
  });

  it('refuses a single character', () => {
    expect(aliasProblem(' S ', context)).toBe('An alias of one character would match almost everywhere; use at least two.');
  });

  it('refuses digits and punctuation with no letter', () => {
    expect(aliasProblem('8600', context)).toMatch(/at least one letter/);
    expect(aliasProblem('--', context)).toMatch(/at least one letter/);
  });

  it('refuses a common word in any case', () => {
    expect(aliasProblem('the', context)).toBe('“the” is a common word and would match almost everywhere; use a name.');
    expect(aliasProblem('They', context)).toMatch(/common word/);
  });

  it('refuses a title, which detection already allows before a name', () => {
    for (const alias of ['Comrade', 'comr.', 'Cde.']) expect(aliasProblem(alias, context)).toMatch(/is a title, not a name/);
  });

  it('refuses a single word in lower case, which would match the ordinary word', () => {
    expect(aliasProblem('boss', context)).toBe('Aliases are matched as written, so “boss” would match the ordinary word; write it with its capital letter.');
  });

  it('refuses an alias longer than 120 characters', () => {
    expect(aliasProblem('Ab'.repeat(60), context)).toBeUndefined();
    expect(aliasProblem(`${'Ab'.repeat(60)}c`, context)).toBe('An alias can be at most 120 characters long; this one has 121.');
  });

  it('refuses an alias the person already has, whatever its spacing or capitals', () => {
    expect(aliasProblem('Filippov', context)).toBe('This person already has the alias “Filippov”.');
    expect(aliasProblem(' STALIN ', context)).toBe('This person already has the alias “Stalin”.');
  });
});
