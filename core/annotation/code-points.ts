/**
 * Offsets in code points and in UTF-16 units. The W3C Web Annotation model counts a
 * TextPositionSelector's start and end in Unicode code points; Carrel's texts are JavaScript strings,
 * counted in UTF-16 units, where a character outside the Basic Multilingual Plane (an emoji, a rare CJK
 * character, a historic script) takes two. Positions are converted at the file boundary, both ways, so
 * that another tool's offsets land on the same characters.
 */
import { partitionPoint } from '../partition-point.js';

/** Converts offsets into one text, both ways. */
export interface OffsetConverter {
  /** The code point offset of a UTF-16 offset (one inside a pair counts as the pair's start). */
  toCodePoints(utf16: number): number;
  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoints: number): number;
}

const SAME: OffsetConverter = { toCodePoints: (utf16) => utf16, toUtf16: (codePoints) => codePoints };

/** A converter for `text`: built once (one pass over the text), then each conversion is a binary search. */
export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 offset of each surrogate pair: the text's characters that take two units.
  const pairs: number[] = [];
  for (let at = 0; at < text.length - 1; at += 1) {
    const high = text.charCodeAt(at);
    const low = text.charCodeAt(at + 1);
    if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      pairs.push(at);
      at += 1;
    }
  }
  if (pairs.length === 0) return SAME;
  return {
    // Each pair wholly before the offset counts one unit more than its one code point.
    toCodePoints: (utf16) => utf16 - partitionPoint(pairs.length, (index) => (pairs[index] ?? 0) + 2 <= utf16),
    // The k-th pair (from 0) begins at code point pairs[k] - k.
    toUtf16: (codePoints) => codePoints + partitionPoint(pairs.length, (index) => (pairs[index] ?? 0) - index < codePoints),
  };
}
