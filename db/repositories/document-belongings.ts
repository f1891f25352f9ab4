/**
 * What hangs on a document besides its witnesses and notes, read whole so that a deleted document can be
 * put back as it was: the roles the reader confirmed, the mentions they rejected on its witnesses, and
 * where its files named people.
 */
import { Role } from '../../core/people/model.js';
import type { StoredRole } from './document-roles.js';
import { preparedPerDb, type Db } from './prepared.js';

/** The roles the reader confirmed for a document, and when. */
export interface ConfirmedRoles {
  confirmedAt: string;
  roles: StoredRole[];
}

/** A mention the reader rejected on one of the document's witnesses. */
export interface DocumentRejection {
  witnessId: string;
  personId: string;
  start: number;
  end: number;
  words: string;
}

const statements = preparedPerDb((db) => ({
  confirmedAt: db.prepare<[string], string>('SELECT confirmed_at FROM document_roles_confirmed WHERE document_id = ?').pluck(),
  roles: db.prepare<[string], { personId: string; role: string }>('SELECT person_id AS personId, role FROM document_roles WHERE document_id = ? ORDER BY position'),
  rejections: db.prepare<[string], DocumentRejection>(
    `SELECT r.witness_id AS witnessId, r.person_id AS personId, r.pos_start AS start, r.pos_end AS end, r.words
     FROM mention_rejections r JOIN witnesses w ON w.id = r.witness_id
     WHERE w.document_id = ? ORDER BY r.witness_id, r.pos_start, r.pos_end, r.person_id`,
  ),
  namedPeople: db.prepare<[string], DocumentRejection>(
    `SELECT n.witness_id AS witnessId, n.person_id AS personId, n.pos_start AS start, n.pos_end AS end, n.words
     FROM witness_named_people n JOIN witnesses w ON w.id = n.witness_id
     WHERE w.document_id = ? ORDER BY n.witness_id, n.pos_start, n.pos_end, n.person_id`,
  ),
}));

/** The roles the reader confirmed for the document, or undefined when they never did (roles are then proposed afresh). */
export function confirmedRolesOf(db: Db, documentId: string): ConfirmedRoles | undefined {
  const s = statements(db);
  const confirmedAt = s.confirmedAt.get(documentId);
  if (confirmedAt === undefined) return undefined;
  return { confirmedAt, roles: s.roles.all(documentId).map(({ personId, role }) => ({ personId, role: Role.parse(role) })) };
}

/** Every place where the document's files named a person (db/imported-people.ts). */
export function namedPeopleOfDocument(db: Db, documentId: string): DocumentRejection[] {
  return statements(db).namedPeople.all(documentId);
}

/** Every mention rejected on the document's witnesses. */
export function rejectionsOfDocument(db: Db, documentId: string): DocumentRejection[] {
  return statements(db).rejections.all(documentId);
}
