/**
 * Where a parsed query matches in a text, word for word as the full-text index reads it (case and
 * accents folded, punctuation between the words of a phrase skipped), and the snippet shown for a hit.
 * The index says which rows match; this says where, in the offsets the reader's text uses.
 */
import type { SnippetPart } from '../api.js';
import { foldText, originalRange, type FoldedText } from './fold.js';
import { WORD, type SearchTerm } from './query.js';

/** A word of a text: [start, end) in its folded form, and the folded word. */
interface Word {
  start: number;
  end: number;
  word: string;
}

/** A text read into words once, to be matched and cut into snippets. */
export interface WordedText {
  text: string;
  folded: FoldedText;
  words: Word[];
}

/** One place a term matched: its words (indexes into `words`) and [start, end) in the original text. */
export interface TextMatch {
  /** Which of the query's terms matched here. */
  term: number;
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
}

/** `text` folded and split into words as the index splits it. */
export function readWords(text: string): WordedText {
  const folded = foldText(text);
  const words = [...folded.folded.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, word: match[0] }));
  return { text, folded, words };
}

/**
 * Every place a term matches, in text order; where two overlap the earlier is kept, so that no word is
 * marked twice. A term's words must follow each other; only the last is a prefix when the term is one.
 */
export function findMatches(text: WordedText, terms: readonly SearchTerm[]): TextMatch[] {
  const found: TextMatch[] = [];
  terms.forEach((term, index) => {
    for (let first = 0; first + term.words.length <= text.words.length; first++) {
      if (!termAt(text.words, first, term)) continue;
      const lastWord = first + term.words.length - 1;
      const range = originalRange(text.folded, text.words[first]?.start ?? 0, text.words[lastWord]?.end ?? 0);
      found.push({ term: index, firstWord: first, lastWord, ...range });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  for (const match of found) {
    const previous = kept.at(-1);
    if (previous === undefined || match.firstWord > previous.lastWord) kept.push(match);
  }
  return kept;
}

function termAt(words: readonly Word[], first: number, term: SearchTerm): boolean {
  const last = term.words.length - 1;
  return term.words.every((wanted, k) => {
    const word = words[first + k]?.word ?? '';
    return k === last && term.prefix ? word.startsWith(wanted) : word === wanted;
  });
}

/** Words of context shown on each side of a hit: about a line in the results. */
export const CONTEXT_WORDS = 6;

/**
 * The snippet for the hit `around`: the words around it (`context` on each side, `Infinity` for the
 * whole text), every match inside marked, runs of white space shown as one space, and "…" where the
 * text goes on. `matches` must be findMatches' answer for the same text.
 */
export function snippetAround(text: WordedText, matches: readonly TextMatch[], around: TextMatch, context = CONTEXT_WORDS): SnippetPart[] {
  const { words } = text;
  const firstWord = Math.max(0, around.firstWord - context);
  const lastWord = Math.min(words.length - 1, around.lastWord + context);
  const from = firstWord === 0 ? 0 : wordStart(text, firstWord);
  const to = lastWord === words.length - 1 ? text.text.length : wordEnd(text, lastWord);
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    const shown = part.replace(/\s+/gu, ' ');
    const previous = parts.at(-1);
    if (shown === '') return;
    if (previous && previous.match === match) previous.text += shown;
    else parts.push({ text: shown, match });
  };
  if (firstWord > 0) push('… ', false);
  let at = from;
  for (const match of matches) {
    if (match.firstWord < firstWord || match.lastWord > lastWord) continue;
    push(text.text.slice(at, match.start), false);
    push(text.text.slice(match.start, match.end), true);
    at = match.end;
  }
  push(text.text.slice(at, to), false);
  if (lastWord < words.length - 1) push(' …', false);
  return parts;
}

/** A whole short text (a name, a tag) with its matches marked; unmarked when nothing matched. */
export function markedText(text: string, terms: readonly SearchTerm[]): { parts: SnippetPart[]; matched: boolean } {
  const worded = readWords(text);
  const matches = findMatches(worded, terms);
  const [first] = matches;
  if (first === undefined) return { parts: [{ text, match: false }], matched: false };
  return { parts: snippetAround(worded, matches, first, Infinity), matched: true };
}

function wordStart(text: WordedText, index: number): number {
  const word = text.words[index];
  return word ? originalRange(text.folded, word.start, word.end).start : 0;
}

function wordEnd(text: WordedText, index: number): number {
  const word = text.words[index];
  return word ? originalRange(text.folded, word.start, word.end).end : text.text.length;
}
