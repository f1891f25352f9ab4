/**
 * What a stored quote selector tells anchoring: its quote, and the nearest units of its context on each
 * side, with whitespace collapsed (whitespace.ts), each side knowing whether it stops at the text's edge.
 */
import { CONTEXT_LENGTH } from '../annotation/model.js';
import type { Context, QuoteContext, StoredQuote } from './score.js';
import { collapseWhitespace } from './whitespace.js';

/**
 * The evidence in `quote`, given the start of its recorded offsets (UTF-16 units) when they are in the
 * text. Only the nearest CONTEXT_LENGTH units of each context count: farther ones say little more about
 * the place, and weighing all of a 100,000-character context would hold the store for minutes.
 *
 * Describers cut both sides of the context to one length (Carrel and Hypothesis 32 units, Recogito 10)
 * and shorter only at the text's edge, or by a unit to keep a surrogate pair whole. So a side shorter
 * than the other by more than that stops at the edge, and so does a prefix the recorded offsets start
 * right after. Two sides of one length, however short, are the describer's length: no edge is read into
 * them, and a missing context is no evidence at all.
 */
export function storedQuote(quote: QuoteContext, recordedStart: number | undefined): StoredQuote {
  const prefix = quote.prefix.slice(-CONTEXT_LENGTH);
  const suffix = quote.suffix.slice(0, CONTEXT_LENGTH);
  const length = Math.max(prefix.length, suffix.length);
  const atEdge = contextAtEdge(quote, recordedStart);
  const exact = collapseWhitespace(quote.exact);
  // A run of whitespace across the quote's edge ("kor.\n" then "\nKorluan") is one space in the text: the quote's.
  let prefixText = collapseWhitespace(prefix);
  if (exact.startsWith(' ') && prefixText.endsWith(' ')) prefixText = prefixText.slice(0, -1);
  let suffixText = collapseWhitespace(suffix);
  if (exact.endsWith(' ') && suffixText.startsWith(' ')) suffixText = suffixText.slice(1);
  return { exact, prefix: side(prefixText, prefix.length, atEdge.prefix, length), suffix: side(suffixText, suffix.length, atEdge.suffix, length) };
}

/** Which sides of the quote's context (their nearest CONTEXT_LENGTH units) stop at the text's edge, read as storedQuote says. */
export function contextAtEdge(quote: QuoteContext, recordedStart: number | undefined): { prefix: boolean; suffix: boolean } {
  const prefix = Math.min(quote.prefix.length, CONTEXT_LENGTH);
  const suffix = Math.min(quote.suffix.length, CONTEXT_LENGTH);
  const length = Math.max(prefix, suffix);
  return { prefix: prefix < length - 1 || (recordedStart === prefix && prefix < CONTEXT_LENGTH - 1), suffix: suffix < length - 1 };
}

/** A side of the context, `rawLength` units as stored; at the edge, it weighs as much as the describer's length, and the edge at least one unit. */
function side(text: string, rawLength: number, atEdge: boolean, length: number): Context {
  return { text, weight: atEdge ? text.length + Math.max(1, length - rawLength) : text.length };
}
