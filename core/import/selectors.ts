/**
 * Where a target's selectors say its passage is, as far as Carrel can follow them: a quote with its
 * context, offsets, or a range between two such ends. A TextQuoteSelector and a TextPositionSelector are
 * read wherever they are, alone, among alternatives, as the ends of a RangeSelector, or refining another
 * selector (offsets only when what they refine is itself offsets, since they count from its start).
 * Selectors that need a page's DOM (XPath, CSS, a fragment) are set aside. Pure.
 */
import { CONTEXT_LENGTH } from '../annotation/model.js';
import type { SelectorShape } from './w3c-shapes.js';

/** A quote with its context, the context cut to what anchoring reads (CONTEXT_LENGTH each side). */
export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets [start, end), counted as the file counts them (records.ts says in what). */
export interface Offsets {
  start: number;
  end: number;
}

/** One passage as a selector describes it: by its words, its offsets, or both. */
export interface Span {
  quote?: Quote;
  position?: Offsets;
}

/** What a target's selectors give: a passage, a range between two, and what could not be used and why. */
export interface SelectorReading extends Span {
  /** A RangeSelector whose ends are quotes: from the start of one to the start of the other. */
  range?: { from: Span; to: Span };
  /** Selector types Carrel cannot follow ("XPathSelector"), for the message when nothing else is there. */
  unfollowed: string[];
  /** Why a TextQuoteSelector or TextPositionSelector that is there could not be used. */
  problems: string[];
}

/** Largest offset believed: beyond it a number has lost integer precision in JSON, and no text is that long. */
const MAX_OFFSET = Number.MAX_SAFE_INTEGER;

/** What the selectors of one target say, the first usable quote and the first usable offsets winning. */
export function readSelectors(selectors: readonly SelectorShape[]): SelectorReading {
  const reading: SelectorReading = { unfollowed: [], problems: [] };
  for (const selector of selectors) merge(reading, readSelector(selector, reading));
  return reading;
}

/** A span from one selector and what it refines into; `reading` collects what cannot be used. */
function readSelector(selector: SelectorShape, reading: SelectorReading): Span & Pick<SelectorReading, 'range'> {
  const types = selector.type;
  if (types.includes('TextQuoteSelector')) {
    const quote = quoteOf(selector, reading);
    return { ...(quote && { quote }), ...refinedSpan(selector, undefined, reading) };
  }
  if (types.includes('TextPositionSelector')) {
    const position = offsetsOf(selector, reading);
    const refined = refinedSpan(selector, position, reading);
    return { ...refined, ...(position && !refined.position && { position }) };
  }
  if (types.includes('RangeSelector') && selector.startSelector && selector.endSelector) {
    const from = readSelector(selector.startSelector, reading);
    const to = readSelector(selector.endSelector, reading);
    // Everything from the start of the first end up to (not including) the start of the second.
    if (from.position && to.position && to.position.start > from.position.start) return { position: { start: from.position.start, end: to.position.start } };
    if ((from.quote || from.position) && (to.quote || to.position)) return { range: { from: bareSpan(from), to: bareSpan(to) } };
    return {};
  }
  reading.unfollowed.push(...types.filter((type) => type.endsWith('Selector')));
  if (types.length === 0) reading.unfollowed.push('an untyped selector');
  return refinedSpan(selector, undefined, reading);
}

/**
 * What refines a selector: quotes always (they say the words, wherever they are), offsets only inside
 * offsets, since they count from the outer passage's start.
 */
function refinedSpan(selector: SelectorShape, outer: Offsets | undefined, reading: SelectorReading): Span {
  const span: Span = {};
  for (const inner of selector.refinedBy ?? []) {
    const refined = readSelector(inner, reading);
    if (!span.quote && refined.quote) span.quote = refined.quote;
    if (!span.position && refined.position && outer) span.position = { start: outer.start + refined.position.start, end: outer.start + refined.position.end };
  }
  return span;
}

/** The quote, its context cut to CONTEXT_LENGTH on each side (no pair of surrogates cut in half); undefined for an empty one. */
function quoteOf({ exact, prefix = '', suffix = '' }: SelectorShape, reading: SelectorReading): Quote | undefined {
  if (exact === undefined || exact === '') {
    reading.problems.push('its TextQuoteSelector quotes nothing (its `exact` is empty)');
    return undefined;
  }
  // A context longer than anchoring reads is evidence no better, and weighing it costs its length squared.
  let cutPrefix = prefix.slice(-CONTEXT_LENGTH);
  let cutSuffix = suffix.slice(0, CONTEXT_LENGTH);
  if (/^[\uDC00-\uDFFF]/u.test(cutPrefix)) cutPrefix = cutPrefix.slice(1);
  if (/[\uD800-\uDBFF]$/u.test(cutSuffix)) cutSuffix = cutSuffix.slice(0, -1);
  return { exact, prefix: cutPrefix, suffix: cutSuffix };
}

/** Whole, non-negative offsets of a passage that is not empty, else a problem said in words. */
function offsetsOf({ start, end }: SelectorShape, reading: SelectorReading): Offsets | undefined {
  const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_OFFSET;
  if (!whole(start) || !whole(end)) {
    reading.problems.push(`its TextPositionSelector’s offsets (${describe(start)}–${describe(end)}) are not positions in a text`);
    return undefined;
  }
  if (end <= start) {
    reading.problems.push(`its TextPositionSelector is empty (it ends at ${end}, not after its start at ${start})`);
    return undefined;
  }
  return { start, end };
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : value === undefined ? 'missing' : JSON.stringify(value).slice(0, 40);
}

function bareSpan({ quote, position }: Span): Span {
  return { ...(quote && { quote }), ...(position && { position }) };
}

/** The first quote, offsets and range found are the ones kept. */
function merge(reading: SelectorReading, span: Span & Pick<SelectorReading, 'range'>): void {
  if (!reading.quote && span.quote) reading.quote = span.quote;
  if (!reading.position && span.position) reading.position = span.position;
  if (!reading.range && span.range) reading.range = span.range;
}
