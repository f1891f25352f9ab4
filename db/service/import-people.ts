/**
 * The people an imported annotation names, found in the registry or added to it, so that no person tag
 * is lost on the way in. Carrel's own exports name a person by their id (`urn:uuid:`) and their first
 * authority URI; other tools by an authority URI or a name alone.
 */
import { CarrelError, isCarrelError } from '../../core/errors.js';
import { carrelIdOf, uuidOf } from '../../core/export/web-annotation.js';
import type { ImportedPerson } from '../../core/import/jsonld.js';
import { insertPerson, personExists, personIdNamed, personIdWithAuthority } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import type { ServiceContext } from './context.js';
import { checkedName, tidyName } from './people.js';
import { unusedPersonColour } from './person-colours.js';

/** Most people on one passage, as the store's schema allows. */
const MOST_PEOPLE = 20;

/**
 * A function answering the registry ids of the people an annotation (the `n`th of the file) names, in
 * its order, once each. Each reference is looked up by the person's id, then by authority URI, then by
 * preferred name; a person found by none of these is added under their name, with the file's id and
 * authority URI, so that importing the file again finds them. Run it inside the import's transaction:
 * a refusal later on takes the added people back out. Throws CarrelError('bad-request') for a reference
 * that matches no one and gives no usable name.
 */
export function peopleResolver({ store: { db }, ids }: ServiceContext, at: Date): (references: readonly ImportedPerson[], n: number) => string[] {
  return (references, n) => {
    const personIds = [...new Set(references.map((reference) => personFor(db, reference) ?? addPerson(reference, n)))];
    if (personIds.length > MOST_PEOPLE) {
      throw new CarrelError('bad-request', `Annotation ${n} names ${personIds.length} people; a passage can be tagged with at most ${MOST_PEOPLE}. Nothing was imported.`);
    }
    return personIds;
  };

  function addPerson(reference: ImportedPerson, n: number): string {
    const name = reference.name?.trim() ?? '';
    if (name === '') {
      const named = reference.uri ?? reference.uuid ?? 'a person';
      throw new CarrelError('bad-request', `Annotation ${n} names ${named}, who is not in the registry, and gives no name to add them under. Nothing was imported.`);
    }
    const uuid = reference.uuid ?? (reference.uri === undefined ? undefined : uuidOf(reference.uri));
    const authority = reference.uri !== undefined && isWebAddress(reference.uri) ? reference.uri : undefined;
    // The file's id, when it has one free, so that the next import of the same file finds the person.
    const id = uuid !== undefined && !personExists(db, uuid) ? uuid : ids.newId();
    insertPerson(
      db,
      {
        id,
        preferredName: acceptedName(name, n),
        aliases: [],
        authorities: authority === undefined ? [] : [authority],
        colour: unusedPersonColour(db),
      },
      at.toISOString(),
    );
    return id;
  }
}

/** The registry id of the person the reference names, or undefined when no one matches. */
function personFor(db: Db, { uri, uuid, name }: ImportedPerson): string | undefined {
  if (uuid !== undefined && personExists(db, uuid)) return uuid;
  if (uri !== undefined) {
    const id = uuidOf(uri) ?? carrelIdOf('person', uri);
    if (id !== undefined && personExists(db, id)) return id;
    const byAuthority = isWebAddress(uri) ? personIdWithAuthority(db, uri) : undefined;
    if (byAuthority !== undefined) return byAuthority;
  }
  const tidy = name === undefined ? '' : tidyName(name);
  return tidy === '' ? undefined : personIdNamed(db, tidy);
}

/** The name tidied as the registry keeps names, or a refusal naming the annotation. */
function acceptedName(name: string, n: number): string {
  try {
    return checkedName(name);
  } catch (error) {
    if (!isCarrelError(error)) throw error;
    throw new CarrelError('bad-request', `Annotation ${n} names “${name.trim()}”, whom Carrel cannot add to the registry: ${error.message} Nothing was imported.`);
  }
}

/** True for an http(s) address the registry can keep as an authority (the schema's own test). */
export function isWebAddress(uri: string): boolean {
  return /^https?:\/\/\S+$/u.test(uri) && uri.length <= 2000;
}
