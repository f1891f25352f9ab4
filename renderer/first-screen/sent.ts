/**
 * What the host sends beside the first screen's HTML, in a JSON block of the page (`#first-screen`): the
 * place it rendered and the answers it rendered from.
 */
import type { FirstScreenAnswer } from '../api/first-screen-answers.js';
import type { Place } from '../reader/place.js';

export interface FirstScreenSent {
  place: Pick<Place, 'documentId' | 'witnessId'>;
  answers: FirstScreenAnswer[];
}

/** The id of the JSON block that carries it. */
export const SENT_ID = 'first-screen';
