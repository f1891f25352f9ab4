/**
 * Finds where a text names the people of the registry, to propose them as person tags.
 *
 * Conventions, so that the reader's underlines and the CLI agree:
 * - Names match whole words only, never inside a longer word ("Stalingrad", "Filippovich", "Maoist");
 *   a word is a run of letters, marks and digits, so a hyphen or apostrophe ends it ("Molotov-Ribbentrop").
 * - Case matters: aliases are proper names, so "mao" is not Mao. A name written all in capitals
 *   ("VYSHINSKY", a telegram's signature) matches too; exact case wins over capitals at one place.
 * - A span covers the name only: not a possessive ("Stalin" in "Stalin's", "Stalin’s"; "Stalins" in
 *   "Stalins'"), not a title before it ("Comr.", "Cde.", "comrade" need no rule: they are other words).
 * - Initials written before a name join its span ("V. M. Molotov", "V.M. Molotov", "A. Ya. Vyshinsky"),
 *   even when only the surname is an alias.
 * - An editorial gloss is one mention of the person it names: "Filippov [Stalin]" covers all of it, and
 *   "Molotov [Stalin]" is Stalin too, because the editor's identification overrides the text's name.
 * - Where several aliases fit at one place the longest wins ("Mao Zedong" over "Mao"), scanning left to
 *   right, so spans never overlap.
 * - An alias shared by people is given to whoever has it as a preferred name; if none or several do, each
 *   of them gets a mention with the same span, and the reader chooses.
 * - Transliterations written "[*...*]" are Russian words and never name anyone.
 */
import type { Mention, Person } from './model.js';
import { capitalsOf, compileAlias, matchAliasAt, type AliasPattern } from './alias-pattern.js';
import { gapEnd, gapStart, isApostropheCode, wordCharAt, wordCharBefore, wordEndFrom } from './words.js';

/** What detection needs of a person. */
export type MentionPerson = Pick<Person, 'id' | 'preferredName' | 'aliases'>;

interface Entry {
  pattern: AliasPattern;
  personIds: readonly string[];
  /** False for the capitals form of an alias, which gives way to an alias that is written that way. */
  exact: boolean;
}

/**
 * Aliases by their first word. Detection runs on every document open over texts of a megabyte with a
 * thousand aliases: one regular expression per alias would read the text a thousand times (over 30x
 * slower, see bench/mentions.ts). Instead one regular expression finds the places where some alias could
 * start (in English prose, the capitals), and only the word there is looked up and checked further.
 */
interface AliasIndex {
  byFirstWord: Map<string, Entry[]>;
  /** Finds the next UTF-16 unit that starts some alias's first word, or the "[" of a transliteration. */
  nextStart: RegExp;
}

function indexAliases(people: readonly MentionPerson[]): AliasIndex {
  const owners = new Map<string, { pattern: AliasPattern; named: Set<string>; preferred: Set<string> }>();
  for (const person of people) {
    for (const name of [person.preferredName, ...person.aliases.map((alias) => alias.name)]) {
      const pattern = compileAlias(name);
      if (!pattern) continue;
      const owner = owners.get(pattern.template) ?? { pattern, named: new Set<string>(), preferred: new Set<string>() };
      owners.set(pattern.template, owner);
      (name === person.preferredName ? owner.preferred : owner.named).add(person.id);
    }
  }
  const byFirstWord = new Map<string, Entry[]>();
  const firstUnits = new Set<number>([0x5b]);
  const add = (entry: Entry): void => {
    const key = entry.pattern.firstWord;
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), entry]);
    firstUnits.add(key.charCodeAt(0));
  };
  for (const { pattern, named, preferred } of owners.values()) {
    const personIds = preferred.size > 0 ? [...preferred] : [...named];
    add({ pattern, personIds, exact: true });
    const capitals = capitalsOf(pattern);
    if (capitals) add({ pattern: capitals, personIds, exact: false });
  }
  // Without the u flag the class holds UTF-16 units, so a high surrogate stands for the letters it starts.
  const units = [...firstUnits].map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`).join('');
  return { byFirstWord, nextStart: new RegExp(`[${units}]`, 'g') };
}

interface Match {
  end: number;
  /** False when only the capitals form of an alias matched. */
  exact: boolean;
  personIds: readonly string[];
}

const NO_ENTRIES: readonly Entry[] = [];

/** The aliases whose first word is the word [start, end). */
function entriesStarting(text: string, start: number, end: number, index: AliasIndex): readonly Entry[] {
  return index.byFirstWord.get(text.slice(start, end)) ?? NO_ENTRIES;
}

/** The better of `best` and the aliases in `entries` written at `start`: the longer match, then an exact
 * one over a capitals form; equal ones pool their people. */
function bestMatch(text: string, start: number, entries: readonly Entry[], best: Match | undefined): Match | undefined {
  let found = best;
  for (const entry of entries) {
    const end = matchAliasAt(text, start, entry.pattern);
    if (end < 0) continue;
    if (!found || end > found.end || (end === found.end && entry.exact && !found.exact)) {
      found = { end, exact: entry.exact, personIds: entry.personIds };
    } else if (end === found.end && entry.exact === found.exact) {
      const added = entry.personIds.filter((id) => !found?.personIds.includes(id));
      found = { ...found, personIds: [...found.personIds, ...added] };
    }
  }
  return found;
}

/** The longest alias written at the word [start, end), or undefined. */
function aliasAt(text: string, start: number, end: number, index: AliasIndex): Match | undefined {
  const found = bestMatch(text, start, entriesStarting(text, start, end, index), undefined);
  // "Stalins'": the word is the alias plus the "s" of a plural possessive.
  const lastCode = text.charCodeAt(end - 1);
  const plural = end - start > 1 && (lastCode === 0x73 || lastCode === 0x53) && isApostropheCode(text.charCodeAt(end));
  return plural ? bestMatch(text, start, entriesStarting(text, start, end - 1, index), found) : found;
}

/** One capital, or a Russian digraph initial ("Ya.", "Zh."), as written before a surname. "Mr." and
 * "Dr." are not initials, which is why two-letter initials are listed rather than allowed. */
const INITIAL = /^(?:\p{Lu}|Y[aeouAEOU]|[ZKCS][hH]|T[sS]|S[hH][cC][hH])$/u;
/** More would be a list of abbreviations, not someone's initials. */
const MOST_INITIALS = 3;

/** Where a name starting at `start` really starts once initials before it are counted; never before
 * `floor`, the end of the previous mention. */
function startWithInitials(text: string, start: number, floor: number): number {
  let from = start;
  for (let count = 0; count < MOST_INITIALS; count += 1) {
    const afterStop = gapStart(text, from, floor);
    if (afterStop <= floor || text.charCodeAt(afterStop - 1) !== 0x2e) break;
    let initial = afterStop - 1;
    while (initial > floor && wordCharAt(text, initial - 1) === 1) initial -= 1;
    if (wordCharBefore(text, initial) || !INITIAL.test(text.slice(initial, afterStop - 1))) break;
    from = initial;
  }
  return from;
}

/** A gloss right after a name ("Filippov [Stalin]"): the bracket holds exactly one alias. */
function glossAfter(text: string, nameEnd: number, index: AliasIndex): Match | undefined {
  const open = gapEnd(text, nameEnd);
  if (open < 0 || text.charCodeAt(open) !== 0x5b || wordCharAt(text, open + 1) === 0) return undefined;
  const glossed = aliasAt(text, open + 1, wordEndFrom(text, open + 1), index);
  if (!glossed || text.charCodeAt(glossed.end) !== 0x5d) return undefined;
  return { ...glossed, end: glossed.end + 1 };
}

/**
 * Skips transliterations "[*...*]" on one line. Both searches remember their last answer, so a text with
 * many "[*" is still read once (a fresh indexOf at each would be quadratic).
 */
function transliterationSkipper(text: string): (open: number) => number {
  let close = -2;
  let lineEnd = -2;
  return (open) => {
    if (close !== -1 && close < open + 2) close = text.indexOf('*]', open + 2);
    if (lineEnd !== -1 && lineEnd < open) lineEnd = text.indexOf('\n', open);
    if (close === -1 || (lineEnd !== -1 && lineEnd < close)) return open + 1;
    return close + 2;
  };
}

/**
 * The mentions of `people` in `text`, in text order, as [start, end) UTF-16 offsets with the words found
 * there. Pure; one pass over the text (see the module comment for what counts as a mention). A place
 * that fits several people equally yields one mention per person, with the same span.
 */
export function detectMentions(text: string, people: readonly MentionPerson[]): Mention[] {
  const index = indexAliases(people);
  const skipTransliteration = transliterationSkipper(text);
  const mentions: Mention[] = [];
  let previousEnd = 0;
  // The regular expression skips, in the engine's native loop, the words that cannot start an alias:
  // reading each character here instead was three times slower.
  const { nextStart } = index;
  nextStart.lastIndex = 0;
  while (nextStart.test(text)) {
    const at = nextStart.lastIndex - 1;
    if (text.charCodeAt(at) === 0x5b) {
      if (text.charCodeAt(at + 1) === 0x2a) nextStart.lastIndex = skipTransliteration(at);
      continue;
    }
    const end = wordEndFrom(text, at);
    const named = wordCharBefore(text, at) ? undefined : aliasAt(text, at, end, index);
    if (!named) {
      nextStart.lastIndex = Math.max(end, at + 1);
      continue;
    }
    const start = startWithInitials(text, at, previousEnd);
    const { end: mentionEnd, personIds } = glossAfter(text, named.end, index) ?? named;
    const words = text.slice(start, mentionEnd);
    for (const personId of personIds) mentions.push({ personId, start, end: mentionEnd, text: words });
    previousEnd = mentionEnd;
    nextStart.lastIndex = mentionEnd;
  }
  return mentions;
}
