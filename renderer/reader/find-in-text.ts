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

/** The count the find bar shows: "3 of 7", "No matches", or nothing before a query is typed. */
export function matchCount(current: number, total: number, query: string): string {
  if (query.trim() === '') return '';
  if (total === 0) return 'No matches';
  return `${(current + 1).toLocaleString('en')} of ${total.toLocaleString('en')}`;
}
