/**
 * The people registry: adding, editing, merging and deleting people and their aliases. Aliases are
 * checked with core/people/aliases.ts before they are stored, because detection matches them as written
 * and one common word would underline half of every document. Every write is one transaction.
 */
import type { CarrelService } from '../../core/api.js';
import { CarrelError } from '../../core/errors.js';
import { aliasProblem } from '../../core/people/aliases.js';
import type { Alias, Person } from '../../core/people/model.js';
import { repointPersonInChanges } from '../repositories/changes.js';
import {
  addAliasRow,
  allPeople,
  deletePersonRow,
  insertPerson,
  passageCountOf,
  passageCounts,
  personById,
  removeAliasRow,
  repointPersonReferences,
  updatePersonRow,
} from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import type { ServiceContext } from './context.js';
import { noPerson } from './not-found.js';
import { unusedPersonColour } from './person-colours.js';

type PeopleMethods = 'listPeople' | 'createPerson' | 'updatePerson' | 'addAlias' | 'removeAlias' | 'mergePeople' | 'deletePerson';

/** As the Person schema: more aliases are a pasted list, more authorities a mistake. */
const MOST_ALIASES = 200;
const MOST_AUTHORITIES = 10;

/** The registry methods. Unknown people fail with CarrelError('not-found'), refused names with 'bad-request'. */
export function peopleService({ store, ids }: ServiceContext): Pick<CarrelService, PeopleMethods> {
  const { db } = store;
  const write = <T>(fn: (at: Date) => T): T => db.transaction(() => fn(ids.now())).immediate();

  return {
    listPeople: () => {
      const counts = passageCounts(db);
      return allPeople(db).map((person) => ({ ...person, passageCount: counts.get(person.id) ?? 0 }));
    },

    createPerson: ({ preferredName, lifeDates, description, authorities = [], colour, aliases = [] }) =>
      write((at) => {
        const id = ids.newId();
        const name = checkedName(preferredName);
        const checked: Alias[] = [];
        for (const alias of aliases) checked.push(checkedAlias({ id, preferredName: name, aliases: checked }, alias));
        const person: Person = {
          id,
          preferredName: name,
          aliases: checked,
          ...freeText({ lifeDates, description }),
          authorities: checkedAuthorities(authorities),
          colour: colour?.toLowerCase() ?? unusedPersonColour(db),
        };
        insertPerson(db, person, at.toISOString());
        return storedPerson(db, id);
      }),

    updatePerson: ({ id, preferredName, lifeDates, description, authorities, colour }) =>
      write(() => {
        const before = knownPerson(db, id);
        updatePersonRow(db, {
          ...before,
          ...(preferredName !== undefined && { preferredName: checkedName(preferredName) }),
          ...freeText({ lifeDates, description }),
          ...(authorities !== undefined && { authorities: checkedAuthorities(authorities) }),
          ...(colour !== undefined && { colour: colour.toLowerCase() }),
        });
        return storedPerson(db, id);
      }),

    addAlias: ({ personId, name, kind }) =>
      write(() => {
        const person = knownPerson(db, personId);
        if (person.aliases.length >= MOST_ALIASES) {
          throw new CarrelError('bad-request', `${person.preferredName} already has ${MOST_ALIASES} aliases, the most a person can have.`);
        }
        addAliasRow(db, personId, checkedAlias(person, { name, kind }));
        return storedPerson(db, personId);
      }),

    removeAlias: ({ personId, name }) =>
      write(() => {
        const person = knownPerson(db, personId);
        const wanted = comparable(name);
        const alias = person.aliases.find((candidate) => comparable(candidate.name) === wanted);
        if (!alias) throw new CarrelError('not-found', `${person.preferredName} has no alias “${tidyName(name)}”.`);
        removeAliasRow(db, personId, alias.name);
        return storedPerson(db, personId);
      }),

    mergePeople: ({ keepId, mergeId }) =>
      write(() => {
        if (keepId === mergeId) throw new CarrelError('bad-request', 'A person cannot be merged into themselves.');
        const keep = knownPerson(db, keepId);
        const merged = knownPerson(db, mergeId);
        const added = aliasesToAdd(keep, [{ name: merged.preferredName, kind: 'variant' }, ...merged.aliases]);
        if (keep.aliases.length + added.length > MOST_ALIASES) {
          throw new CarrelError('bad-request', `Together ${keep.preferredName} and ${merged.preferredName} would have ${keep.aliases.length + added.length} aliases; a person can have at most ${MOST_ALIASES}. Remove some first.`);
        }
        // The kept person's fields win; the merged person's fill the gaps.
        updatePersonRow(db, {
          ...keep,
          ...(keep.lifeDates === undefined && merged.lifeDates !== undefined && { lifeDates: merged.lifeDates }),
          ...(keep.description === undefined && merged.description !== undefined && { description: merged.description }),
          authorities: checkedAuthorities([...keep.authorities, ...merged.authorities]),
        });
        for (const alias of added) addAliasRow(db, keepId, alias);
        repointPersonReferences(db, mergeId, keepId);
        repointPersonInChanges(db, mergeId, keepId);
        deletePersonRow(db, mergeId);
        return storedPerson(db, keepId);
      }),

    deletePerson: ({ id, confirm = false }) =>
      write(() => {
        const person = knownPerson(db, id);
        const untagged = passageCountOf(db, id);
        if (untagged > 0 && !confirm) {
          throw new CarrelError(
            'conflict',
            `${person.preferredName} is tagged on ${untagged} ${untagged === 1 ? 'passage' : 'passages'}. Delete the person anyway? The passages and their notes stay.`,
          );
        }
        // The schema removes the person's tags, roles and rejected mentions with them; annotations stay.
        deletePersonRow(db, id);
        return { id, untagged };
      }),
  };
}

function knownPerson(db: Db, id: string): Person {
  const person = personById(db, id);
  if (!person) throw noPerson(id);
  return person;
}

/** The person as stored now; for answers after a write, which must not miss. */
function storedPerson(db: Db, id: string): Person {
  const person = personById(db, id);
  if (!person) throw new Error(`person ${id} vanished inside its own transaction`);
  return person;
}

/** The life dates and description given, trimmed; an empty one clears the field (the store keeps it as unknown). */
function freeText(fields: { lifeDates?: string | undefined; description?: string | undefined }): Pick<Person, 'lifeDates' | 'description'> {
  return {
    ...(fields.lifeDates !== undefined && { lifeDates: fields.lifeDates.trim() }),
    ...(fields.description !== undefined && { description: fields.description.trim() }),
  };
}

/** A name as stored: NFC, trimmed, one space between words (as aliasProblem compares names). */
export function tidyName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

function comparable(name: string): string {
  return tidyName(name).toLowerCase();
}

/**
 * A preferred name, tidied; CarrelError('bad-request') with the reason when it is refused, as an alias
 * would be, because detection matches preferred names too.
 */
export function checkedName(name: string): string {
  const tidy = tidyName(name);
  const problem = aliasProblem(tidy, { existingAliases: [], personId: '' });
  if (problem) throw new CarrelError('bad-request', problem);
  return tidy;
}

/** The alias tidied, or CarrelError('bad-request') with aliasProblem's reason (a duplicate of the person's names included). */
function checkedAlias(person: Pick<Person, 'id' | 'preferredName' | 'aliases'>, alias: Alias): Alias {
  const name = tidyName(alias.name);
  const problem = aliasProblem(name, { existingAliases: namesOf(person), personId: person.id });
  if (problem) throw new CarrelError('bad-request', problem);
  return { name, kind: alias.kind };
}

/** The candidates `keep` can take on, in order: duplicates of their names and unusable names are left out. */
function aliasesToAdd(keep: Person, candidates: readonly Alias[]): Alias[] {
  const added: Alias[] = [];
  for (const candidate of candidates) {
    const name = tidyName(candidate.name);
    const context = { existingAliases: namesOf({ ...keep, aliases: [...keep.aliases, ...added] }), personId: keep.id };
    if (aliasProblem(name, context) === undefined) added.push({ name, kind: candidate.kind });
  }
  return added;
}

function namesOf(person: Pick<Person, 'id' | 'preferredName' | 'aliases'>): { name: string; personId: string }[] {
  return [person.preferredName, ...person.aliases.map((alias) => alias.name)].map((name) => ({ name, personId: person.id }));
}

/** Authority URIs once each, checked as the store's schema will check them, in words for the reader. */
function checkedAuthorities(uris: readonly string[]): string[] {
  const distinct = [...new Set(uris.map((uri) => uri.trim()))];
  const bad = distinct.find((uri) => !/^https?:\/\/\S+$/u.test(uri));
  if (bad !== undefined) throw new CarrelError('bad-request', `“${bad}” is not a web address; an authority is an http or https link, such as https://www.wikidata.org/wiki/Q855.`);
  if (distinct.length > MOST_AUTHORITIES) throw new CarrelError('bad-request', `A person can have at most ${MOST_AUTHORITIES} authority links.`);
  return distinct;
}
