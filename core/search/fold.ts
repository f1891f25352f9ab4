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

/** `text` folded for matching, with the map back to its offsets. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  for (const character of text) {
    // Plain ASCII letters and everything else that folds to itself skip the normaliser: most text is that.
    const folded = character < '\u0080' ? character.toLowerCase() : foldCharacter(character);
    parts.push(folded);
    for (let i = 0; i < folded.length; i++) origin.push(offset);
    offset += character.length;
  }
  origin.push(offset);
  return { folded: parts.join(''), origin: Uint32Array.from(origin) };
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
