import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonPassage } from '../../core/api.js';
import type { NoteOutline } from '../notes/use-annotations.js';
import type { AnnotationsState } from '../notes/use-annotations.js';
import { placeHref, readPlace, type Place, type TextRange } from './place.js';

/** Where an annotation's passage is: enough to go to it (a PersonPassage is one). */
export type PassagePlace = Pick<PersonPassage, 'annotationId' | 'documentId' | 'witnessId'>;

interface PassageJumpContext {
  article: HTMLElement | null;
  documentId: string;
  witnessId: string;
  notes: Pick<AnnotationsState, 'status' | 'annotations'>;
  /** Scrolls to the passage and flashes it; with `focus`, puts the caret there. */
  showPassage: (annotation: NoteOutline, options: { focus: boolean }) => void;
  /** Scrolls to words of the open transcription and flashes them; with `focus`, selects them. */
  showRange: (range: TextRange, options: { focus: boolean }) => void;
  /** Shows a person in the People panel. */
  showPerson: (personId: string) => void;
  onWitnessChange: (witnessId: string) => void;
  /** Tells the reader that a jump has opened another transcription than the one they were reading. */
  onArrivedInOther: () => void;
}

/** Something the address asks to show once the transcription is on screen, and the transcription open when it was asked. */
type Jump = ({ kind: 'passage'; id: string } | { kind: 'range'; range: TextRange } | { kind: 'person'; personId: string }) & { from?: string };

/** What `place` asks to show; a search hit's words first, as the most precise. */
function jumpIn(place: Place, from?: string): Jump | null {
  if (place.range) return { kind: 'range', range: place.range, from };
  if (place.passage) return { kind: 'passage', id: place.passage, from };
  if (place.person) return { kind: 'person', personId: place.person, from };
  return null;
}

/**
 * Following a passage listed in the People panel, or a note's passage on the transcription it was made on, wherever it is: in this transcription it is shown at
 * once; in another transcription of the document, that one opens first; in another document, the address
 * changes (a real navigation, so Back returns) and names the passage, which the reading desk of that
 * document shows once its text and annotations are in. The address may also name words of the text or a
 * person (a search hit, which always navigates): those are shown the same way, also when the address
 * changes under a desk already open on this document. Returns the function that follows a passage.
 */
export function usePassageJump({ article, documentId, witnessId, notes, showPassage, showRange, showPerson, onWitnessChange, onArrivedInOther }: PassageJumpContext): (passage: PassagePlace) => void {
  // What to show once its transcription is on screen: a passage followed here, or what the address names.
  const [pending, setPending] = useState<Jump | null>(() => jumpIn(readPlace()));

  // The transcription whose text is on screen, as the address changes. Not `witnessId`: React renders the
  // address's new transcription before this listener hears the change (hashchange is a discrete event).
  const onScreen = useRef(witnessId);
  if (article) onScreen.current = witnessId;
  useEffect(() => {
    const follow = () => {
      const place = readPlace();
      // Another document's desk takes it over when it opens.
      if (place.documentId === undefined || place.documentId === documentId) setPending(jumpIn(place, onScreen.current));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [documentId]);

  useEffect(() => {
    if (pending === null || !article || (pending.kind === 'passage' && notes.status !== 'ready')) return;
    setPending(null);
    // Read once: a reload must not jump again.
    if (jumpIn(readPlace()) !== null) history.replaceState(history.state, '', placeHref({ documentId, witnessId }));
    if (pending.from !== undefined && pending.from !== witnessId) onArrivedInOther();
    if (pending.kind === 'range') showRange(pending.range, { focus: true });
    else if (pending.kind === 'person') showPerson(pending.personId);
    else {
      const annotation = notes.annotations.find((candidate) => candidate.id === pending.id);
      if (annotation) showPassage(annotation, { focus: true });
    }
  }, [pending, article, notes.status, notes.annotations, showPassage, showRange, showPerson, onArrivedInOther, documentId, witnessId]);

  return useCallback(
    (passage: PassagePlace) => {
      if (passage.witnessId === witnessId) {
        const annotation = notes.annotations.find((candidate) => candidate.id === passage.annotationId);
        if (annotation) showPassage(annotation, { focus: true });
      } else if (passage.documentId === documentId) {
        setPending({ kind: 'passage', id: passage.annotationId, from: witnessId });
        onWitnessChange(passage.witnessId);
      } else {
        location.hash = placeHref({ documentId: passage.documentId, witnessId: passage.witnessId, passage: passage.annotationId });
      }
    },
    [witnessId, documentId, notes.annotations, showPassage, onWitnessChange],
  );
}
