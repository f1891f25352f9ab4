import type { Person } from '../../core/people/model.js';
import { fold } from '../../core/annotation/words-in-note.js';

/** A person offered for what was typed, and the alias that matched when it was not their preferred name. */
export interface PersonMatch<P extends Person = Person> {
  person: P;
  alias?: string;
}

/** How well a name answers the typed text: 0 it starts with it, 1 a later word does, 2 it holds it; undefined not at all. */
function rank(name: string, wanted: string): number | undefined {
  const folded = fold(name);
  if (folded.startsWith(wanted)) return 0;
  if (folded.split(/[\s\-.]+/u).some((word) => word.startsWith(wanted))) return 1;
  return folded.includes(wanted) ? 2 : undefined;
}

/**
 * The people whose preferred name or an alias answers `typed` (case- and accent-blind: "filip" finds
 * Joseph Stalin by Filippov, "mao tse" Mao Zedong), best first: a name that starts with the text before
 * one with a later word that does, the preferred name before an alias, then alphabetically. Nothing typed
 * offers everyone, alphabetically.
 */
export function matchPeople<P extends Person>(people: readonly P[], typed: string): PersonMatch<P>[] {
  const wanted = fold(typed).trim();
  const byName = (a: PersonMatch<P>, b: PersonMatch<P>) => a.person.preferredName.localeCompare(b.person.preferredName);
  if (wanted === '') return people.map((person) => ({ person })).sort(byName);
  const scored: { match: PersonMatch<P>; score: number }[] = [];
  for (const person of people) {
    // Twice the rank, plus one for an alias: the preferred name wins a tie.
    let best: { match: PersonMatch<P>; score: number } | undefined;
    const own = rank(person.preferredName, wanted);
    if (own !== undefined) best = { match: { person }, score: own * 2 };
    for (const alias of person.aliases) {
      const found = rank(alias.name, wanted);
      if (found !== undefined && (!best || found * 2 + 1 < best.score)) best = { match: { person, alias: alias.name }, score: found * 2 + 1 };
    }
    if (best) scored.push(best);
  }
  return scored.sort((a, b) => a.score - b.score || byName(a.match, b.match)).map(({ match }) => match);
}

/** True when `typed` is exactly someone's preferred name or alias (so offering to create it would make a twin). */
export function namesSomeone(people: readonly Person[], typed: string): boolean {
  const wanted = fold(typed).trim();
  return people.some((person) => [person.preferredName, ...person.aliases.map((alias) => alias.name)].some((name) => fold(name).trim() === wanted));
}
