/**
 * The people a file itself identifies (a TEI edition's `persName` with `@ref`, its `listPerson`): each is
 * found in the registry (by authority URI however written, else by name) or added to it, as the notes
 * import does; and where the file names them in its text, the place is kept so that it can be proposed
 * as a person tag. Nothing is tagged: the reader accepts or rejects each proposal in the People panel.
 */
import { isCarrelError } from '../core/errors.js';
import type { NamedPerson } from '../core/importers/model.js';
import { insertNamedPerson } from './repositories/named-people.js';
import { insertPerson, personIdNamed, personIdWithAuthority } from './repositories/people.js';
import type { Db } from './repositories/prepared.js';
import { isWebAddress } from './service/import-people.js';
import { checkedName, tidyName } from './service/people.js';
import { unusedPersonColour } from './service/person-colours.js';

/** A witness the file's people are named in: its id and its reading text. */
interface NamingWitness {
  witnessId: string;
  text: string;
}

/**
 * Finds or adds each person and records where `witnesses[place.witness]` names them, inside the caller's
 * transaction. A person whose name the registry cannot take (one letter, no letter at all) is left out,
 * with their places: the file's text keeps them, and the reader can still tag the passage by hand.
 */
export function storeNamedPeople(db: Db, witnesses: readonly NamingWitness[], people: readonly NamedPerson[], newId: () => string, now: string): void {
  for (const person of people) {
    const personId = registryPerson(db, person, newId, now);
    if (personId === undefined) continue;
    for (const place of person.mentions) {
      const witness = witnesses[place.witness];
      const words = witness?.text.slice(place.start, place.end) ?? '';
      if (witness && words.trim() !== '' && words.length <= 1000) insertNamedPerson(db, witness.witnessId, { personId, start: place.start, end: place.end, text: words });
    }
  }
}

/** The registry id of the person the file identifies, added under the file's name for them when the registry lacks them. */
function registryPerson(db: Db, person: NamedPerson, newId: () => string, now: string): string | undefined {
  const authority = person.ref !== undefined && isWebAddress(person.ref) ? person.ref : undefined;
  const found = (authority === undefined ? undefined : personIdWithAuthority(db, authority)) ?? personIdNamed(db, tidyName(person.name));
  if (found !== undefined) return found;
  let preferredName: string;
  try {
    preferredName = checkedName(person.name);
  } catch (error) {
    if (isCarrelError(error)) return undefined;
    throw error;
  }
  const id = newId();
  insertPerson(db, { id, preferredName, aliases: [], authorities: authority === undefined ? [] : [authority], colour: unusedPersonColour(db) }, now);
  return id;
}
