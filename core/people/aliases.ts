/**
 * Which aliases the registry refuses, and why, in words for the reader. An alias is matched as written
 * (see mentions.ts), so one that is a common word would underline half of every document.
 */

/** Titles: detection already allows them before a name, and alone they name no one. */
const TITLES = new Set(['comrade', 'comrades', 'comr', 'cde', 'tov', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam']);

/** Words that start sentences everywhere; their capitalised forms would match at most sentence starts. */
const COMMON_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as',
  'is', 'was', 'be', 'not', 'no', 'yes', 'all', 'any', 'one', 'this', 'that', 'these', 'those', 'there',
  'i', 'me', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'we', 'us', 'our', 'you', 'your', 'they',
  'them', 'their', 'who', 'what', 'which',
]);

/** The longest alias the store keeps (Alias in model.ts). */
const LONGEST_ALIAS = 120;

/** What aliasProblem compares an alias with: the aliases already in the registry. */
export interface AliasContext {
  existingAliases: readonly { name: string; personId: string }[];
  /** The person the alias is for. */
  personId: string;
}

/** Spaces of any kind as one, so "Mao Zedong" and "Mao\u00a0Zedong" are the same alias. */
function normalised(alias: string): string {
  return alias.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * Why `alias` cannot be added to the person, in a sentence for the reader, or undefined when it can.
 * Include the person's preferred name in `existingAliases` to refuse it as a duplicate too. An alias
 * that another person already has is allowed: detection then offers both people and the reader picks.
 */
export function aliasProblem(alias: string, context: AliasContext): string | undefined {
  const name = normalised(alias);
  if (name === '') return 'An alias cannot be empty.';
  if (name.length > LONGEST_ALIAS) return `An alias can be at most ${LONGEST_ALIAS} characters long; this one has ${name.length}.`;
  if ([...name].length === 1) return 'An alias of one character would match almost everywhere; use at least two.';
  if (!/\p{L}/u.test(name)) return 'An alias needs at least one letter; digits and punctuation alone name no one.';
  const word = name.toLowerCase().replace(/\.$/u, '');
  if (TITLES.has(word)) return `“${name}” is a title, not a name; titles before a name are already recognised, so add the name itself.`;
  if (COMMON_WORDS.has(word)) return `“${name}” is a common word and would match almost everywhere; use a name.`;
  // Scripts without capitals (Chinese, Arabic) pass: only a word that could have had a capital is refused.
  if (!name.includes(' ') && /\p{Ll}/u.test(name) && !/[\p{Lu}\p{Lt}]/u.test(name)) {
    return `Aliases are matched as written, so “${name}” would match the ordinary word; write it with its capital letter.`;
  }
  const lower = name.toLowerCase();
  // Capitals are compared away too: detection matches "STALIN" for "Stalin" already.
  const duplicate = context.existingAliases.find((existing) => existing.personId === context.personId && normalised(existing.name).toLowerCase() === lower);
  if (duplicate) return `This person already has the alias “${normalised(duplicate.name)}”.`;
  return undefined;
}
