/** The document_roles tables: what each person is in a document, once the reader has confirmed it. */
import { Role } from '../../core/people/model.js';
import { preparedPerDb, type Db } from './prepared.js';

/** One person's role in a document. */
export interface StoredRole {
  personId: string;
  role: Role;
}

const statements = preparedPerDb((db) => ({
  confirmed: db.prepare<[string], number>('SELECT EXISTS (SELECT 1 FROM document_roles_confirmed WHERE document_id = ?)').pluck(),
  ofDocument: db.prepare<[string], { personId: string; role: string }>(
    'SELECT person_id AS personId, role FROM document_roles WHERE document_id = ? ORDER BY position',
  ),
  confirm: db.prepare<[string, string]>(
    `INSERT INTO document_roles_confirmed (document_id, confirmed_at) VALUES (?, ?)
     ON CONFLICT (document_id) DO UPDATE SET confirmed_at = excluded.confirmed_at`,
  ),
  clear: db.prepare<[string]>('DELETE FROM document_roles WHERE document_id = ?'),
  insert: db.prepare<[string, string, string, number]>('INSERT INTO document_roles (document_id, person_id, role, position) VALUES (?, ?, ?, ?)'),
}));

/** True once the reader has set the document's roles (even to none). */
export function rolesConfirmed(db: Db, documentId: string): boolean {
  return statements(db).confirmed.get(documentId) === 1;
}

/** The roles the reader confirmed for the document, in their order; empty when never confirmed. */
export function storedRoles(db: Db, documentId: string): StoredRole[] {
  return statements(db)
    .ofDocument.all(documentId)
    .map(({ personId, role }) => ({ personId, role: Role.parse(role) }));
}

/**
 * Replaces the document's roles with `roles` and marks them confirmed at `at`. The schema refuses a
 * role twice for one person and an unknown document or person. Run it inside a transaction.
 */
export function replaceRoles(db: Db, documentId: string, roles: readonly StoredRole[], at: string): void {
  const s = statements(db);
  s.confirm.run(documentId, at);
  s.clear.run(documentId);
  roles.forEach(({ personId, role }, position) => s.insert.run(documentId, personId, role, position));
}
