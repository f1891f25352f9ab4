import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { AnchoredAnnotation, Category } from '../../core/annotation/model.js';
import type { Block } from '../../core/document/model.js';
import { categoryName, categorySlot } from './categories.js';
import { shortQuote } from './quote.js';
import type { AnnotationPatch } from './use-annotations.js';
import { isPersonTag } from '../people/person-tag.js';
import type { PeopleState } from '../people/use-people.js';
import { CategoryPicker } from './CategoryPicker.js';
import { LinkedEntities } from './LinkedEntities.js';
import { MarkdownNote } from './MarkdownNote.js';
import { NoteEditor } from './NoteEditor.js';
import { OrphanPlaces, type OrphanActions } from './OrphanPlaces.js';
import { PassagePage } from './PassagePage.js';
import { PersonChip } from '../people/PersonChip.js';
import { Separator } from '../ui/Separator.js';
import { TagEditor } from './TagEditor.js';
import { TagList } from './TagList.js';
import { SourceText } from '../ui/SourceText.js';
import { madeOnFirstUse } from '../ui/made-on-first-use.js';

interface AnnotationCardProps {
  annotation: AnchoredAnnotation;
  categories: readonly Category[];
  tagSuggestions: readonly string[];
  /** The open transcription's page starts, for the page the passage is on. */
  pages: readonly Block[];
  /** Names and colours of the people the passage is tagged with. */
  people: Pick<PeopleState, 'byId' | 'slotOf'>;
  /** Open for editing: the note as a field, the colour, tags and delete at hand. */
  open: boolean;
  /** A new number focuses the note field (after A, or Enter on the card). */
  focusNote: number | undefined;
  /** Gives text typed after A before the field existed, to put in it. */
  takeTypedAhead?: (() => string) | undefined;
  /** The reader picked the card: open it and show its passage in the text. */
  onPick: () => void;
  /** The reader is done with the open card (Escape, Done): it closes, and the text takes the focus back. */
  onDone: () => void;
  update: (patch: AnnotationPatch) => Promise<unknown>;
  onDelete: () => void;
  /** Orphans only: re-attaching to the passage selected now, or to a place its quote was found. */
  orphan?: OrphanActions;
}

// Made once: toLocaleDateString builds a formatter per call, a millisecond each over a panel of cards.
const thisYear = madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }));
const otherYear = madeOnFirstUse(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));

function shortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (date.getFullYear() === new Date().getFullYear() ? thisYear() : otherYear()).format(date);
}

/** True when a click landed on something with a job of its own (a link in the note, a control). */
function onControl(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, textarea, label, select') !== null;
}

/**
 * One annotation in the notes panel: its quote (a button that shows the passage in the text), its
 * colour, the people it is tagged with, its tags and note, and the page of the source it is on. Open,
 * the note is edited in place and saved as you type, with the colour, the tags, a "Remove <name>" on
 * each person, "Delete annotation" and "Done" beside it; Done or Escape closes it, and the reader is back
 * in the text just after the passage. An orphan says so and offers to re-attach,
 * to the selection or to one of the places its quote was found.
 */
export function AnnotationCard(props: AnnotationCardProps) {
  const { annotation, categories, tagSuggestions, pages, people, open, focusNote, takeTypedAhead, onPick, onDone, update, onDelete, orphan } = props;
  const [error, setError] = useState<string>();
  const ref = useRef<HTMLLIElement>(null);

  // Opened from the text (a click on its highlight) or from below the fold: bring it into the panel's view.
  useEffect(() => {
    if (!open) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [open]);
  const orphaned = annotation.anchor.status === 'orphaned';
  const places = annotation.anchor.status === 'orphaned' ? (annotation.anchor.candidates ?? []) : [];
  const quote = annotation.target?.quote.exact ?? '';
  const slot = categorySlot(categories, annotation.category);
  // A person tag has no colour of its own in the text: the card takes its (first) person's, as the underline does.
  const personTag = isPersonTag(annotation);
  const personSlot = personTag ? people.slotOf(annotation.people[0] ?? '') : undefined;

  // The colour chosen shows at once and until the card's annotation carries it (the list may be redrawn a
  // moment after the store answers: NotesPanel defers it); a refusal puts the old one back.
  const [choosing, setChoosing] = useState<string>();
  useEffect(() => {
    if (choosing === annotation.category) setChoosing(undefined);
  }, [choosing, annotation.category]);
  const changeCategory = (category: string) => {
    setError(undefined);
    setChoosing(category);
    update({ category }).catch((failure: unknown) => {
      setChoosing(undefined);
      setError(failure instanceof Error ? failure.message : String(failure));
    });
  };

  const untag = (personId: string) => {
    setError(undefined);
    // The button pressed goes with its chip: the focus moves to the next chip's, or back to the quote.
    const at = annotation.people.indexOf(personId);
    const chips = ref.current?.querySelectorAll<HTMLButtonElement>('.card-people .tag-remove');
    (chips?.[at + 1] ?? chips?.[at - 1] ?? ref.current?.querySelector<HTMLButtonElement>('.card-quote'))?.focus();
    update({ people: annotation.people.filter((id) => id !== personId) }).catch((failure: unknown) =>
      setError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  // An orphan's passage is nowhere in the text: the focus stays on its card.
  const done = () => {
    if (orphaned) ref.current?.querySelector<HTMLButtonElement>('.card-quote')?.focus();
    onDone();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    done();
  };

  return (
    <li
      ref={ref}
      className="card"
      data-open={open}
      data-orphaned={orphaned}
      data-slot={slot}
      data-person-slot={personSlot}
      data-person-tag={personTag}
      data-annotation-id={annotation.id}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        if (!open && !onControl(event)) onPick();
      }}
    >
      <button type="button" className="card-quote" aria-expanded={open} onClick={onPick} title={orphaned ? undefined : 'Show in the text'}>
        <q>
          <SourceText text={shortQuote(quote)} links={false} />
        </q>
      </button>

      {open ? (
        <NoteEditor label="Note" value={annotation.note} save={(note) => update({ note })} placeholder="Write a note… (Markdown)" focusRequest={focusNote} takeTypedAhead={takeTypedAhead} />
      ) : (
        annotation.note.trim() !== '' && <MarkdownNote source={annotation.note} className="card-note" />
      )}

      {annotation.people.length > 0 && (
        <ul className="card-people" aria-label="People">
          {annotation.people.map((personId) => (
            <PersonChip
              key={personId}
              name={people.byId.get(personId)?.preferredName ?? 'Someone no longer in the registry'}
              slot={people.slotOf(personId)}
              onRemove={open ? () => untag(personId) : undefined}
            />
          ))}
        </ul>
      )}

      {annotation.entities && <LinkedEntities entities={annotation.entities} />}

      {open ? (
        <div className="card-controls">
          {!personTag && <CategoryPicker categories={categories} value={choosing ?? annotation.category} onChange={changeCategory} />}
          <TagEditor tags={annotation.tags} suggestions={tagSuggestions} onChange={(tags) => update({ tags })} />
        </div>
      ) : (
        <TagList tags={annotation.tags} />
      )}

      {error !== undefined && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}

      {orphaned && orphan && places.length > 0 && <OrphanPlaces places={places} quote={quote} actions={orphan} />}
      {orphaned && orphan && (
        <button type="button" className="button card-reattach" onMouseDown={(event) => event.preventDefault()} onClick={() => orphan.reattach()}>
          Re-attach to selection
        </button>
      )}

      <div className="card-foot">
        <p className="card-meta">
          <span className="card-meta-item">
            <span className="swatch card-swatch" data-slot={slot} aria-hidden="true" />
            {personTag ? 'Person tag' : categoryName(categories, annotation.category)}
          </span>
          <Separator />
          <span className="card-meta-item">{annotation.creator}</span>
          <Separator />
          <time className="card-meta-item" dateTime={annotation.modified}>{shortDate(annotation.modified)}</time>
          <PassagePage pages={pages} anchor={annotation.anchor} />
        </p>
        {open && (
          <span className="card-actions">
            <button type="button" className="card-delete" onClick={onDelete} aria-label="Delete annotation" title="Delete annotation (undo with Ctrl/Cmd+Z)">
              <svg viewBox="0 0 16 16" aria-hidden="true" className="card-delete-icon">
                <path d="M2.75 4.25h10.5M6.25 4.25v-1.5h3.5v1.5M4 4.25l.6 8.5c.05.6.5 1 1.1 1h4.6c.6 0 1.05-.4 1.1-1l.6-8.5M6.75 6.75v4.5M9.25 6.75v4.5" />
              </svg>
            </button>
            <button type="button" className="quiet-button" onClick={done} title="Done (Escape): back to the text">
              Done
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
