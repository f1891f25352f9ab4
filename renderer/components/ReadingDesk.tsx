import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, WitnessSummary } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { intervalIndex } from '../reader/interval-index.js';
import { characterAt, NO_SELECTION, readSelection, scrollToPassage, type TextSelection } from '../reader/text-dom.js';
import { useAnnotateShortcuts, type AnnotateKind } from '../reader/use-annotate-shortcuts.js';
import { useHighlights, type FlashRequest } from '../reader/use-highlights.js';
import { useKeyboardCaret } from '../reader/use-keyboard-caret.js';
import { useUndoShortcuts } from '../reader/use-undo-shortcuts.js';
import { useAnnotations, type AnnotationPatch } from '../notes/use-annotations.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { MOD } from '../reader/keys.js';
import { Announcer, useAnnouncer } from './Announcer.js';
import { MetadataPanel } from './MetadataPanel.js';
import { NotesPanel, type OpenNote } from './NotesPanel.js';
import { Reader } from './Reader.js';
import { SelectionToolbar } from './SelectionToolbar.js';
import { SidePanel, type SideTab } from './SidePanel.js';
import { TextCaret } from './TextCaret.js';
import './Highlights.css';

/** Why nothing was annotated, in words for the reader. */
function selectionProblem(selection: TextSelection): string {
  return selection.kind === 'outside'
    ? 'Select some text in the document first: the selection reaches outside the text.'
    : 'Select some text in the document first.';
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isSideTab = (value: unknown): value is SideTab => value === 'notes' || value === 'info';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface ReadingDeskProps {
  document: DocumentDetail;
  witness: WitnessSummary;
  onWitnessChange: (witnessId: string) => void;
  /** Changes when the settings renamed something the notes show. */
  settingsRevision: number;
}

/**
 * A transcription open for study: the text, with its annotations painted over it, and beside it the
 * notes and the document's information. Joins what the reader does in the text (select, H, A, click a
 * highlight) to what the panel shows (the card opened, its note focused), and undo/redo to both.
 */
export function ReadingDesk({ document: detail, witness, onWitnessChange, settingsRevision }: ReadingDeskProps) {
  const [shownArticle, setArticle] = useState<HTMLElement | null>(null);
  // While another transcription loads, the last one stays on screen: nothing of this one is painted on it.
  const article = shownArticle?.dataset.witness === witness.id ? shownArticle : null;
  const [column, setColumn] = useState<HTMLDivElement | null>(null);
  const [historyRevision, setHistoryRevision] = useState(0);
  // Both only ever grow, so their sum changes whenever either does.
  const revision = historyRevision + settingsRevision;
  const notes = useAnnotations(witness.id, revision);
  const [open, setOpen] = useState<OpenNote | null>(null);
  // A card open on one transcription means nothing on another.
  const [openOn, setOpenOn] = useState(witness.id);
  if (openOn !== witness.id) {
    setOpenOn(witness.id);
    setOpen(null);
  }
  const [flash, setFlash] = useState<FlashRequest | null>(null);
  // The reader's last choice of tab is kept across launches; Notes the first time.
  const [tab, setTab] = useStoredState<SideTab>('carrel.sideTab', 'notes', isSideTab);
  const [announcement, announce] = useAnnouncer();
  const [preferredCategory, setPreferredCategory] = useStoredState('carrel.category', '', isString);
  const seq = useRef(0);
  const next = () => ++seq.current;
  // One annotation at a time: a second H or A before the store answers would make a twin.
  const creating = useRef(false);
  // What the reader types after A, before the note field exists: kept for it, not lost or taken as shortcuts.
  const typedAhead = useRef<string | null>(null);

  useEffect(() => {
    const keep = (event: KeyboardEvent) => {
      if (typedAhead.current === null || event.ctrlKey || event.metaKey || event.altKey) return;
      const character = event.key === 'Enter' ? '\n' : event.key.length === 1 ? event.key : null;
      if (character === null) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      typedAhead.current += character;
    };
    window.addEventListener('keydown', keep, true);
    return () => window.removeEventListener('keydown', keep, true);
  }, []);

  useHighlights(article, notes.annotations, notes.categories, open?.id ?? null, flash);
  useKeyboardCaret(article);

  const index = useMemo(
    () =>
      intervalIndex(
        notes.annotations.flatMap((annotation) =>
          annotation.anchor.status === 'anchored' ? [{ annotation, start: annotation.anchor.start, end: annotation.anchor.end }] : [],
        ),
      ),
    [notes.annotations],
  );

  const showPassage = useCallback(
    (annotation: AnchoredAnnotation) => {
      if (!article || annotation.anchor.status !== 'anchored') return;
      scrollToPassage(article, annotation.anchor.start, annotation.anchor.end);
      setFlash({ id: annotation.id, seq: next() });
    },
    [article],
  );

  /** Hands over what was typed after A, once, to the note field that now has the focus. */
  const takeTypedAhead = useCallback(() => {
    const typed = typedAhead.current ?? '';
    typedAhead.current = null;
    return typed;
  }, []);

  const annotate = useCallback(
    (kind: AnnotateKind) => {
      // Read now, not from state: selectionchange arrives a moment late, and a key may beat it.
      const current = article ? readSelection(article) : NO_SELECTION;
      if (current.kind !== 'passage') {
        announce(selectionProblem(current));
        return;
      }
      if (creating.current) return;
      creating.current = true;
      if (kind === 'note') typedAhead.current = '';
      const category = notes.categories.some((candidate) => candidate.id === preferredCategory) ? preferredCategory : notes.categories[0]?.id;
      const fromToolbar = !!document.activeElement?.closest('.selection-toolbar');
      notes
        .create(current, { motivation: kind === 'note' ? 'commenting' : 'highlighting', ...(category === undefined ? {} : { category }) })
        .then(
          (created) => {
            // The caret stays at the passage's end, so a keyboard reader goes on from there.
            document.getSelection()?.collapseToEnd();
            setTab('notes');
            if (kind === 'note') {
              setOpen({ id: created.id, focusSeq: next(), takeTypedAhead });
              // Should the field never take it (it cannot appear), typing must not stay captured.
              window.setTimeout(() => void takeTypedAhead(), 2000);
            } else {
              if (fromToolbar) article?.focus({ preventScroll: true });
              announce('Highlighted.');
            }
          },
          (error: unknown) => {
            typedAhead.current = null;
            announce(messageOf(error), 'alert');
          },
        )
        .finally(() => {
          creating.current = false;
        });
    },
    [notes, preferredCategory, article, announce, takeTypedAhead],
  );
  useAnnotateShortcuts(annotate);

  useUndoShortcuts((kind, outcome) => {
    if ('error' in outcome) {
      announce(outcome.error, 'alert');
      return;
    }
    const { description } = outcome.step;
    // The store words the step for the reader ("Undid: annotation deleted").
    announce(description ?? `Nothing to ${kind}.`);
    setHistoryRevision((n) => n + 1);
  });

  // A click on highlighted text opens the innermost annotation there; a click that ends a drag selects instead.
  useEffect(() => {
    if (!article) return;
    const hit = (event: MouseEvent) => {
      const offset = characterAt(article, event.clientX, event.clientY);
      return offset === null ? undefined : index.innermost(offset)?.annotation;
    };
    const onClick = (event: MouseEvent) => {
      if (document.getSelection()?.isCollapsed === false) return;
      const annotation = hit(event);
      if (!annotation) return;
      setTab('notes');
      setOpen({ id: annotation.id });
    };
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => article.classList.toggle('over-highlight', event.buttons === 0 && hit(event) !== undefined));
    };
    article.addEventListener('click', onClick);
    article.addEventListener('mousemove', onMove);
    return () => {
      cancelAnimationFrame(frame);
      article.removeEventListener('click', onClick);
      article.removeEventListener('mousemove', onMove);
    };
  }, [article, index]);

  const update = useCallback(
    (id: string, patch: AnnotationPatch) => {
      // The colour chosen last is the one the next annotation gets.
      if (patch.category !== undefined) setPreferredCategory(patch.category);
      return notes.update(id, patch);
    },
    [notes, setPreferredCategory],
  );

  const remove = (annotation: AnchoredAnnotation) =>
    notes.remove(annotation.id).then(
      () => {
        setOpen((current) => (current?.id === annotation.id ? null : current));
        announce(`Annotation deleted. ${MOD}Z undoes it.`);
        return true;
      },
      (error: unknown) => {
        announce(messageOf(error), 'alert');
        return false;
      },
    );

  const reattach = (annotation: AnchoredAnnotation) => {
    const current = article ? readSelection(article) : NO_SELECTION;
    if (current.kind !== 'passage') {
      announce('Select the passage in the text first, then choose “Re-attach to selection”.');
      return;
    }
    notes.reattach(annotation.id, current).then(
      (attached) => {
        document.getSelection()?.collapseToEnd();
        setOpen({ id: attached.id });
        showPassage(attached);
        announce('Re-attached to the selected passage.');
      },
      (error: unknown) => announce(messageOf(error), 'alert'),
    );
  };

  const pick = (annotation: AnchoredAnnotation) => {
    setOpen((current) => (current?.id === annotation.id ? current : { id: annotation.id }));
    showPassage(annotation);
  };

  return (
    <>
      <Reader
        document={detail}
        witness={witness}
        onWitnessChange={onWitnessChange}
        articleRef={setArticle}
        columnRef={setColumn}
        overlay={
          <>
            <TextCaret article={article} container={column} />
            <SelectionToolbar article={article} container={column} onAnnotate={annotate} />
            <Announcer announcement={announcement} />
          </>
        }
      />
      <SidePanel
        tab={tab}
        onTabChange={setTab}
        noteCount={notes.annotations.length}
        notes={
          <NotesPanel
            documentId={detail.id}
            revision={revision}
            notes={{ ...notes, update }}
            open={open}
            onPick={pick}
            onClose={() => setOpen(null)}
            onDelete={remove}
            onReattach={reattach}
          />
        }
        info={<MetadataPanel document={detail} />}
      />
    </>
  );
}
