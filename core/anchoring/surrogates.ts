/**
 * UTF-16 surrogate pairs: offsets are in code units, so a cut placed by length alone can fall between
 * the two halves of one character (an emoji, a mathematical letter) and leave an unpaired half.
 */

/** Whether a UTF-16 unit opens a surrogate pair. */
function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Whether a UTF-16 unit closes a surrogate pair. */
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether offset `at` of `text` falls between the two halves of a pair. */
export function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}
