/**
 * What each person mentioned in a witness is in it, proposed from where the mentions sit: the telegram's
 * header (sender, "For Mao Zedong."), its signature blocks, its distribution list; anyone else named is
 * mentioned. The reader edits the proposal; nothing here is stored.
 */
import type { Block, DocumentMeta } from '../document/model.js';
import { Role, type Mention } from './model.js';
import { wordCharAt, wordCharBefore } from './words.js';

/** The parts of a parsed witness that roles are read from. */
export interface RoleWitness {
  text: string;
  blocks: readonly Block[];
  meta: DocumentMeta;
}

/** One proposed role of one person. */
export interface ProposedRole {
  personId: string;
  role: Role;
}

/** Header fields that name who the telegram is for ("For Mao Zedong.", "To whom: ..."). */
const RECIPIENT_FIELD = /^(?:for|to|to whom|addressee)$/i;
/** The heading over a distribution list ("Copies:"). */
const DISTRIBUTION_HEADING = /^(?:copies|distribution|copy to|copies to)\b/i;

function comparable(words: string): string {
  return words.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
}

/** True when `words` stands in `field` as whole words ("Vyshinsky" in "Comr. Vyshinsky"). */
function namesWithin(field: string, words: string): boolean {
  for (let at = field.indexOf(words); at >= 0; at = field.indexOf(words, at + 1)) {
    if (!wordCharBefore(field, at) && wordCharAt(field, at + words.length) === 0) return true;
  }
  return false;
}

/**
 * The people a metadata field names. Fields carry no offsets, so they are read through the mentions'
 * own words: the parser took the field from the text, where detection already found who it names.
 */
function peopleNamedBy(field: string | undefined, mentions: readonly Mention[]): string[] {
  if (field === undefined) return [];
  const value = comparable(field);
  return mentions.filter((mention) => namesWithin(value, comparable(mention.text))).map((mention) => mention.personId);
}

function peopleWithin(blocks: readonly Block[], mentions: readonly Mention[]): string[] {
  return mentions
    .filter((mention) => blocks.some((block) => mention.start >= block.start && mention.end <= block.end))
    .map((mention) => mention.personId);
}

/** The list items right after a "Copies:" heading. Witnesses without the heading (a web page copy)
 * still give their list as meta.distribution. */
function distributionItems(text: string, blocks: readonly Block[]): Block[] {
  const items: Block[] = [];
  let inList = false;
  for (const block of blocks) {
    if (block.kind === 'heading') inList = DISTRIBUTION_HEADING.test(text.slice(block.start, block.end).trim());
    else if (block.kind === 'list-item' && inList) items.push(block);
    else inList = false;
  }
  return items;
}

/**
 * The roles proposed for the people in `mentions` (detected in `witness.text`): each person once per role,
 * several roles allowed (Stalin signs the quoted cable and gets a copy); "mentioned" only for people with
 * no other role. Ordered by each person's first mention, then in the order of Role.
 */
export function proposeRoles(witness: RoleWitness, mentions: readonly Mention[]): ProposedRole[] {
  const { text, blocks, meta } = witness;
  const byRole: Record<Exclude<Role, 'mentioned'>, string[]> = {
    sender: peopleNamedBy(meta.sender, mentions),
    recipient: [
      ...peopleNamedBy(meta.recipient, mentions),
      ...peopleWithin(blocks.filter((block) => block.kind === 'field' && RECIPIENT_FIELD.test(block.label ?? '')), mentions),
    ],
    signatory: peopleWithin(blocks.filter((block) => block.kind === 'signature'), mentions),
    'copy-recipient': [
      ...peopleWithin(distributionItems(text, blocks), mentions),
      ...(meta.distribution ?? []).flatMap((entry) => peopleNamedBy(entry, mentions)),
    ],
  };
  const proposed: ProposedRole[] = [];
  for (const personId of new Set(mentions.map((mention) => mention.personId))) {
    const roles = Role.options.filter((role) => role !== 'mentioned' && byRole[role].includes(personId));
    for (const role of roles.length > 0 ? roles : (['mentioned'] as const)) proposed.push({ personId, role });
  }
  return proposed;
}
