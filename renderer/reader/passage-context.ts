import { oneLine } from '../notes/quote.js';
import { firstEndingAfter, type TextRun } from './selection-offsets.js';

/** A passage with a little of the text on each side, each part on one line, for a list beside the text. */
export interface PassageContext {
  before: string;
  quote: string;
  after: string;
}

/** The shown characters of [from, to); a stretch the DOM does not show (the break between two blocks) reads as a space. */
function shownText(runs: readonly TextRun[], from: number, to: number): string {
  let text = '';
  let at = from;
  for (let index = firstEndingAfter(runs, from); index < runs.length; index++) {
    const run = runs[index];
    if (!run || run.start >= to) break;
    if (run.start > at) text += ' ';
    const value = run.node.nodeValue ?? '';
    text += value.slice(Math.max(0, at - run.start), Math.min(run.end, to) - run.start);
    at = run.end;
  }
  // A stretch ending between two blocks ends with their break.
  return at < to && text !== '' ? `${text} ` : text;
}

/**
 * The passage [start, end) as the reader sees it, with up to `reach` characters either side cut back
 * to whole words, read from the text runs of the page (so it costs no call to the store, and shows the
 * characters exactly as the text does). Line breaks and gaps between blocks become single spaces.
 */
export function passageContext(runs: readonly TextRun[], start: number, end: number, reach = 48): PassageContext {
  let before = oneLine(shownText(runs, Math.max(0, start - reach), start));
  let after = oneLine(shownText(runs, end, end + reach));
  // A word cut in half at the edge of the reach is dropped, not shown as a fragment.
  if (start - reach > 0) before = before.replace(/^\S*\s?/u, '');
  if (runs.at(-1) && end + reach < (runs.at(-1)?.end ?? 0)) after = after.replace(/\s?\S*$/u, '');
  return { before: before.trimStart(), quote: oneLine(shownText(runs, start, end)), after: after.trimEnd() };
}
