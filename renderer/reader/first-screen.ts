/**
 * What is asked for first when a transcription opens: the beginning of its text and the highlights over
 * it, as far as its first screen shows and the painting registers around it (STRETCH_MARGIN), so that the
 * first paint of a long text waits neither for its megabytes nor for thousands of annotations. start-up.ts
 * asks early with these very arguments, for WitnessText and use-annotations.ts to take the answers over.
 */
import type { ApiArgs } from '../../core/api.js';
import { STRETCH_MARGIN } from './use-shown-stretch.js';

/** A text opens at its start: the first screen lies within this many UTF-16 units of it. */
const FIRST_SCREEN_UNITS = STRETCH_MARGIN;

/** The arguments of getWitness for the beginning of `witnessId`'s text. */
export function firstScreenText(witnessId: string): ApiArgs<'getWitness'> {
  return { witnessId, upTo: FIRST_SCREEN_UNITS };
}

/** The arguments of listHighlights for the highlights over that beginning. */
export function firstScreenHighlights(witnessId: string): ApiArgs<'listHighlights'> {
  return { witnessId, within: { start: 0, end: FIRST_SCREEN_UNITS } };
}
