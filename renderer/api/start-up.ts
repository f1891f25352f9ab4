/**
 * What opening a document asks for, asked for at once instead of one round trip per component as each
 * mounts: at start-up the people, the library, then in parallel the open document, its transcription and
 * its annotations' highlights; later, a document opened from the library, its transcription and highlights.
 */
import type { DocumentSummary } from '../../core/api.js';
import { firstScreenHighlights, firstScreenText } from '../reader/first-screen.js';
import { readPlace } from '../reader/place.js';
import { prefetch } from './use-api.js';

/** Starts the calls that the first screen needs; failures are left to the components that show them. */
export function prefetchOpeningPlace(): void {
  const place = readPlace();
  // The people's colours first: set on the page's root, they restyle every element on it, which costs
  // nothing before a long text is in and a frame of hundreds of milliseconds after (use-people.ts).
  prefetch('listPeople', {}).catch(() => undefined);
  // Asked as App asks, which takes the answer over.
  prefetch('openingDocument', place.documentId === undefined ? {} : { documentId: place.documentId }).then(
    ({ document }) => {
      if (!document) return;
      prefetch('getDocument', { documentId: document.id }).catch(() => undefined);
      prefetchTranscription(document, place.witnessId);
    },
    () => undefined,
  );
}

/**
 * Starts the calls that show `document`'s transcription (`witnessId`, or its first): the text and the
 * highlights, beside the document's details rather than after them.
 */
export function prefetchTranscription(document: DocumentSummary, witnessId: string | undefined): void {
  const witness = document.witnesses.find((candidate) => candidate.id === witnessId) ?? document.witnesses[0];
  if (!witness) return;
  prefetchAnnotationLayer(witness.id);
  prefetch('getWitness', firstScreenText(witness.id)).catch(() => undefined);
}

/** Starts the calls that paint a transcription's notes over its text. */
function prefetchAnnotationLayer(witnessId: string): void {
  // The host answers in turn: the colours, then the first screen's highlights (and text), all quick
  // (use-annotations.ts and WitnessText take them over, and ask for the rest once they are in).
  prefetch('listCategories', {}).catch(() => undefined);
  prefetch('listHighlights', firstScreenHighlights(witnessId)).catch(() => undefined);
}
