/**
 * The registry's first people (core/people/seed-people.ts), added once to every store: a new one at its
 * first run, and one seeded with the telegram before people existed at its first run after the upgrade.
 */
import { createHash } from 'node:crypto';
import { SEED_PEOPLE } from '../core/people/seed-people.js';
import { insertPerson } from './repositories/people.js';
import type { Db } from './repositories/prepared.js';
import { setSetting, settingValue } from './repositories/settings.js';

/** The settings flag that records the people seed, so that a reader who deletes Stalin does not get him back. */
export const PEOPLE_SEEDED_SETTING = 'people-seeded';

/** The namespace of seed people's ids (a UUID of our own, as RFC 9562 asks for name-based ids). */
const SEED_NAMESPACE = '6f1d7c2e-3b8a-4e55-9a0c-5d2f8e61b7a4';

/**
 * The id of a seed person: a name-based UUID (version 5) of their preferred name, the same in every
 * store, so that annotation bundles from two machines agree on who "Joseph Stalin" is.
 */
export function seedPersonId(preferredName: string): string {
  const namespace = Buffer.from(SEED_NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(preferredName, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Adds the seed people unless the store had them once already; answers how many were added. Run it inside a transaction. */
export function seedPeople(db: Db, now: Date): number {
  if (settingValue(db, PEOPLE_SEEDED_SETTING) !== undefined) return 0;
  const stamp = now.toISOString();
  for (const person of SEED_PEOPLE) insertPerson(db, { ...person, id: seedPersonId(person.preferredName) }, stamp);
  setSetting(db, PEOPLE_SEEDED_SETTING, stamp);
  return SEED_PEOPLE.length;
}
