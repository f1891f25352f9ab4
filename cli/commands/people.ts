/** `carrel people`: the registry, as a table or as JSON. */
import type { PersonSummary } from '../../core/api.js';

/** One line a person (name, life dates, aliases, passages tagged), or the contract's JSON with `json`. */
export function formatPeople(people: readonly PersonSummary[], json: boolean): string {
  if (json) return JSON.stringify(people, null, 2);
  if (people.length === 0) return 'The registry is empty.';
  return people
    .map((person) => {
      const dates = person.lifeDates ? ` (${person.lifeDates})` : '';
      const aliases = person.aliases.map((alias) => `${alias.name} [${alias.kind}]`).join(', ');
      return `${person.preferredName}${dates}: ${aliases || 'no aliases'}; ${person.passageCount} tagged passage(s)`;
    })
    .join('\n');
}
