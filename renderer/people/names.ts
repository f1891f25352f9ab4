import type { AliasKind, Role } from '../../core/people/model.js';

/**
 * A role as the panel names it. Typed against the store's list, so a role added there must be named
 * here before the renderer compiles; the order is the store's, the order the editor shows them in.
 */
export const ROLE_NAMES = {
  sender: 'Sender',
  recipient: 'Recipient',
  signatory: 'Signatory',
  'copy-recipient': 'Copy recipient',
  mentioned: 'Mentioned',
} as const satisfies Record<Role, string>;

/** Every role, in the store's order. */
export const ROLES = Object.keys(ROLE_NAMES) as Role[];

/** An alias kind as the registry names it. */
export const ALIAS_KIND_NAMES = {
  variant: 'Variant',
  transliteration: 'Transliteration',
  'code-name': 'Code-name',
  'title-form': 'Title form',
} as const satisfies Record<AliasKind, string>;

/** Every alias kind, in the store's order. */
export const ALIAS_KINDS = Object.keys(ALIAS_KIND_NAMES) as AliasKind[];

/** "1 mention", "4 mentions". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
