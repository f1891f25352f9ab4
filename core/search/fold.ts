/**
 * Case and accent folding for finding words, the way the store's full-text index reads them (SQLite's
 * unicode61 tokenizer with remove_diacritics 2), but keeping the way back to the original offsets, so
 * that a match can be painted and scrolled to in the text the reader sees.
 */

/** A folded text and, for each of its code units, the offset in the original text it came from. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the original offset of folded unit i; `origin[folded.length]` is the original length. */
  origin: Uint32Array;
}

const COMBINING_MARK = /\p{M}/gu;

/** One character folded: decomposed, its accents dropped, lower-cased ("É" → "e", "ﬁ" → "fi"). */
function foldCharacter(character: string): string {
  return character.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

/** One character outside ASCII (astral characters whole). */
const NON_ASCII = /[^\u0000-\u007f]/gu;

/**
 * `text` folded for matching, with the map back to its offsets. Runs of ASCII are lower-cased in one
 * go and map unit for unit; only the other characters go through the normaliser, one by one (search
 * folds a few dozen texts per query, so this is its hot loop).
 */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  let origin = new Uint32Array(text.length + 1);
  let length = 0;
  const reserve = (units: number) => {
    if (length + units < origin.length) return;
    const grown = new Uint32Array(Math.max(origin.length * 2, length + units + 1));
    grown.set(origin);
    origin = grown;
  };
  const asciiRun = (from: number, to: number) => {
    reserve(to - from);
    for (let at = from; at < to; at++) origin[length++] = at;
    parts.push(text.slice(from, to).toLowerCase());
  };
  let at = 0;
  for (const match of text.matchAll(NON_ASCII)) {
    asciiRun(at, match.index);
    const folded = foldCharacter(match[0]);
    reserve(folded.length);
    for (let unit = 0; unit < folded.length; unit++) origin[length++] = match.index;
    parts.push(folded);
    at = match.index + match[0].length;
  }
  asciiRun(at, text.length);
  reserve(0);
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.subarray(0, length + 1) };
}

/** A query string folded the same way (no map needed). */
export function foldQuery(query: string): string {
  return foldText(query).folded;
}

/**
 * Maps [start, end) of the folded text back to the original text. The end runs to the end of the
 * original character that its last folded unit came from, even when that character folded into more
 * ("⑴" is "(1)": the word "1" maps back to the whole "⑴", never to an empty range).
 */
export function originalRange(text: FoldedText, start: number, end: number): { start: number; end: number } {
  const { origin } = text;
  const last = origin.length - 1;
  const from = origin[Math.min(start, last)] ?? 0;
  if (end <= start) return { start: from, end: from };
  let next = Math.min(end, last);
  while (next < last && origin[next] === origin[next - 1]) next += 1;
  return { start: from, end: origin[next] ?? 0 };
}
