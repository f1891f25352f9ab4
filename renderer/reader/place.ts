import { useCallback, useEffect, useState } from 'react';

/** What the reader has open: kept in the address fragment so that a reload reopens the same page. */
export interface Place {
  documentId?: string;
  witnessId?: string;
  /** An annotation to show once the text is open: a passage followed from another document. Read once, then dropped. */
  passage?: string;
  /** Set while the compare view is open: the transcription beside `witnessId` (on its right). */
  compare?: string;
}

/** The place the address names now. */
export function readPlace(): Place {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    documentId: params.get('document') ?? undefined,
    witnessId: params.get('witness') ?? undefined,
    passage: params.get('passage') ?? undefined,
    compare: params.get('compare') ?? undefined,
  };
}

/** The fragment for `place` (`#document=…&witness=…&compare=…`), for links in the library. */
export function placeHref(place: Place): string {
  const params = new URLSearchParams();
  if (place.documentId) params.set('document', place.documentId);
  if (place.witnessId) params.set('witness', place.witnessId);
  if (place.passage) params.set('passage', place.passage);
  if (place.compare) params.set('compare', place.compare);
  return `#${params.toString()}`;
}

/**
 * The open place and a way to change it. Library links change it by navigating (so Back works);
 * `replacePlace` rewrites the address without a history entry, for choices such as the transcription.
 */
export function usePlace(): [Place, (place: Place) => void] {
  const [place, setPlace] = useState(readPlace);

  useEffect(() => {
    const follow = () => setPlace(readPlace());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const replacePlace = useCallback((next: Place) => {
    history.replaceState(history.state, '', placeHref(next));
    setPlace(next);
  }, []);

  return [place, replacePlace];
}
