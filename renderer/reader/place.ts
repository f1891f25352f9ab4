import { useCallback, useEffect, useState } from 'react';
import { rememberForHost } from '../first-screen/remember.js';

/** What the reader has open: kept in the address fragment so that a reload reopens the same page. */
export interface Place {
  documentId?: string;
  witnessId?: string;
  /** An annotation to show once the text is open: a passage followed from another document. Read once, then dropped. */
  passage?: string;
  /** Set while the compare view is open: the transcription beside `witnessId` (on its right). */
  compare?: string;
  /** Words of the transcription to show once it is open ([start, end) of its reading text): a search hit. Read once, then dropped. */
  range?: TextRange;
  /** A person to show in the People panel: a search hit. Read once, then dropped. */
  person?: string;
}

/** [start, end) of a witness's reading text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

/** The place the host renders the first screen at (renderer/first-screen/): it never sees the address. */
let placeOnHost: Place = {};

/** Sets the place the host's render reads, for the length of that render. */
export function hostPlace(place: Place): void {
  placeOnHost = place;
}

/** The place the address names now (on the host, the place it renders). */
export function readPlace(): Place {
  if (typeof location === 'undefined') return placeOnHost;
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    documentId: params.get('document') ?? undefined,
    witnessId: params.get('witness') ?? undefined,
    passage: params.get('passage') ?? undefined,
    range: rangeFrom(params.get('range')),
    person: params.get('person') ?? undefined,
    compare: params.get('compare') ?? undefined,
  };
}

/** "12-25" as [12, 25); anything else (a hand-edited address) as no range. */
function rangeFrom(value: string | null): TextRange | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!match) return undefined;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end > start ? { start, end } : undefined;
}

/** The fragment for `place` (`#document=…&witness=…&compare=…`), for links in the library. */
export function placeHref(place: Place): string {
  const params = new URLSearchParams();
  if (place.documentId) params.set('document', place.documentId);
  if (place.witnessId) params.set('witness', place.witnessId);
  if (place.passage) params.set('passage', place.passage);
  if (place.compare) params.set('compare', place.compare);
  if (place.range) params.set('range', `${place.range.start}-${place.range.end}`);
  if (place.person) params.set('person', place.person);
  return `#${params.toString()}`;
}

/** Keeps the open document and transcription for the host's first screen of the next start (or reload). */
function rememberPlace({ documentId, witnessId }: Place): void {
  rememberForHost('carrel-place', JSON.stringify({ documentId, witnessId }));
}

/**
 * The open place and a way to change it. Library links change it by navigating (so Back works);
 * `replacePlace` rewrites the address without a history entry, for choices such as the transcription.
 */
export function usePlace(): [Place, (place: Place) => void] {
  const [place, setPlace] = useState(readPlace);
  useEffect(() => rememberPlace(place), [place]);

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
