/**
 * The people an imported annotation names, found in the registry or added to it, so that no person tag
 * is lost on the way in. Carrel's own exports name a person by their id (`urn:uuid:`) and their first
 * authority URI; other tools by an authority URI (compared in canonical form: core/people/authority.ts)
 * or a name alone.
 */
import { isCarrelError } from '../../core/errors.js';
import { carrelIdOf, uuidOf } from '../../core/export/web-annotation.js';
import { objectOf, type ImportedPerson, type SkippedEntry } from '../../core/import/records.js';
import { canonicalAuthority } from '../../core/people/authority.js';
import { insertPerson, personExists, personIdNamed, personIdWithAuthority } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import type { ServiceContext } from './context.js';
import { checkedName, tidyName } from './people.js';
import { unusedPersonColour } from './person-colours.js';

/** Most people on one passage, as the store's schema allows. */
const MOST_PEOPLE = 20;

/** The people of one annotation: their registry ids, in its order, and those who could not be tagged. */
export interface ResolvedPeople {
  ids: string[];
  skipped: SkippedEntry[];
}

/**
 * A function answering the registry ids of the people an annotation (named `label` in the report)
 * names, in its order, once each. Each reference is looked up by the person's id, then by authority URI,
 * then by preferred name; a person found by none of these is added, under their name or, lacking one,
 * as “Needs a name (…)” with their authority link, with the file's id when it is free, so that importing
 * the file again finds them. `added` collects the names of those added. Run it inside the import's
 * transaction: a rolled-back import takes them back out.
 */
export function peopleResolver({ store: { db }, ids }: ServiceContext, at: Date, added: string[]): (references: readonly ImportedPerson[], label: string) => ResolvedPeople {
  return (references, label) => {
    const resolved: ResolvedPeople = { ids: [], skipped: [] };
    for (const reference of references) {
      const found = personFor(db, reference) ?? addPerson(reference, label, resolved.skipped);
      if (found === undefined || resolved.ids.includes(found)) continue;
      if (resolved.ids.length >= MOST_PEOPLE) {
        resolved.skipped.push({ what: `${reference.name ?? reference.uri ?? 'A person'}, named in ${objectOf(label)}`, reason: `A passage can be tagged with at most ${MOST_PEOPLE} people.` });
        continue;
      }
      resolved.ids.push(found);
    }
    return resolved;
  };

  function addPerson(reference: ImportedPerson, label: string, skipped: SkippedEntry[]): string | undefined {
    const authority = reference.uri === undefined ? undefined : webAuthority(reference.uri);
    const given = reference.name?.trim();
    const what = `${given ? `“${given}”` : (reference.uri ?? 'A person')}, named in ${objectOf(label)}`;
    if (!given && authority === undefined) {
      skipped.push({ what, reason: 'This library does not know them, and the file gives neither a name nor an authority link to add them by.' });
      return undefined;
    }
    let name: string;
    try {
      name = checkedName(given || unnamed(authority ?? ''));
    } catch (error) {
      if (!isCarrelError(error)) throw error;
      skipped.push({ what, reason: `Carrel cannot add them to the registry under that name: ${error.message}` });
      return undefined;
    }
    const uuid = reference.uuid ?? (reference.uri === undefined ? undefined : uuidOf(reference.uri));
    // The file's id, when it has one free, so that the next import of the same file finds the person.
    const id = uuid !== undefined && !personExists(db, uuid) ? uuid : ids.newId();
    insertPerson(db, { id, preferredName: name, aliases: [], authorities: authority === undefined ? [] : [authority], colour: unusedPersonColour(db) }, at.toISOString());
    added.push(name);
    return id;
  }
}

/** The name a person gets whom a file identifies only by an authority: it says so, and which record. */
function unnamed(authority: string): string {
  const url = new URL(authority);
  const record = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return `Needs a name (${url.host.replace(/^www\./u, '')}${record ? ` ${decodeURIComponent(record).slice(0, 60)}` : ''})`;
}

/** The registry id of the person the reference names, or undefined when no one matches. */
function personFor(db: Db, { uri, uuid, name }: ImportedPerson): string | undefined {
  if (uuid !== undefined && personExists(db, uuid)) return uuid;
  if (uri !== undefined) {
    const id = uuidOf(uri) ?? carrelIdOf('person', uri);
    if (id !== undefined && personExists(db, id)) return id;
    const byAuthority = webAuthority(uri) === undefined ? undefined : personIdWithAuthority(db, uri);
    if (byAuthority !== undefined) return byAuthority;
  }
  const tidy = name === undefined ? '' : tidyName(name);
  return tidy === '' ? undefined : personIdNamed(db, tidy);
}

/** The authority link as the registry can keep it: as written when it is a web address, else in canonical form (`wd:Q855`); undefined for none. */
function webAuthority(uri: string): string | undefined {
  return [uri, canonicalAuthority(uri)].find(isWebAddress);
}

/** True for an http(s) address the registry can keep as an authority (the schema's own test). */
export function isWebAddress(uri: string): boolean {
  return /^https?:\/\/\S+$/u.test(uri) && uri.length <= 2000;
}
