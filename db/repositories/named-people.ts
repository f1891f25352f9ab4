/** The witness_named_people table: where a file itself named a person, as it was imported. */
import type { Mention } from '../../core/people/model.js';
import { preparedPerDb, type Db } from './prepared.js';

const statements = preparedPerDb((db) => ({
  ofWitness: db.prepare<[string], Mention>(
    `SELECT person_id AS personId, pos_start AS start, pos_end AS end, words AS text
     FROM witness_named_people WHERE witness_id = ? ORDER BY pos_start, pos_end, person_id`,
  ),
  insert: db.prepare<[string, string, number, number, string]>(
    'INSERT OR IGNORE INTO witness_named_people (witness_id, person_id, pos_start, pos_end, words) VALUES (?, ?, ?, ?, ?)',
  ),
}));

/** The places where the witness's file named a person, with the words it named them by, in text order. */
export function namedPeopleOfWitness(db: Db, witnessId: string): Mention[] {
  return statements(db).ofWitness.all(witnessId);
}

/** Records that the witness's file names `mention.personId` at the mention's place; the same place twice is one row. */
export function insertNamedPerson(db: Db, witnessId: string, mention: Mention): void {
  statements(db).insert.run(witnessId, mention.personId, mention.start, mention.end, mention.text);
}
