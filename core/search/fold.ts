import { partitionPoint } from '../partition-point.js';

/**
 * Case and accent folding for finding words, the way the store's full-text index reads them (SQLite's
 * unicode61 tokenizer with remove_diacritics 2), but keeping the way back to the original offsets, so
 * that a match can be painted and scrolled to in the text the reader sees.
 */

/** A character whose folding changed its length ("ﬁ" → "fi", "𝒜" → "a"): where the two texts' offsets part. */
interface Shift {
  /** Where its folding starts in the folded text, and how many units it takes there. */
  folded: number;
  foldedLength: number;
  /** Where the character is in the original, and how many units it takes there. */
  original: number;
  originalLength: number;
}

/**
 * A folded text and the way back to the original's offsets. Most characters fold to as many code
 * units as they had ("É" → "e"), so only those that do not are recorded: between them an offset is
 * the same distance from the last one in both texts.
 */
export interface FoldedText {
  folded: string;
  /** In text order. */
  shifts: Shift[];
}

const COMBINING_MARK = /\p{M}/gu;

/** Folded characters seen so far: a text in Cyrillic or Greek folds the same few dozen letters over and over. */
const foldedCharacters = new Map<string, string>();

/** One character folded: decomposed, its accents dropped, lower-cased ("É" → "e", "ﬁ" → "fi"). */
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = character.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/** One character outside ASCII (astral characters whole). */
const NON_ASCII = /[^\u0000-\u007f]/gu;

const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * `text` folded for matching, with the way back to its offsets. Runs of ASCII, and of characters
 * that fold to themselves, are lower-cased in one go; only the other characters are folded one by one
 * (search folds a few dozen texts per query, so this is its hot loop).
 */
export function foldText(text: string): FoldedText {
  // Most texts are plain ASCII: one test over the text answers for all of its characters.
  if (ASCII_ONLY.test(text)) return { folded: text.toLowerCase(), shifts: [] };
  const parts: string[] = [];
  const shifts: Shift[] = [];
  let foldedLength = 0;
  let at = 0;
  for (const match of text.matchAll(NON_ASCII)) {
    const character = match[0];
    const folded = foldCharacter(character);
    if (folded === character) continue;
    parts.push(text.slice(at, match.index).toLowerCase(), folded);
    foldedLength += match.index - at;
    if (folded.length !== character.length) {
      shifts.push({ folded: foldedLength, foldedLength: folded.length, original: match.index, originalLength: character.length });
    }
    foldedLength += folded.length;
    at = match.index + character.length;
  }
  parts.push(text.slice(at).toLowerCase());
  return { folded: parts.join(''), shifts };
}

/** A query string folded the same way (no map needed). */
export function foldQuery(query: string): string {
  return foldText(query).folded;
}

/** The last shift at or before folded offset `at`, or undefined when none is. */
function shiftBefore(shifts: readonly Shift[], at: number): Shift | undefined {
  return shifts[partitionPoint(shifts.length, (index) => (shifts[index]?.folded ?? Infinity) <= at) - 1];
}

/** The original character that folded unit `at` came from: [start, end). */
function originalCharacter(text: FoldedText, at: number): { start: number; end: number } {
  const shift = shiftBefore(text.shifts, at);
  if (shift && at < shift.folded + shift.foldedLength) return { start: shift.original, end: shift.original + shift.originalLength };
  const start = shift ? shift.original + shift.originalLength + (at - shift.folded - shift.foldedLength) : at;
  return { start, end: start + 1 };
}

/**
 * Maps [start, end) of the folded text back to the original text. The end runs to the end of the
 * original character that its last folded unit came from, even when that character folded into more
 * ("⑴" is "(1)": the word "1" maps back to the whole "⑴", never to an empty range).
 */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = originalCharacter(text, start).start;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: originalCharacter(text, end - 1).end };
}
