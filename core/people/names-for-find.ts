/**
 * Find's "Include aliases": a query that is someone's name (their preferred name or an alias, case and
 * accents aside) also looks for all their other names, so that "Stalin" finds the cable's "Filippov".
 */
import { foldQuery } from '../search/fold.js';
import type { Person } from './model.js';

/** The name the query was, as the registry writes it, and every other name of the people it names. */
export interface NamedInQuery {
  /** "Stalin" for the query "stalin". */
  name: string;
  /** The other names, each once, in the registry's order: "Joseph Stalin", "Filippov" … */
  others: string[];
}

const folded = (name: string) => foldQuery(name).trim().replace(/\s+/gu, ' ');

/**
 * The people whose name `query` is, and their other names; undefined when it names no one. A query that is
 * only part of a name ("Stal") names no one: Find then looks for what was typed, as it would without aliases.
 */
export function namedInQuery(people: readonly Pick<Person, 'preferredName' | 'aliases'>[], query: string): NamedInQuery | undefined {
  const wanted = folded(query);
  if (wanted === '') return undefined;
  let name: string | undefined;
  const others = new Map<string, string>();
  for (const person of people) {
    const names = [person.preferredName, ...person.aliases.map((alias) => alias.name)];
    const own = names.find((each) => folded(each) === wanted);
    if (own === undefined) continue;
    name ??= own;
    for (const other of names) if (folded(other) !== wanted && !others.has(folded(other))) others.set(folded(other), other);
  }
  return name === undefined ? undefined : { name, others: [...others.values()] };
}
