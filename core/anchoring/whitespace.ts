/**
 * Whitespace as a reader ignores it: a line break for a space, two spaces for one, a tab in a pasted
 * quote. Anchoring compares texts with every run of whitespace read as one space, so that such
 * differences never cost a match, and maps what it finds back to the text's own offsets.
 */
import { partitionPoint } from '../partition-point.js';

const RUN = /\s+/gu;
const SPACE = /\s/u;
/** Runs longer than one unit: the only ones that move offsets when collapsed. */
const LONG_RUN = /\s{2,}/gu;

/** `value` with every run of whitespace as one space. */
export function collapseWhitespace(value: string): string {
  return value.replace(RUN, ' ');
}

/** A text with its whitespace collapsed, and the way back to its offsets. */
export interface CollapsedText {
  /** The text as given. */
  raw: string;
  /** The text with every run of whitespace as one space. */
  text: string;
  /** The offset of the raw text that collapsed offset `offset` stands for: a run's space maps to the run's start, the offset after it to the run's end. */
  toRaw(offset: number): number;
  /** The collapsed offset of raw offset `offset`; an offset inside a run maps to just after the run's space. */
  fromRaw(offset: number): number;
}

/**
 * Texts collapsed lately. Anchoring the notes of a witness asks for the same text once per note; a
 * pass over a long text for each would cost more than anchoring them.
 */
const recent: CollapsedText[] = [];
const RECENT = 4;

/** `text` collapsed, from the few texts collapsed last when it is one of them. */
export function collapsedText(text: string): CollapsedText {
  const known = recent.find((entry) => entry.raw === text);
  if (known !== undefined) return known;
  const made = collapse(text);
  recent.unshift(made);
  recent.length = Math.min(recent.length, RECENT);
  return made;
}

function collapse(raw: string): CollapsedText {
  // For each run longer than one unit: where its space is in the collapsed text, where it starts in the
  // raw one, and how many units all runs up to and including it dropped.
  const spaceAt: number[] = [];
  const rawAt: number[] = [];
  const dropped: number[] = [];
  let total = 0;
  for (const run of raw.matchAll(LONG_RUN)) {
    spaceAt.push(run.index - total);
    rawAt.push(run.index);
    total += run[0].length - 1;
    dropped.push(total);
  }
  const droppedBefore = (runs: number): number => (runs === 0 ? 0 : (dropped[runs - 1] ?? 0));
  return {
    raw,
    text: collapseWhitespace(raw),
    toRaw: (offset) => offset + droppedBefore(partitionPoint(spaceAt.length, (i) => (spaceAt[i] ?? 0) < offset)),
    fromRaw: (offset) => {
      const runs = partitionPoint(rawAt.length, (i) => (rawAt[i] ?? 0) < offset);
      const inside = runs > 0 && offset < (rawAt[runs - 1] ?? 0) + (droppedBefore(runs) - droppedBefore(runs - 1)) + 1;
      return inside ? (spaceAt[runs - 1] ?? 0) + 1 : offset - droppedBefore(runs);
    },
  };
}

/**
 * [start, end) of `raw` without more of a whitespace run at either edge than its quote has there
 * (`lead` and `trail` units): a collapsed space found at an edge stands for the whole run, but the
 * passage was made with only part of it.
 */
export function narrowToQuote(raw: string, start: number, end: number, lead: number, trail: number): { start: number; end: number } {
  let runEnd = start;
  while (runEnd < end && SPACE.test(raw.charAt(runEnd))) runEnd += 1;
  let runStart = end;
  while (runStart > runEnd && SPACE.test(raw.charAt(runStart - 1))) runStart -= 1;
  return { start: Math.max(start, runEnd - lead), end: Math.min(end, runStart + trail) };
}
