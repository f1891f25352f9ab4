/**
 * What the reading room asks for at start-up, asked for at once: the people, the library, then in
 * parallel the open document, its transcription and its annotations' highlights, instead of one round trip per component as each mounts.
 */
import { readPlace } from '../reader/place.js';
import { prefetch } from './use-api.js';

/** Starts the calls that the first screen needs; failures are left to the components that show them. */
export function prefetchOpeningPlace(): void {
  const place = readPlace();
  // The people's colours first: set on the page's root, they restyle every element on it, which costs
  // nothing before a long text is in and a frame of hundreds of milliseconds after (use-people.ts).
  prefetch('listPeople', {}).catch(() => undefined);
  prefetch('listDocuments', {}).then(
    (documents) => {
      const document = documents.find((candidate) => candidate.id === place.documentId) ?? documents[0];
      if (!document) return;
      prefetch('getDocument', { documentId: document.id }).catch(() => undefined);
      const witness = document.witnesses.find((candidate) => candidate.id === place.witnessId) ?? document.witnesses[0];
      if (!witness) return;
      prefetch('getWitness', { witnessId: witness.id }).catch(() => undefined);
      // The host answers in turn: the colours, quick, before the highlights (use-annotations.ts takes both
      // over, and asks for the annotations themselves once the highlights are in).
      prefetch('listCategories', {}).catch(() => undefined);
      prefetch('listHighlights', { witnessId: witness.id }).catch(() => undefined);
    },
    () => undefined,
  );
}
