/** Fixtures for people tests: the seed people with the short ids a store might give them. */
import type { Person } from '../model.js';
import { SEED_PEOPLE } from '../seed-people.js';

const IDS: Readonly<Record<string, string>> = {
  'Joseph Stalin': 'stalin',
  'Mao Zedong': 'mao',
  'Andrey Vyshinsky': 'vyshinsky',
  'Vyacheslav Molotov': 'molotov',
};

/** The four seed people, with ids "stalin", "mao", "vyshinsky" and "molotov". */
export const SEEDED: readonly Person[] = SEED_PEOPLE.map((person) => ({ ...person, id: IDS[person.preferredName] ?? person.preferredName }));

/** A person who has only the names given, for tests that need someone beyond the seeds. */
export function personNamed(id: string, preferredName: string, ...aliases: string[]): Person {
  return { id, preferredName, aliases: aliases.map((name) => ({ name, kind: 'variant' })), authorities: [], colour: '#777777' };
}
