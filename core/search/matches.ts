/**
 * Where a parsed query matches in a text, word for word as the full-text index reads it (case and
 * accents folded, punctuation between the words of a phrase skipped), and the snippet shown for a hit.
 * The index says which rows match; this says where, in the offsets the reader's text uses.
 */
import type { SnippetPart } from '../api.js';
import { foldText, originalRange, type FoldedText } from './fold.js';
import { WORD, WORD_CHARACTER, type SearchTerm } from './query.js';

/** A text folded once, to be matched and cut into snippets. */
export interface SearchableText {
  text: string;
  folded: FoldedText;
}

/** One place a term matched: [start, end) in the original text, and the same place in the folded text. */
export interface TextMatch {
  /** Which of the query's terms matched here. */
  term: number;
  start: number;
  end: number;
  foldedStart: number;
  foldedEnd: number;
}

/** `text` folded as the index folds it, keeping the way back to its offsets. */
export function searchable(text: string): SearchableText {
  return { text, folded: foldText(text) };
}

const NOT_WORD_CHARACTER = WORD_CHARACTER.replace('[', '[^');

/** Each term's pattern, made once however many texts a search reads. */
const patterns = new WeakMap<SearchTerm, RegExp>();

/**
 * A term as a regular expression over folded text: its words whole, in order, anything but words
 * between them, the last open-ended when it is a prefix. Words hold only word characters, never syntax.
 */
function termPattern(term: SearchTerm): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    const words = term.words.join(`${NOT_WORD_CHARACTER}+`);
    pattern = new RegExp(`(?<!${WORD_CHARACTER})${words}${term.prefix ? `${WORD_CHARACTER}*` : ''}(?!${WORD_CHARACTER})`, 'gu');
    patterns.set(term, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Every place a term matches, in text order; where two overlap the earlier is kept, so that no word is
 * marked twice. Found with one regular expression a term over the folded text rather than word by
 * word: search reads a few dozen texts per keystroke, most of them far longer than their hits.
 */
export function findMatches(text: SearchableText, terms: readonly SearchTerm[]): TextMatch[] {
  const { folded } = text.folded;
  const found: TextMatch[] = [];
  terms.forEach((term, index) => {
    const pattern = termPattern(term);
    for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
      const foldedEnd = match.index + match[0].length;
      found.push({ term: index, ...originalRange(text.folded, match.index, foldedEnd), foldedStart: match.index, foldedEnd });
      // A phrase may start again at its own second word ("a a" twice in "a a a"): look there next.
      pattern.lastIndex = match.index + (term.words[0]?.length ?? 1);
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const match of found) {
    const previous = kept.at(-1);
    if (previous === undefined || match.foldedStart >= previous.foldedEnd) kept.push(match);
  }
  return kept;
}

/** Finds words from a given offset on, without cutting the text. */
const NEXT_WORD = new RegExp(WORD.source, 'gu');

/** Words of context shown on each side of a hit: about a line in the results. */
export const CONTEXT_WORDS = 6;

/**
 * The snippet for the hit `around`: the words around it (`context` on each side, `Infinity` for the
 * whole text), every match inside marked, runs of white space shown as one space, and "…" where the
 * text goes on. `matches` must be findMatches' answer for the same text.
 */
export function snippetAround(text: SearchableText, matches: readonly TextMatch[], around: TextMatch, context = CONTEXT_WORDS): SnippetPart[] {
  const before = wordBefore(text.folded.folded, around.foldedStart, context);
  const after = wordAfter(text.folded.folded, around.foldedEnd, context);
  const from = before ? originalRange(text.folded, before.start, before.end).start : 0;
  const to = after ? originalRange(text.folded, after.start, after.end).end : text.text.length;
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    const shown = part.replace(/\s+/gu, ' ');
    const previous = parts.at(-1);
    if (shown === '') return;
    if (previous && previous.match === match) previous.text += shown;
    else parts.push({ text: shown, match });
  };
  if (before) push('… ', false);
  let at = from;
  for (const match of matches) {
    if (match.start < from || match.end > to) continue;
    push(text.text.slice(at, match.start), false);
    push(text.text.slice(match.start, match.end), true);
    at = match.end;
  }
  push(text.text.slice(at, to), false);
  if (after) push(' …', false);
  return parts;
}

/** A whole short text (a name, a tag) with its matches marked; unmarked when nothing matched. */
export function markedText(text: string, terms: readonly SearchTerm[]): { parts: SnippetPart[]; matched: boolean } {
  const readable = searchable(text);
  const matches = findMatches(readable, terms);
  const [first] = matches;
  if (first === undefined) return { parts: [{ text, match: false }], matched: false };
  return { parts: snippetAround(readable, matches, first, Infinity), matched: true };
}

/** A word's [start, end) in the folded text. */
interface WordPlace {
  start: number;
  end: number;
}

/** Characters looked at first for each word of context; doubled until enough words are in sight. */
const CHARACTERS_A_WORD = 16;

/**
 * The `count`th word before `at`, where the snippet starts; undefined when no more than `count` words
 * come before it (the snippet then starts with the text). Reads back only as far as it must.
 */
function wordBefore(folded: string, at: number, count: number): WordPlace | undefined {
  if (count === Infinity) return undefined;
  for (let reach = (count + 1) * CHARACTERS_A_WORD; ; reach *= 2) {
    const from = Math.max(0, at - reach);
    // The last count + 1 word starts in sight, oldest first; more than `count` means the `count`th
    // is whole even if the window cut the first.
    const starts: WordPlace[] = [];
    NEXT_WORD.lastIndex = from;
    for (let word = NEXT_WORD.exec(folded); word !== null && word.index < at; word = NEXT_WORD.exec(folded)) {
      starts.push({ start: word.index, end: word.index + word[0].length });
      if (starts.length > count + 1) starts.shift();
    }
    if (starts.length > count) return starts[starts.length - count];
    if (from === 0) return undefined;
  }
}

/** The `count`th word after `at`, where the snippet ends; undefined when no more than `count` words follow. */
function wordAfter(folded: string, at: number, count: number): WordPlace | undefined {
  if (count === Infinity) return undefined;
  NEXT_WORD.lastIndex = at;
  let found: WordPlace | undefined;
  for (let seen = 0; seen <= count; seen++) {
    const word = NEXT_WORD.exec(folded);
    if (word === null) return undefined;
    if (seen === count - 1) found = { start: word.index, end: word.index + word[0].length };
  }
  return found;
}
