/**
 * What a word is when people's names are found in a text: a run of letters, combining marks and digits.
 * Everything else (spaces, punctuation, apostrophes, hyphens, brackets) separates words, so "Stalin's"
 * and "Molotov-Ribbentrop" hold the names whole while "Stalingrad" and "Filippovich" do not.
 */

const LETTER_MARK_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

/** Word-ness of each BMP code unit, filled on first sight: 0 unknown, 1 word, 2 not. Words are measured
 * around every candidate name of a 1 MB text; a Unicode property regex for each character would dominate. */
const WORD_CODE = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let known = WORD_CODE[code] ?? 2;
  if (known === 0) {
    known = LETTER_MARK_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE[code] = known;
  }
  return known === 1;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Word-ness of ASCII, filled up front: most characters of most texts are ASCII, and this keeps the
 * per-character test small enough for the engine to inline into the scanning loops. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0));

function beyondAsciiWordCharAt(text: string, index: number, code: number): number {
  if (!isHighSurrogate(code)) return isLowSurrogate(code) ? 0 : isWordCode(code) ? 1 : 0;
  const point = text.codePointAt(index) ?? code;
  return point > 0xffff && LETTER_MARK_OR_DIGIT.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** How many UTF-16 units the word character at `index` takes (1, or 2 for a letter outside the BMP);
 * 0 when `index` holds no word character or lies outside the text. */
export function wordCharAt(text: string, index: number): number {
  // charCodeAt gives NaN outside the text, which fails both tests below.
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_WORD[code] ?? 0;
  return code >= 0x80 ? beyondAsciiWordCharAt(text, index, code) : 0;
}

/** The end of the word that starts at or runs through `index`: the first index that is not a word character. */
export function wordEndFrom(text: string, index: number): number {
  let end = index;
  for (;;) {
    const code = text.charCodeAt(end);
    if (code < 0x80) {
      if (ASCII_WORD[code] !== 1) return end;
      end += 1;
    } else {
      const width = code >= 0x80 ? beyondAsciiWordCharAt(text, end, code) : 0;
      if (width === 0) return end;
      end += width;
    }
  }
}

/** True when the character just before `index` is a word character, so a name may not start there. */
export function wordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (isLowSurrogate(code) && index >= 2) return wordCharAt(text, index - 2) === 2;
  return wordCharAt(text, index - 1) === 1;
}

/** True when a word boundary splits nothing at `index`: it does not fall between two word characters. */
export function isWordBoundary(text: string, index: number): boolean {
  return wordCharAt(text, index) === 0 || !wordCharBefore(text, index);
}

/** Spaces that may sit between the words of a name: ordinary, no-break (U+00A0, U+202F), the typographic
 * spaces, tabs and line breaks (a hard-wrapped line keeps a name whole). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a space that ends a line; "\r\n" counts once because only its "\n" is counted. */
function isLineBreakAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x0a || code === 0x2028 || code === 0x2029 || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a);
}

/** The end of the spaces starting at `index` that may join two words of one name, or -1 when they span
 * a blank line: a paragraph break ends a name, a single wrapped line does not. */
export function gapEnd(text: string, index: number): number {
  let end = index;
  let breaks = 0;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) {
    if (isLineBreakAt(text, end)) breaks += 1;
    end += 1;
  }
  return breaks > 1 ? -1 : end;
}

/** The start of the spaces ending at `index`, the mirror of gapEnd, not reaching back before `floor`. */
export function gapStart(text: string, index: number, floor: number): number {
  let start = index;
  let breaks = 0;
  while (start > floor && isSpaceCode(text.charCodeAt(start - 1))) {
    if (isLineBreakAt(text, start - 1)) breaks += 1;
    start -= 1;
  }
  return breaks > 1 ? -1 : start;
}

/** Straight, curly and modifier-letter apostrophes: "Stalin's", "Stalin’s" and "Stalinʼs" are one thing. */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Hyphen-minus, hyphen and non-breaking hyphen: "Mao Tse-tung" is written with any of them. */
export function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}
