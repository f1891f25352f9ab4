/**
 * Projection: where a passage of one transcription lies in another transcription of the same document.
 * It is anchoring (anchor.ts) with the source's passage as the quote, run over both texts read in the
 * comparison's form, because two transcriptions differ in ways an edit never makes: blank lines,
 * non-breaking spaces and typographic quotes everywhere, which would spoil every quote's context.
 */
import type { Anchor } from '../annotation/model.js';
import type { Mark } from '../document/model.js';
import { normaliseReading, readingsDiffer } from '../compare/normalise.js';
import { anchorQuote } from './anchor.js';
import { describePassage } from './describe.js';
import { partitionPoint } from '../partition-point.js';

/** A text in the form transcriptions are compared in, and for each of its units the offset in the text it came from. */
export interface ReadingForm {
  text: string;
  /** `origin[i]` is the offset in the original text of unit i; `origin[text.length]` is the original's length. */
  origin: Uint32Array;
}

const WHITESPACE = /\s/u;

/** A stretch [start, end) of a text, in UTF-16 units. */
export interface Range {
  start: number;
  end: number;
}

/** Where a passage lands on the other transcription, and whether the two read differently there. */
export interface Projection {
  anchor: Anchor;
  /** True when anchored on words that differ from the source's (core/compare/normalise.ts decides, over the words form); false when orphaned. */
  differs: boolean;
}

/**
 * `text` as the comparison reads it (core/compare/normalise.ts with its defaults: quotes straightened,
 * any run of whitespace one space), without the `markup` ranges (the witness's delimiter marks: `[*`,
 * `**`), which are not words of the text. Keeps the way back to the offsets. Build it once per
 * transcription: it costs a pass over the whole text.
 */
export function readingForm(text: string, markup: readonly Range[] = []): ReadingForm {
  // A text has few distinct characters: each goes through the normaliser once, not once per occurrence.
  const read = new Map<string, string>();
  const parts: string[] = [];
  const origin: number[] = [];
  const skipped = [...markup].sort((a, b) => a.start - b.start);
  let next = 0;
  let offset = 0;
  let inSpace = false;
  for (const character of text) {
    const at = offset;
    offset += character.length;
    while ((skipped[next]?.end ?? Infinity) <= at) next += 1;
    // Dropped, not spaced: the archive's "[*pristupit" and the web page's "[pristupit" both read "pristupit".
    if ((skipped[next]?.start ?? Infinity) <= at) continue;
    if (WHITESPACE.test(character)) {
      if (!inSpace) {
        parts.push(' ');
        origin.push(at);
      }
      inSpace = true;
    } else {
      // One character at a time through the comparison's own normaliser, so that both agree on what reads
      // the same; it changes characters (quotes) but never their number outside whitespace.
      let normal = read.get(character);
      if (normal === undefined) {
        normal = normaliseReading(character);
        read.set(character, normal);
      }
      parts.push(normal);
      for (let i = 0; i < normal.length; i++) origin.push(at);
      inSpace = false;
    }
  }
  origin.push(offset);
  return { text: parts.join(''), origin: Uint32Array.from(origin) };
}

/** The first unit of the form that comes from `offset` of the original or after it (binary search: origin only grows). */
function formOffset(form: ReadingForm, offset: number): number {
  return partitionPoint(form.text.length, (index) => (form.origin[index] ?? Infinity) < offset);
}

/** A transcription read the two ways projection tries: its words, and its words without editorial insertions. */
export interface TranscriptionForms {
  /** Markup delimiters left out. */
  words: ReadingForm;
  /** Editorial insertions ("[Stalin]") left out too: one transcription may gloss what the other leaves bare. */
  bare: ReadingForm;
}

/** Both forms of a transcription, from its text and its marks. Build them once per version of the text. */
export function transcriptionForms(text: string, marks: readonly Mark[]): TranscriptionForms {
  const markup = marks.filter((mark) => mark.kind === 'markup');
  const insertions = marks.filter((mark) => mark.kind === 'markup' || mark.kind === 'editorial');
  return { words: readingForm(text, markup), bare: readingForm(text, insertions) };
}

/**
 * Where the passage [start, end) of the source transcription lands in the target, as offsets of the
 * target's own text, or orphaned, and whether the target reads differently there (editorial insertions
 * count). Tried on the words, then, for a passage that one transcription glosses and the other does not
 * ("Filippov [Stalin]." and "Filippov."), without editorial insertions. The passage's place in the source
 * is passed on scaled to the target's length: only a tie-breaker between copies whose context agrees
 * equally (a formula repeated word for word) and the first place searched; the quote and its context
 * decide. Deterministic.
 */
export function projectPassage(source: TranscriptionForms, target: TranscriptionForms, start: number, end: number): Projection {
  // Transcriptions without editorial insertions read the same bare: the second search would only repeat the first.
  const glossed = source.bare.text.length < source.words.text.length || target.bare.text.length < target.words.text.length;
  const anchor = landing(source.words, target.words, start, end) ?? (glossed ? landing(source.bare, target.bare, start, end) : undefined);
  if (anchor === undefined) return { anchor: { status: 'orphaned' }, differs: false };
  const reading = (form: ReadingForm, from: number, to: number) => form.text.slice(formOffset(form, from), formOffset(form, to));
  return { anchor, differs: readingsDiffer(reading(source.words, start, end), reading(target.words, anchor.start, anchor.end)) };
}

/** Where the passage [start, end) of the source's original lands in the target's original, both read in the one form; undefined when nowhere. */
function landing(source: ReadingForm, target: ReadingForm, start: number, end: number): Extract<Anchor, { status: 'anchored' }> | undefined {
  const from = formOffset(source, start);
  const to = formOffset(source, end);
  const reading = source.text.slice(from, to);
  if (reading.trim() === '') return undefined;
  const { quote } = describePassage(source.text, from, to);
  const hint = Math.round((from * target.text.length) / Math.max(1, source.text.length));
  const anchor = anchorQuote(target.text, quote, { start: hint, end: hint + reading.length });
  if (anchor.status === 'orphaned') return undefined;
  // An approximate match may take in a space the source's words do not have ("Filippov " for "Filippov.").
  let [landStart, landEnd] = [anchor.start, anchor.end];
  if (!reading.startsWith(' ')) while (landStart < landEnd && target.text[landStart] === ' ') landStart += 1;
  if (!reading.endsWith(' ')) while (landEnd > landStart && target.text[landEnd - 1] === ' ') landEnd -= 1;
  // Offsets from another text are no "old position": a hit on the scaled place is found exactly, not kept.
  const method = anchor.method === 'position' ? 'exact' : anchor.method;
  return { status: 'anchored', start: target.origin[landStart] ?? 0, end: originalEnd(target, landEnd), method };
}

/**
 * Where the form's units before `end` end in the original: just after the character of unit end - 1, so
 * that markup dropped after the passage ("*]") stays out of it. A character is one unit of the form, or
 * two with the same origin (a surrogate pair); a run of whitespace is one unit standing for its first.
 */
function originalEnd(form: ReadingForm, end: number): number {
  const last = form.origin[end - 1] ?? 0;
  return end >= 2 && form.origin[end - 2] === last ? last + 2 : last + 1;
}
