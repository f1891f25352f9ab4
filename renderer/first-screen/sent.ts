/**
 * What the host sends beside the first screen's HTML, in a JSON block of the page (`#first-screen`): the
 * place and window it rendered, and the answers it rendered from.
 */
import type { FirstScreenAnswer } from '../api/first-screen-answers.js';
import type { Place } from '../reader/place.js';
import type { Look } from '../settings/reading-settings.js';

/** Where the page last was, as the host read it from the page's cookies. */
export interface Remembered {
  place: Pick<Place, 'documentId' | 'witnessId'>;
  /** The window was too narrow for three columns. */
  compact: boolean;
  look: Look;
}

export interface FirstScreenSent {
  place: Pick<Place, 'documentId' | 'witnessId'>;
  compact: boolean;
  /** The settings the host rendered as stored (use-stored-state.ts), by key. */
  stored: Record<string, string>;
  answers: FirstScreenAnswer[];
}

/** The id of the JSON block that carries it. */
export const SENT_ID = 'first-screen';
