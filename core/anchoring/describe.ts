/**
 * Describing a passage for a new annotation: its exact text with the context around it, and its
 * offsets. Anchoring (anchor.ts) later finds the passage again from these, even after the text changed.
 */
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../annotation/model.js';
import { splitsPair } from './surrogates.js';

/** The two selectors of a passage, as an annotation's target stores them. */
export interface PassageDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * The quote and position selectors for the passage [start, end) of `text` (UTF-16 offsets), with up to
 * CONTEXT_LENGTH units of prefix and suffix: fewer at the ends of the text, and one fewer where the full
 * length would cut a surrogate pair in half. Throws on an empty or out-of-range passage, a caller's bug.
 */
export function describePassage(text: string, start: number, end: number): PassageDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`No passage [${start}, ${end}) in a text of ${text.length} units`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  // Half a pair would be an unpaired surrogate: invalid in JSON-LD export and never equal to the text's
  // own pair when anchoring compares contexts.
  if (splitsPair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
