/**
 * What each person is in a document (sender, recipient, signatory, copy recipient, mentioned). Until the
 * reader confirms them, roles are proposed afresh from the witnesses (core/people/roles.ts) on every
 * call, so that they follow new aliases and people; once confirmed, the reader's list stands.
 */
import type { CarrelService, DocumentRole } from '../../core/api.js';
import { detectMentions } from '../../core/people/mentions.js';
import type { Person } from '../../core/people/model.js';
import { proposeRoles, type ProposedRole } from '../../core/people/roles.js';
import { documentById } from '../repositories/documents.js';
import { replaceRoles, rolesConfirmed, storedRoles, type StoredRole } from '../repositories/document-roles.js';
import { allPeople, personExists } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { witnessById, witnessesOfDocument } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noDocument, noPerson } from './not-found.js';

/** listRoles and setRoles. An unknown document fails with CarrelError('not-found'), an unknown person with 'bad-request'. */
export function rolesService({ store, ids }: ServiceContext): Pick<CarrelService, 'listRoles' | 'setRoles'> {
  const { db } = store;
  return {
    listRoles: ({ documentId }) => {
      knownDocument(db, documentId);
      if (rolesConfirmed(db, documentId)) return confirmed(storedRoles(db, documentId));
      return proposedRoles(db, documentId, allPeople(db)).map((role) => ({ ...role, confirmed: false }));
    },

    setRoles: ({ documentId, roles }) =>
      db
        .transaction(() => {
          knownDocument(db, documentId);
          const unknown = roles.find(({ personId }) => !personExists(db, personId));
          if (unknown) throw noPerson(unknown.personId, 'bad-request');
          replaceRoles(db, documentId, distinctRoles(roles), ids.now().toISOString());
          return confirmed(storedRoles(db, documentId));
        })
        .immediate(),
  };
}

function knownDocument(db: Db, documentId: string): void {
  if (!documentById(db, documentId)) throw noDocument(documentId);
}

function confirmed(roles: readonly StoredRole[]): DocumentRole[] {
  return roles.map((role) => ({ ...role, confirmed: true }));
}

/**
 * The roles proposed by each witness of the document, in witness order, each once. "Mentioned" is
 * left out for anyone another witness gives a real role, as proposeRoles does within one witness.
 */
function proposedRoles(db: Db, documentId: string, people: readonly Person[]): ProposedRole[] {
  const proposed: ProposedRole[] = [];
  for (const { id } of witnessesOfDocument(db, documentId)) {
    const witness = witnessById(db, id);
    if (witness) proposed.push(...proposeRoles(witness, detectMentions(witness.text, people)));
  }
  const unique = distinctRoles(proposed);
  const withRole = new Set(unique.filter(({ role }) => role !== 'mentioned').map(({ personId }) => personId));
  return unique.filter(({ personId, role }) => role !== 'mentioned' || !withRole.has(personId));
}

/** Each (person, role) once, in the order first given. */
function distinctRoles<T extends StoredRole>(roles: readonly T[]): T[] {
  const seen = new Set<string>();
  return roles.filter(({ personId, role }) => {
    const key = `${personId}:${role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
