/**
 * What the reader typed in the search box, read as terms: plain words, "quoted phrases" and word*
 * prefixes, folded as the index folds them. The full-text query is built from these terms alone, each
 * one double-quoted, so that nothing the reader types is ever FTS5 syntax and no query is a syntax error.
 */
import { foldQuery } from './fold.js';

/** One thing that must be found: a word, or consecutive words (a phrase); the last may be a prefix. */
export interface SearchTerm {
  /** Folded words, at least one. */
  words: string[];
  /** The last word matches any word that starts with it. */
  prefix: boolean;
}

/**
 * A character the index reads as part of a word (SQLite's unicode61 tokenizer: letters, numbers,
 * private-use characters; combining marks stay with their letter), as a regular-expression class.
 * Everything else separates words.
 */
export const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{Co}\\p{M}]';

/** A run of word characters: one word as the index reads it. */
export const WORD = new RegExp(`${WORD_CHARACTER}+`, 'gu');

/** The words of an already folded string. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/**
 * The terms of a query, in the order typed. A quote opens a phrase that the next quote (or the end)
 * closes; a `*` right after a word or a closing quote makes it a prefix; any other character (`(`, `:`,
 * `^`, `-`, `+`) only separates words, and AND, OR, NOT and NEAR are words like any other. Terms
 * without a word (`"`, `*`) are dropped, so the result may be empty: say so instead of searching.
 */
export function parseQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let at = 0;
  while (at < query.length) {
    if (query[at] === '"') {
      const close = query.indexOf('"', at + 1);
      const end = close === -1 ? query.length : close;
      const prefix = close !== -1 && query[close + 1] === '*';
      pushTerm(terms, wordsOf(foldQuery(query.slice(at + 1, end))), prefix);
      at = end + (prefix ? 2 : 1);
      continue;
    }
    const next = query.indexOf('"', at);
    const end = next === -1 ? query.length : next;
    // Outside quotes each word is a term of its own; a `*` right after it makes it a prefix.
    for (const match of query.slice(at, end).matchAll(PLAIN_WORD)) {
      const words = wordsOf(foldQuery(match[1] ?? ''));
      // Folding may split a word ("½" is "1⁄2"): its parts are terms, the prefix mark stays on the last.
      words.forEach((word, index) => pushTerm(terms, [word], match[2] === '*' && index === words.length - 1));
    }
    at = end;
  }
  return terms;
}

const PLAIN_WORD = new RegExp(`(${WORD_CHARACTER}+)(\\*?)`, 'gu');

function pushTerm(terms: SearchTerm[], words: string[], prefix: boolean): void {
  if (words.length > 0) terms.push({ words, prefix });
}

/**
 * The FTS5 MATCH string for the terms: every term double-quoted (a quote inside doubled), a prefix
 * marked after its closing quote, terms side by side so that all must match. Only call it with at least
 * one term: an empty MATCH string is itself an FTS5 error.
 */
export function matchExpression(terms: readonly SearchTerm[]): string {
  return terms.map((term) => `"${term.words.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`).join(' ');
}
