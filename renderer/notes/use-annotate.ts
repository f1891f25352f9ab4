import { useCallback, useRef } from 'react';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import type { AnnotateKind } from '../reader/use-annotate-shortcuts.js';
import { paintPendingPassage } from '../reader/use-highlights.js';
import { NO_SELECTION, readSelection, type TextSelection } from '../reader/text-dom.js';
import type { Announcement } from '../ui/Announcer.js';
import { categorySlot } from './categories.js';
import type { AnnotationsState, PassageOffsets } from './use-annotations.js';
import { useTypedAhead } from './use-typed-ahead.js';

interface AnnotateContext {
  article: HTMLElement | null;
  notes: AnnotationsState;
  /** The colour chosen last, which the next annotation gets if it still exists. */
  preferredCategory: string;
  announce: (text: string, tone?: Announcement['tone']) => void;
  /** P: the passage is handed to the person picker. */
  onTagPerson: (passage: PassageOffsets) => void;
  /** The annotation is stored; for a note, `takeTypedAhead` gives its field what was typed meanwhile. */
  onCreated: (created: AnchoredAnnotation, takeTypedAhead?: () => string) => void;
}

/** Why nothing was annotated, in words for the reader. */
function selectionProblem(selection: TextSelection): string {
  return selection.kind === 'outside'
    ? 'Select some text in the document first: the selection reaches outside the text.'
    : 'Select some text in the document first.';
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** H, A and P on the selected passage (from the keys or the selection toolbar): highlight, note, person. */
export function useAnnotate({ article, notes, preferredCategory, announce, onTagPerson, onCreated }: AnnotateContext): (kind: AnnotateKind) => void {
  // One annotation at a time: a second H or A before the store answers would make a twin.
  const creating = useRef(false);
  const typedAhead = useTypedAhead();

  return useCallback(
    (kind: AnnotateKind) => {
      // Read now, not from state: selectionchange arrives a moment late, and a key may beat it.
      const current = article ? readSelection(article) : NO_SELECTION;
      if (current.kind !== 'passage') {
        announce(selectionProblem(current));
        return;
      }
      if (kind === 'person') {
        onTagPerson(current);
        return;
      }
      if (creating.current) return;
      creating.current = true;
      if (kind === 'note') typedAhead.begin();
      const category = notes.categories.some((candidate) => candidate.id === preferredCategory) ? preferredCategory : notes.categories[0]?.id;
      const fromToolbar = !!document.activeElement?.closest('.selection-toolbar');
      // Painted now, in the colour it will have: the store's answer is a round trip and a render away.
      const unpaint = article && category !== undefined ? paintPendingPassage(article, current.start, current.end, categorySlot(notes.categories, category)) : undefined;
      // The caret goes to the passage's end at once, so a keyboard reader goes on from there and the
      // selection no longer hides the new colour.
      document.getSelection()?.collapseToEnd();
      notes
        .create(current, { motivation: kind === 'note' ? 'commenting' : 'highlighting', ...(category === undefined ? {} : { category }) })
        .then(
          (created) => {
            if (kind === 'note') {
              onCreated(created, typedAhead.take);
              // Should the field never take it (it cannot appear), typing must not stay captured.
              window.setTimeout(() => void typedAhead.take(), 2000);
            } else {
              onCreated(created);
              if (fromToolbar) article?.focus({ preventScroll: true });
              announce('Highlighted.');
            }
          },
          (error: unknown) => {
            unpaint?.();
            typedAhead.drop();
            announce(messageOf(error), 'alert');
          },
        )
        .finally(() => {
          creating.current = false;
        });
    },
    [notes, preferredCategory, article, announce, onTagPerson, onCreated, typedAhead],
  );
}
