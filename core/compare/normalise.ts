/**
 * One reading of "the same words" for the compare view and for notes carried across transcriptions:
 * both ask `normaliseReading`, so a note is flagged exactly where the compare view shows a variant.
 */
import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './model.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
// \s covers the non-breaking space (U+00A0) and the other Unicode spaces.
const WHITESPACE = /\s+/g;

/** `text` as the chosen switches read it: the form two readings are compared in. */
export function normaliseReading(text: string, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): string {
  let reading = text;
  if (options.ignoreQuotes) reading = reading.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  if (options.ignorePunctuation) reading = reading.replace(PUNCTUATION, ' ');
  if (options.ignoreCase) reading = reading.toLowerCase();
  if (options.ignoreWhitespace || options.ignorePunctuation) reading = reading.replace(WHITESPACE, ' ').trim();
  return reading;
}

/** True when the two readings differ in a way the switches count. */
export function readingsDiffer(a: string, b: string, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): boolean {
  return normaliseReading(a, options) !== normaliseReading(b, options);
}
