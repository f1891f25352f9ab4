import { useCallback, useEffect, useState } from 'react';
import type { PersonPassage } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import type { AnnotationsState } from '../notes/use-annotations.js';
import { placeHref, readPlace } from './place.js';

/** Where an annotation's passage is: enough to go to it (a PersonPassage is one). */
export type PassagePlace = Pick<PersonPassage, 'annotationId' | 'documentId' | 'witnessId'>;

interface PassageJumpContext {
  article: HTMLElement | null;
  documentId: string;
  witnessId: string;
  notes: Pick<AnnotationsState, 'status' | 'annotations'>;
  /** Scrolls to the passage and flashes it. */
  showPassage: (annotation: AnchoredAnnotation) => void;
  onWitnessChange: (witnessId: string) => void;
}

/**
 * Following a passage listed in the People panel, or a note's passage on the transcription it was made on, wherever it is: in this transcription it is shown at
 * once; in another transcription of the document, that one opens first; in another document, the address
 * changes (a real navigation, so Back returns) and names the passage, which the reading desk of that
 * document shows once its text and annotations are in. Returns the function that follows a passage.
 */
export function usePassageJump({ article, documentId, witnessId, notes, showPassage, onWitnessChange }: PassageJumpContext): (passage: PassagePlace) => void {
  // A passage to show once its transcription is on screen: one followed here, or named by the address.
  const [pending, setPending] = useState<string | null>(() => readPlace().passage ?? null);

  useEffect(() => {
    if (pending === null || !article || notes.status !== 'ready') return;
    setPending(null);
    // Read once: a reload must not jump again.
    if (readPlace().passage !== undefined) history.replaceState(history.state, '', placeHref({ documentId, witnessId }));
    const annotation = notes.annotations.find((candidate) => candidate.id === pending);
    if (annotation) showPassage(annotation);
  }, [pending, article, notes.status, notes.annotations, showPassage, documentId, witnessId]);

  return useCallback(
    (passage: PassagePlace) => {
      if (passage.witnessId === witnessId) {
        const annotation = notes.annotations.find((candidate) => candidate.id === passage.annotationId);
        if (annotation) showPassage(annotation);
      } else if (passage.documentId === documentId) {
        setPending(passage.annotationId);
        onWitnessChange(passage.witnessId);
      } else {
        location.hash = placeHref({ documentId: passage.documentId, witnessId: passage.witnessId, passage: passage.annotationId });
      }
    },
    [witnessId, documentId, notes.annotations, showPassage, onWitnessChange],
  );
}
