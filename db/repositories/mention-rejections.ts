/** The mention_rejections table: detected mentions the reader said were not the person proposed. */
import type { Mention } from '../../core/people/model.js';
import { preparedPerDb, type Db } from './prepared.js';

const statements = preparedPerDb((db) => ({
  ofWitness: db.prepare<[string], Mention>(
    `SELECT person_id AS personId, pos_start AS start, pos_end AS end, words AS text
     FROM mention_rejections WHERE witness_id = ? ORDER BY pos_start, pos_end, person_id`,
  ),
  // An upsert rather than OR IGNORE: a rejection recorded twice is one row, yet bad offsets still fail.
  insert: db.prepare<[string, string, number, number, string]>(
    `INSERT INTO mention_rejections (witness_id, person_id, pos_start, pos_end, words) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (witness_id, person_id, pos_start, pos_end) DO UPDATE SET words = excluded.words WHERE words IS NOT excluded.words`,
  ),
  delete: db.prepare<[string, string, number, number]>(
    'DELETE FROM mention_rejections WHERE witness_id = ? AND person_id = ? AND pos_start = ? AND pos_end = ?',
  ),
}));

/** The mentions rejected on a witness, with the words they covered when rejected, in text order. */
export function rejectionsOfWitness(db: Db, witnessId: string): Mention[] {
  return statements(db).ofWitness.all(witnessId);
}

/** Records that `mention` of the witness is not its person; answers false when exactly that was already recorded. */
export function insertRejection(db: Db, witnessId: string, mention: Mention): boolean {
  return statements(db).insert.run(witnessId, mention.personId, mention.start, mention.end, mention.text).changes === 1;
}

/** Forgets a rejection (the reader accepted the mention after all); false when there was none. */
export function deleteRejection(db: Db, witnessId: string, mention: Pick<Mention, 'personId' | 'start' | 'end'>): boolean {
  return statements(db).delete.run(witnessId, mention.personId, mention.start, mention.end).changes === 1;
}
