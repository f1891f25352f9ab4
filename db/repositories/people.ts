/**
 * The people registry: persons with their aliases and authority URIs, read and written as the `Person`
 * of core/people/model.ts, and the references to a person from passages, roles and rejected mentions.
 */
import { z } from 'zod';
import { Alias, type Person } from '../../core/people/model.js';
import { canonicalAuthority } from '../../core/people/authority.js';
import { preparedPerDb, type Db } from './prepared.js';

interface PersonRow {
  id: string;
  preferred_name: string;
  life_dates: string | null;
  description: string | null;
  colour: string;
  created_at: string;
}

/** A row as read: aliases and authorities come along as JSON arrays, in the reader's order. */
interface ReadRow extends PersonRow {
  aliases_json: string;
  authorities_json: string;
}

const columns = `id, preferred_name, life_dates, description, colour, created_at,
  (SELECT json_group_array(json_object('name', name, 'kind', kind) ORDER BY position) FROM person_aliases WHERE person_id = people.id) AS aliases_json,
  (SELECT json_group_array(uri ORDER BY position) FROM person_authorities WHERE person_id = people.id) AS authorities_json`;

const statements = preparedPerDb((db) => ({
  all: db.prepare<[], ReadRow>(`SELECT ${columns} FROM people ORDER BY preferred_name COLLATE NOCASE, created_at, id`),
  byId: db.prepare<[string], ReadRow>(`SELECT ${columns} FROM people WHERE id = ?`),
  exists: db.prepare<[string], number>('SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)').pluck(),
  authorities: db.prepare<[], { person_id: string; uri: string }>('SELECT person_id, uri FROM person_authorities ORDER BY person_id, position'),
  // NOCASE folds ASCII letters only, as categoryByName does: "joseph stalin" finds Joseph Stalin.
  named: db.prepare<[string], string>('SELECT id FROM people WHERE preferred_name = ? COLLATE NOCASE ORDER BY created_at, id LIMIT 1').pluck(),
  insert: db.prepare<[PersonRow]>(
    `INSERT INTO people (id, preferred_name, life_dates, description, colour, created_at)
     VALUES (@id, @preferred_name, @life_dates, @description, @colour, @created_at)`,
  ),
  // created_at is not set: it records when the person entered the registry.
  update: db.prepare<[Omit<PersonRow, 'created_at'>]>(
    `UPDATE people SET preferred_name = @preferred_name, life_dates = @life_dates, description = @description, colour = @colour
     WHERE id = @id`,
  ),
  delete: db.prepare<[string]>('DELETE FROM people WHERE id = ?'),
  nextAliasPosition: db.prepare<[string], number>('SELECT coalesce(max(position) + 1, 0) FROM person_aliases WHERE person_id = ?').pluck(),
  insertAlias: db.prepare<[string, string, string, number]>('INSERT INTO person_aliases (person_id, name, kind, position) VALUES (?, ?, ?, ?)'),
  deleteAlias: db.prepare<[string, string]>('DELETE FROM person_aliases WHERE person_id = ? AND name = ?'),
  clearAuthorities: db.prepare<[string]>('DELETE FROM person_authorities WHERE person_id = ?'),
  insertAuthority: db.prepare<[string, string, number]>('INSERT INTO person_authorities (person_id, uri, position) VALUES (?, ?, ?)'),
  passageCounts: db.prepare<[], { personId: string; count: number }>(
    'SELECT person_id AS personId, count(*) AS count FROM annotation_people GROUP BY person_id',
  ),
  passageCount: db.prepare<[string], number>('SELECT count(*) FROM annotation_people WHERE person_id = ?').pluck(),
  colourUses: db.prepare<[], { colour: string; count: number }>('SELECT colour, count(*) AS count FROM people GROUP BY colour'),
  // OR IGNORE: a row the kept person already has (the same passage, role or rejection) stays behind
  // with the merged person, and goes when that person is deleted.
  repointTags: db.prepare<[string, string]>('UPDATE OR IGNORE annotation_people SET person_id = ? WHERE person_id = ?'),
  repointRoles: db.prepare<[string, string]>('UPDATE OR IGNORE document_roles SET person_id = ? WHERE person_id = ?'),
  repointRejections: db.prepare<[string, string]>('UPDATE OR IGNORE mention_rejections SET person_id = ? WHERE person_id = ?'),
  matching: db.prepare<[string], string>('SELECT person_id FROM person_text WHERE person_text MATCH ? ORDER BY rank').pluck(),
}));

/** Every person in the registry, by preferred name. */
export function allPeople(db: Db): Person[] {
  return statements(db).all.all().map(toPerson);
}

/** The person with this id, or undefined. */
export function personById(db: Db, id: string): Person | undefined {
  const row = statements(db).byId.get(id);
  return row && toPerson(row);
}

/** True when the registry has a person with this id. */
export function personExists(db: Db, id: string): boolean {
  return statements(db).exists.get(id) === 1;
}

/**
 * The id of a person with this authority record, however the URI is written (Wikidata's page or entity,
 * http or https: core/people/authority.ts), or undefined. The registry is hundreds of people, so its
 * authorities are read and compared whole rather than indexed by canonical form.
 */
export function personIdWithAuthority(db: Db, uri: string): string | undefined {
  const wanted = canonicalAuthority(uri);
  return statements(db)
    .authorities.all()
    .find((row) => canonicalAuthority(row.uri) === wanted)?.person_id;
}

/** The id of the person whose preferred name is `name` (ASCII case aside), the oldest if several, or undefined. */
export function personIdNamed(db: Db, name: string): string | undefined {
  return statements(db).named.get(name);
}

/**
 * Adds a person with their aliases and authorities, entered in the registry at `createdAt`. The schema
 * refuses an empty or padded name, a colour not written #rrggbb in lower case, an alias twice, and a URI
 * that is not http(s).
 */
export function insertPerson(db: Db, person: Person, createdAt: string): void {
  statements(db).insert.run({ ...toRow(person), created_at: createdAt });
  for (const alias of person.aliases) addAliasRow(db, person.id, alias);
  setAuthorities(db, person.id, person.authorities);
}

/** Replaces a stored person's name, life dates, description, colour and authorities; aliases stay as they are. */
export function updatePersonRow(db: Db, person: Person): void {
  const { changes } = statements(db).update.run(toRow(person));
  if (changes !== 1) throw new Error(`updatePersonRow: no person ${person.id}`);
  setAuthorities(db, person.id, person.authorities);
}

/** Deletes a person with their aliases and authorities, and every reference to them; false when there was none. */
export function deletePersonRow(db: Db, id: string): boolean {
  return statements(db).delete.run(id).changes === 1;
}

/** Appends an alias to a person's list. The schema refuses one the person already has (ASCII case aside). */
export function addAliasRow(db: Db, personId: string, alias: Alias): void {
  const s = statements(db);
  s.insertAlias.run(personId, alias.name, alias.kind, s.nextAliasPosition.get(personId) ?? 0);
}

/** Removes the alias stored exactly as `name`; false when the person has none such. */
export function removeAliasRow(db: Db, personId: string, name: string): boolean {
  return statements(db).deleteAlias.run(personId, name).changes === 1;
}

/** Replaces a person's authority URIs; the schema refuses a non-http(s) URI, a duplicate and an 11th. */
export function setAuthorities(db: Db, personId: string, uris: readonly string[]): void {
  const s = statements(db);
  s.clearAuthorities.run(personId);
  uris.forEach((uri, position) => s.insertAuthority.run(personId, uri, position));
}

/** How many passages (annotations) are tagged with each person; people with none are absent. */
export function passageCounts(db: Db): Map<string, number> {
  return new Map(statements(db).passageCounts.all().map(({ personId, count }) => [personId, count]));
}

/** How many annotations are tagged with the person. */
export function passageCountOf(db: Db, personId: string): number {
  return statements(db).passageCount.get(personId) ?? 0;
}

/** How many people wear each colour. */
export function colourUses(db: Db): Map<string, number> {
  return new Map(statements(db).colourUses.all().map(({ colour, count }) => [colour, count]));
}

/**
 * Points every passage tag, document role and rejected mention of `fromId` at `toId` instead, except
 * those `toId` already has; delete `fromId` afterwards to drop those duplicates.
 */
export function repointPersonReferences(db: Db, fromId: string, toId: string): void {
  const s = statements(db);
  s.repointTags.run(toId, fromId);
  s.repointRoles.run(toId, fromId);
  s.repointRejections.run(toId, fromId);
}

/** Ids of the people one of whose names contains `phrase` (as a phrase, not FTS syntax), best first. */
export function personIdsMatching(db: Db, phrase: string): string[] {
  return statements(db).matching.all(`"${phrase.replaceAll('"', '""')}"`);
}

const Aliases = z.array(Alias);
const Authorities = z.array(z.string());

/** The one mapping from a row to the model; a row the model refuses is a fault in the schema, so it throws. */
function toPerson(row: ReadRow): Person {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    aliases: Aliases.parse(JSON.parse(row.aliases_json)),
    ...(row.life_dates !== null && { lifeDates: row.life_dates }),
    ...(row.description !== null && { description: row.description }),
    authorities: Authorities.parse(JSON.parse(row.authorities_json)),
    colour: row.colour,
  };
}

/** The one mapping from the model to a row; empty life dates and descriptions are stored as unknown. */
function toRow(person: Person): Omit<PersonRow, 'created_at'> {
  return {
    id: person.id,
    preferred_name: person.preferredName,
    life_dates: person.lifeDates || null,
    description: person.description || null,
    colour: person.colour,
  };
}
