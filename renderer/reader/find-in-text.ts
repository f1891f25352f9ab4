/**
 * Find in the open transcription: the text the reader sees, folded as search folds it (core/search/
 * fold.ts: "zedong" finds "Zedong", "tsvetaeva" finds "Tsvetáeva"), and the places a query occurs, in
 * reading-text offsets, ready to paint and scroll to.
 */
import { foldQuery, originalRange, type FoldedText } from '../../core/search/fold.js';
import type { TextOffsets, TextRun } from './selection-offsets.js';

/**
 * The reading text as the runs show it, each run at its own offsets; what no run shows (the record and
 * furniture outside the article, the breaks between blocks) reads as line breaks, which no query crosses.
 */
export function shownReadingText(runs: readonly TextRun[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const run of [...runs].sort((a, b) => a.start - b.start)) {
    if (run.start < at) continue;
    if (run.start > at) parts.push('\n'.repeat(run.start - at));
    parts.push((run.node.nodeValue ?? '').slice(0, run.end - run.start));
    at = run.end;
  }
  return parts.join('');
}

/**
 * Where `query` occurs in the text folded by foldText (fold it once: the reader types many queries), in the original's offsets, in text order and not overlapping.
 * Surrounding spaces of the query are kept ("comr " finds only the word's end); an empty query finds nothing.
 */
export function findMatches(text: FoldedText, query: string): TextOffsets[] {
  const wanted = foldQuery(query);
  if (wanted.trim() === '') return [];
  const matches: TextOffsets[] = [];
  for (let at = text.folded.indexOf(wanted); at >= 0; at = text.folded.indexOf(wanted, at + wanted.length)) {
    matches.push(originalRange(text, at, at + wanted.length));
  }
  return matches;
}

/** A match of one of several queries: which one (its index) found it. */
export interface MatchOf extends TextOffsets {
  query: number;
}

/**
 * Where any of `queries` occurs (a name and its aliases), in text order and not overlapping: of two that
 * overlap, the one that starts first is kept, the longer where both start together ("J. V. Stalin" over
 * its "Stalin"), so no word is counted twice.
 */
export function findAnyOf(text: FoldedText, queries: readonly string[]): MatchOf[] {
  const found = queries.flatMap((query, index) => findMatches(text, query).map((match) => ({ ...match, query: index })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchOf[] = [];
  for (const match of found) {
    const previous = kept.at(-1);
    if (previous === undefined || match.start >= previous.end) kept.push(match);
  }
  return kept;
}

/** The names Find looked for besides the one typed, and those of them it found. */
export interface AliasesFound {
  /** The name typed, as the registry writes it ("Stalin"). */
  name: string;
  /** The other names found where the name itself is not ("Filippov"; not "J. V. Stalin", which holds it). */
  found: string[];
}

/** The names beyond the typed one (`queries[0]`) that found matches, in text order, leaving out those that hold it. */
export function otherNamesFound(queries: readonly string[], matches: readonly MatchOf[]): string[] {
  const typed = foldQuery(queries[0] ?? '').trim();
  const found = new Set<string>();
  for (const match of matches) {
    const name = queries[match.query];
    if (match.query > 0 && name !== undefined && !foldQuery(name).includes(typed)) found.add(name);
  }
  return [...found];
}

/**
 * The count the find bar shows and announces: "Match 3 of 7", with the other names it found when it
 * looked for aliases ("Match 1 of 4 · Stalin, incl. Filippov"), "No matches", or nothing before a query is typed.
 */
export function matchCount(current: number, total: number, query: string, aliases?: AliasesFound): string {
  if (query.trim() === '') return '';
  if (total === 0) return 'No matches';
  const count = `Match ${(current + 1).toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return aliases && aliases.found.length > 0 ? `${count} · ${aliases.name}, incl. ${aliases.found.join(', ')}` : count;
}
