import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnchorCandidate } from '../../core/annotation/model.js';
import type { Block } from '../../core/document/model.js';
import { isFiltering, matchesFilter, NO_FILTER, type NotesFilter } from './filter.js';
import { CARD_PAGE, type AnnotationsState, type NoteOutline } from './use-annotations.js';
import { useFoundNotes } from './use-found-notes.js';
import { useNearEnd } from './use-near-end.js';
import type { PeopleState } from '../people/use-people.js';
import { MOD } from '../reader/keys.js';
import { count } from '../people/names.js';
import { AnnotationCard } from './AnnotationCard.js';
import { DocumentNotebook } from './DocumentNotebook.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { ImportNotes } from './ImportNotes.js';
import { NamePrompt } from './NamePrompt.js';
import { NotesFilters } from './NotesFilters.js';
import type { OrphanActions } from './OrphanPlaces.js';
import './NotesPanel.css';

/** Which card is open, and a new number whenever its note field should take the focus. */
export interface OpenNote {
  id: string;
  focusSeq?: number;
  /** Gives, once, what was typed after A before the note field could take it: it goes into the note. */
  takeTypedAhead?: () => string;
}

interface NotesPanelProps {
  documentId: string;
  revision: number;
  notes: AnnotationsState;
  /** The transcription's page starts (pageStarts), for the page each card's passage is on. */
  pages: readonly Block[];
  /** For the people chips on the cards. */
  people: Pick<PeopleState, 'byId' | 'slotOf'>;
  open: OpenNote | null;
  /** A card was picked: open it and show its passage. */
  onPick: (annotation: NoteOutline) => void;
  /** The reader is done with the open card: it closes, and the text takes the focus back after its passage. */
  onDone: (annotation: NoteOutline) => void;
  onDelete: (annotation: NoteOutline) => Promise<boolean>;
  /** Re-attaches an orphan to the passage selected now, or to `place`. */
  onReattach: (annotation: NoteOutline, place?: AnchorCandidate) => void;
  /** The words around a place of the text, and showing it there: for the places an orphan's quote was found. */
  places: Pick<OrphanActions, 'contextOf' | 'show'>;
  /** Notes were imported: the store changed under the panel. */
  onImported: () => void;
  /** Says what an export did, at the foot of the window (the dialog has closed by then). */
  announce: (text: string, tone?: 'status' | 'alert') => void;
  /** The notes of the document's other transcriptions, shown after this one's own. */
  fromOtherTranscriptions?: ReactNode;
}

/**
 * Cards drawn at first, and added as the list's end comes near (or per "Show more"): thousands of
 * rendered notes would make the panel slow to open. As many again are read ahead, so that a card
 * scrolled to has its note already.
 */
const PAGE = CARD_PAGE;

/**
 * The "Notes" panel: "Export…" and "Import…" at its head, the document's notebook, then every annotation
 * of the transcription in text order as a card, narrowed by the filters, and last the orphans, whose
 * passage can no longer be found: kept, with their quote, and a way to re-attach them. After a delete
 * the focus moves to the next card.
 */
export function NotesPanel(props: NotesPanelProps) {
  const { documentId, revision, notes, pages, people, open, onPick, onDone, onDelete, onReattach, places, onImported, announce, fromOtherTranscriptions } = props;
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [focusAfterDelete, setFocusAfterDelete] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);

  // The field answers every keystroke at once; the list follows when it can, so typing never stutters.
  const listFilter = useDeferredValue(filter);
  const filtering = isFiltering(listFilter);
  const found = useFoundNotes(notes.witnessId, listFilter.text, notes.annotations);
  const shown = useMemo(() => notes.annotations.filter((annotation) => matchesFilter(annotation, listFilter, found)), [notes.annotations, listFilter, found]);
  // The open card is always drawn, however far down the list it is.
  // The cards follow a long list's arrival a moment later (useDeferredValue), so that opening a text
  // with thousands of annotations paints its highlights before it draws the first cards.
  const drawnList = useDeferredValue(shown);
  const openIndex = open ? drawnList.findIndex((annotation) => annotation.id === open.id) : -1;
  const drawnCount = Math.max(limit, openIndex + 1);
  const anchored = drawnList.filter((annotation, index) => annotation.anchor.status === 'anchored' && index < drawnCount);
  const hidden = drawnList.filter((annotation, index) => annotation.anchor.status === 'anchored' && index >= drawnCount).length;
  const orphans = drawnList.filter((annotation) => annotation.anchor.status !== 'anchored');
  // The cards drawn and the next page are read whole; orphans are all drawn.
  const { readWhole } = notes;
  const toRead = useMemo(
    () => drawnList.filter((annotation, index) => index < drawnCount + PAGE || annotation.anchor.status !== 'anchored').map((annotation) => annotation.id),
    [drawnList, drawnCount],
  );
  useEffect(() => readWhole(toRead), [readWhole, toRead]);
  const more = () => setLimit(drawnCount + PAGE);
  const nearEnd = useNearEnd<HTMLButtonElement>(more);
  // Tabbing past the last card drawn, or pressing "Show more", lands on the first card drawn after it.
  const [focusDrawn, setFocusDrawn] = useState<string | null>(null);
  const moreFromHere = () => {
    setFocusDrawn(drawnList[drawnCount]?.id ?? null);
    more();
  };
  useEffect(() => {
    const quote = focusDrawn === null ? null : panel.current?.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(focusDrawn)}"] .card-quote`);
    if (!quote) return;
    quote.focus();
    setFocusDrawn(null);
  }, [focusDrawn, notes.whole, drawnCount]);
  const usedTags = useMemo(() => [...new Set(notes.annotations.flatMap((annotation) => annotation.tags))].sort((a, b) => a.localeCompare(b)), [notes.annotations]);
  const total = notes.annotations.length;
  // What "The notes shown by the current filters" exports: the list as filtered, not as drawn.
  const shownIds = useMemo(() => (filtering ? shown.map((annotation) => annotation.id) : null), [filtering, shown]);

  // A card just opened from the text (a click on a highlight, a new note) must be in sight, whatever the
  // filters say; filters typed while a card is open are the reader's to keep.
  const openId = open?.id;
  const seenOpen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (openId === seenOpen.current) return;
    seenOpen.current = openId;
    if (openId === undefined || shown.some((annotation) => annotation.id === openId)) return;
    if (notes.annotations.some((annotation) => annotation.id === openId)) setFilter(NO_FILTER);
  }, [openId, shown, notes.annotations]);

  useEffect(() => {
    if (focusAfterDelete === null || !panel.current) return;
    const next = panel.current.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(focusAfterDelete)}"] .card-quote`);
    (next ?? panel.current.querySelector<HTMLElement>('.filter-text') ?? panel.current).focus();
    setFocusAfterDelete(null);
  }, [focusAfterDelete, notes.annotations]);

  const remove = (annotation: NoteOutline) => {
    const index = shown.indexOf(annotation);
    const next = shown[index + 1] ?? shown[index - 1];
    void onDelete(annotation).then((deleted) => {
      if (deleted) setFocusAfterDelete(next?.id ?? '');
    });
  };

  const card = (outline: NoteOutline) => {
    const annotation = notes.whole.get(outline.id);
    // Its place kept, as tall as a short card, until its note comes.
    if (!annotation) return <li key={outline.id} className="card card-pending" data-annotation-id={outline.id} aria-busy="true" />;
    return (
      <AnnotationCard
        key={annotation.id}
        annotation={annotation}
        categories={notes.categories}
        tagSuggestions={notes.tags}
        pages={pages}
        people={people}
        open={open?.id === annotation.id}
        focusNote={open?.id === annotation.id ? open.focusSeq : undefined}
        takeTypedAhead={open?.id === annotation.id ? open.takeTypedAhead : undefined}
        onPick={() => onPick(outline)}
        onDone={() => onDone(outline)}
        update={(patch) => notes.update(annotation.id, patch)}
        onDelete={() => remove(outline)}
        {...(annotation.anchor.status === 'anchored' ? {} : { orphan: { ...places, reattach: (place?: AnchorCandidate) => onReattach(outline, place) } })}
      />
    );
  };

  return (
    <section ref={panel} className="notes" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Notes
      </h2>
      <div className="notes-tools">
        <ExportDialog documentId={documentId} shownIds={shownIds} onExported={(fileName) => announce(`Exported ${fileName}.`)} />
        <ImportNotes documentId={documentId} onImported={onImported} />
      </div>
      <NamePrompt
        revision={revision}
        onAnswered={(name) => {
          announce(`Your notes will be signed “${name}”.`);
          panel.current?.focus();
        }}
      />
      <DocumentNotebook documentId={documentId} revision={revision} />

      <section className="passages" aria-labelledby={`${id}-passages`}>
        <div className="notes-section-head">
          <h3 id={`${id}-passages`} className="notes-section-title">
            Passage notes
          </h3>
          {total > 0 && (
            <span className="notes-count">
              <span aria-hidden="true">{filtering ? `${shown.length} of ${total}` : total}</span>
              {/* Heard as words, not a bare number, as the filters narrow the list. */}
              <span className="visually-hidden" aria-live="polite">
                {filtering ? `${count(shown.length, 'match', 'matches')} of ${count(total, 'note')}` : count(total, 'note')}
              </span>
            </span>
          )}
        </div>
        {notes.status === 'failed' && (
          <p role="alert" className="field-error">
            The notes could not be read: {notes.message}
          </p>
        )}
        {total > 0 && <NotesFilters filter={filter} onChange={setFilter} categories={notes.categories} tags={usedTags} />}
        {notes.status === 'ready' && total === 0 && (
          <p className="notes-empty">
            Select a passage in the text, then press <kbd>H</kbd> to highlight it or <kbd>A</kbd> to write a note on it. Undo any change with{' '}
            <kbd>{MOD}Z</kbd>.
          </p>
        )}
        {filtering && shown.length === 0 && (
          <p className="notes-empty">
            No notes match.{' '}
            <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          </p>
        )}
        {anchored.length > 0 && <ol className="card-list">{anchored.map(card)}</ol>}
        {hidden > 0 && (
          <button
            ref={nearEnd}
            type="button"
            className="button notes-more"
            // A click must not focus it first: that would draw the next cards twice over.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={(event) => {
              if (event.relatedTarget instanceof Node && event.currentTarget.previousElementSibling?.contains(event.relatedTarget)) moreFromHere();
            }}
            onClick={moreFromHere}
          >
            Show {Math.min(hidden, PAGE)} more of {hidden}
          </button>
        )}
      </section>

      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby={`${id}-orphans`}>
          <div className="notes-section-head">
            <h3 id={`${id}-orphans`} className="notes-section-title">
              Orphaned
            </h3>
            <span className="notes-count">{orphans.length}</span>
          </div>
          <p className="orphans-explanation">
            These passages can no longer be found in this transcription, or were found in several places. Their notes are kept: select the passage in the text, or choose one of the places found, to re-attach.
          </p>
          <ol className="card-list">{orphans.map(card)}</ol>
        </section>
      )}
      {fromOtherTranscriptions}
    </section>
  );
}
