import type { DocumentRole, MentionProposal } from '../../core/api.js';
import type { NoteOutline } from '../notes/use-annotations.js';

/** One person as the open transcription has them. */
export interface PersonInDocument {
  personId: string;
  /** Their roles in the document, in the store's order. */
  roles: DocumentRole[];
  /** Detected mentions not rejected: proposed and accepted, in text order. */
  mentions: MentionProposal[];
  /** The mentions still awaiting the reader's decision, in text order. */
  proposed: MentionProposal[];
  /** The passages of this transcription tagged with them (accepted mentions, tags by hand). */
  tagged: NoteOutline[];
}

/**
 * The people of the open document, in the order the text first names them (by a mention or a tag);
 * people with a role but named nowhere in this transcription (a role from another witness, or one the
 * reader gave) follow in the order of their roles. Someone whose every mention was rejected, and who
 * has no role and no tag, is left out: the reader said the text does not name them.
 */
export function documentPeople(
  roles: readonly DocumentRole[],
  mentions: readonly MentionProposal[],
  annotations: readonly NoteOutline[],
): PersonInDocument[] {
  const people = new Map<string, PersonInDocument>();
  const firstAt = new Map<string, number>();
  const entry = (personId: string) => {
    let person = people.get(personId);
    if (!person) {
      person = { personId, roles: [], mentions: [], proposed: [], tagged: [] };
      people.set(personId, person);
    }
    return person;
  };
  const namedAt = (personId: string, at: number) => firstAt.set(personId, Math.min(firstAt.get(personId) ?? Infinity, at));
  for (const mention of mentions) {
    if (mention.status === 'rejected') continue;
    const person = entry(mention.personId);
    person.mentions.push(mention);
    if (mention.status === 'proposed') person.proposed.push(mention);
    namedAt(mention.personId, mention.start);
  }
  for (const annotation of annotations) {
    for (const personId of annotation.people) {
      entry(personId).tagged.push(annotation);
      if (annotation.anchor.status === 'anchored') namedAt(personId, annotation.anchor.start);
    }
  }
  const roleOrder = new Map<string, number>();
  for (const role of roles) {
    entry(role.personId).roles.push(role);
    if (!roleOrder.has(role.personId)) roleOrder.set(role.personId, roleOrder.size);
  }
  const first = (person: PersonInDocument) => firstAt.get(person.personId) ?? Infinity;
  const byRole = (person: PersonInDocument) => roleOrder.get(person.personId) ?? Infinity;
  // Infinity - Infinity is NaN, which sort reads as equal: people named nowhere fall through to their roles.
  return [...people.values()].sort((a, b) => first(a) - first(b) || byRole(a) - byRole(b));
}
