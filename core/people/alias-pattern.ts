/**
 * One alias compiled for matching. Spaces in an alias match any run of spaces in the text (no-break
 * spaces, one wrapped line); apostrophes and hyphens match their typographic variants; other punctuation
 * ("." in "J. V. Stalin") must be there as written.
 *
 * The compiled form is a string, the alias with those classes written as control characters. A string
 * is cheap to build, to compare and to put in capitals for a thousand aliases on every document open;
 * a list of piece objects made building the index cost as much as reading the megabyte of text.
 */
import { gapEnd, isApostropheCode, isHyphenCode, isSpaceCode, isWordBoundary, wordCharAt, wordEndFrom } from './words.js';

/** Spaces between words. */
const GAP = 0;
/** Spaces after a full stop, which may be absent: "V.M. Molotov" is the alias "V. M. Molotov". */
const GAP_AFTER_STOP = 1;
const APOSTROPHE = 2;
const HYPHEN = 3;

/** A compiled alias: looked up by its first word, then checked unit by unit against the text. */
export interface AliasPattern {
  readonly firstWord: string;
  /** The alias with its spaces, apostrophes and hyphens as classes; equal for two aliases that match
   * exactly the same texts ("Tse-tung" and "Tse‑tung"). */
  readonly template: string;
}

function patternOf(template: string): AliasPattern | undefined {
  const firstWordEnd = wordEndFrom(template, 0);
  return firstWordEnd > 0 ? { firstWord: template.slice(0, firstWordEnd), template } : undefined;
}

/** Compiles an alias, or returns undefined when it holds no word to find. Leading punctuation is dropped
 * because a name is found from the word it starts with. */
export function compileAlias(alias: string): AliasPattern | undefined {
  const name = alias.normalize('NFC');
  let template = '';
  let index = 0;
  while (index < name.length && wordCharAt(name, index) === 0) index += 1;
  while (index < name.length) {
    const code = name.charCodeAt(index);
    if (isSpaceCode(code)) {
      while (index < name.length && isSpaceCode(name.charCodeAt(index))) index += 1;
      // A trailing space would demand one in the text; the name ends at its last character.
      if (index < name.length) template += String.fromCharCode(template.endsWith('.') ? GAP_AFTER_STOP : GAP);
      continue;
    }
    // Control characters other than spaces have no place in a name; dropping them keeps the classes apart.
    if (code >= 0x20) template += isApostropheCode(code) ? String.fromCharCode(APOSTROPHE) : isHyphenCode(code) ? String.fromCharCode(HYPHEN) : name.charAt(index);
    index += 1;
  }
  return patternOf(template);
}

/** The alias as written in capitals ("VYSHINSKY" in a telegram's signature), or undefined when writing it
 * in capitals changes nothing. */
export function capitalsOf(pattern: AliasPattern): AliasPattern | undefined {
  const template = pattern.template.toUpperCase();
  return template === pattern.template ? undefined : patternOf(template);
}

/** True for an "s" closing a plural possessive ("the Stalins' dacha"): the name's word ends with it. */
function isPluralPossessiveAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 0x73 || code === 0x53) && isApostropheCode(text.charCodeAt(index + 1)) && wordCharAt(text, index + 2) === 0;
}

/**
 * Where the alias ends when it is written at `start`, or -1 when it is not. `start` must be the start of
 * a word. The match never ends inside a word: a possessive "'s" stays outside it, and so does the
 * apostrophe of "Stalins'" (whose "s" belongs to the word). Inner words are whole because each is
 * followed in the template by a space, apostrophe or hyphen class or punctuation the text must also have.
 */
export function matchAliasAt(text: string, start: number, pattern: AliasPattern): number {
  const { template } = pattern;
  let at = start;
  for (let unit = 0; unit < template.length; unit += 1) {
    const code = template.charCodeAt(unit);
    if (code === GAP || code === GAP_AFTER_STOP) {
      const end = gapEnd(text, at);
      if (end < 0 || (end === at && code === GAP)) return -1;
      at = end;
    } else if (code === APOSTROPHE ? isApostropheCode(text.charCodeAt(at)) : code === HYPHEN ? isHyphenCode(text.charCodeAt(at)) : text.charCodeAt(at) === code) {
      at += 1;
    } else {
      return -1;
    }
  }
  if (isWordBoundary(text, at)) return at;
  return isPluralPossessiveAt(text, at) ? at + 1 : -1;
}
