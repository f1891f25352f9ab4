/**
 * The highlights asked for first when a transcription opens: those over the stretch of text its first
 * screen shows and the painting registers around it (a few hundred on a long text, a small answer read
 * from the store quickly), so that the first paint waits for neither the whole list of highlights nor
 * the annotations. start-up.ts asks for them early with these very arguments, for use-annotations.ts to
 * take over.
 */
import type { ApiArgs } from '../../core/api.js';
import { STRETCH_MARGIN } from '../reader/use-shown-stretch.js';

/** The arguments of listHighlights for the first screen of `witnessId`: a text opens at its start. */
export function firstScreenHighlights(witnessId: string): ApiArgs<'listHighlights'> {
  return { witnessId, within: { start: 0, end: STRETCH_MARGIN } };
}
