import { useEffect, useId, useRef } from 'react';
import type { ProjectedAnnotation } from '../../core/api.js';
import type { Category } from '../../core/annotation/model.js';
import type { Block } from '../../core/document/model.js';
import { categoryName, categorySlot } from './categories.js';
import { capitalised, projectedSections, witnessName } from './projected.js';
import { shortQuote } from './quote.js';
import type { PeopleState } from '../people/use-people.js';
import { MarkdownNote } from './MarkdownNote.js';
import { PassagePage } from './PassagePage.js';
import { PersonChip } from '../people/PersonChip.js';
import { Separator } from '../ui/Separator.js';
import { SourceText } from '../ui/SourceText.js';
import './ProjectedNotes.css';
import { TagList } from './TagList.js';

interface ProjectedNotesProps {
  projected: readonly ProjectedAnnotation[];
  categories: readonly Category[];
  /** This transcription's page starts, for the page each note lands on here. */
  pages: readonly Block[];
  people: Pick<PeopleState, 'byId' | 'slotOf'>;
  /** The id of the open card (an annotation of the other transcription), if one of these. */
  openId: string | null;
  /** The words of this transcription at [start, end), as the text shows them. */
  wordsAt: (start: number, end: number) => string;
  /** A landed card was picked: open it and show where it lands in the text. */
  onPick: (note: ProjectedAnnotation) => void;
  /** Opens the transcription the note was made on, at its passage. */
  onOpenSource: (note: ProjectedAnnotation) => void;
}

/**
 * The notes made on the document's other transcriptions, below this one's own: a section "From the
 * archive record" (one per transcription) with each note where it lands here, flagged where the other
 * transcription reads the passage differently, and "Not found in this transcription" for those whose
 * passage this one does not have. Read-only: a note is edited on the transcription it was made on, one
 * button away.
 */
export function ProjectedNotes({ projected, categories, pages, people, openId, wordsAt, onPick, onOpenSource }: ProjectedNotesProps) {
  const id = useId();
  const { sections, notFound } = projectedSections(projected);
  const card = (note: ProjectedAnnotation) => (
    <ProjectedCard
      key={note.annotation.id}
      note={note}
      categories={categories}
      pages={pages}
      people={people}
      open={note.annotation.id === openId}
      words={note.anchor.status === 'anchored' ? wordsAt(note.anchor.start, note.anchor.end) : null}
      onPick={() => onPick(note)}
      onOpenSource={() => onOpenSource(note)}
    />
  );
  return (
    <>
      {sections.map((section) => (
        <section key={section.witnessId} className="projected" aria-labelledby={`${id}-${section.witnessId}`}>
          <div className="notes-section-head">
            <h3 id={`${id}-${section.witnessId}`} className="notes-section-title">
              From {section.name}
            </h3>
            <span className="notes-count">{section.notes.length}</span>
          </div>
          <ol className="card-list">{section.notes.map(card)}</ol>
        </section>
      ))}
      {notFound.length > 0 && (
        <section className="projected" aria-labelledby={`${id}-not-found`}>
          <div className="notes-section-head">
            <h3 id={`${id}-not-found`} className="notes-section-title">
              Not found in this transcription
            </h3>
            <span className="notes-count">{notFound.length}</span>
          </div>
          <p className="orphans-explanation">Notes made on another transcription, on a passage this one does not have.</p>
          <ol className="card-list">{notFound.map(card)}</ol>
        </section>
      )}
    </>
  );
}

interface ProjectedCardProps {
  note: ProjectedAnnotation;
  categories: readonly Category[];
  pages: readonly Block[];
  people: Pick<PeopleState, 'byId' | 'slotOf'>;
  open: boolean;
  /** The words it lands on here; null when not found. */
  words: string | null;
  onPick: () => void;
  onOpenSource: () => void;
}

/** One note of another transcription: where it lands here (a button that shows it, and its page), the flag, the note, its tags, colour and author. */
function ProjectedCard({ note, categories, pages, people, open, words, onPick, onOpenSource }: ProjectedCardProps) {
  const { annotation, otherReading } = note;
  const ref = useRef<HTMLLIElement>(null);
  const source = witnessName(note.fromWitnessLabel);
  const slot = categorySlot(categories, annotation.category);

  // Opened from the text (a click on its underline): bring it into the panel's view.
  useEffect(() => {
    if (!open) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [open]);

  return (
    <li
      ref={ref}
      className="card projected-card"
      data-open={open}
      aria-current={open || undefined}
      data-orphaned={words === null}
      data-differs={otherReading !== undefined}
      data-slot={slot}
      data-annotation-id={annotation.id}
    >
      {words === null ? (
        <p className="card-quote">
          <q>
            <SourceText text={shortQuote(annotation.target?.quote.exact ?? '')} links={false} />
          </q>
        </p>
      ) : (
        <button type="button" className="card-quote" onClick={onPick} title="Show in the text">
          <q>
            <SourceText text={shortQuote(words)} links={false} />
          </q>
        </button>
      )}

      {otherReading !== undefined && (
        <p className="projected-variant">
          <span className="projected-variant-mark" aria-hidden="true">
            ≠
          </span>
          <span>
            {capitalised(source)} reads “<SourceText text={shortQuote(otherReading)} links={false} />”.
          </span>
        </p>
      )}

      {annotation.note.trim() !== '' && <MarkdownNote source={annotation.note} className="card-note" />}

      {annotation.people.length > 0 && (
        <ul className="card-people" aria-label="People">
          {annotation.people.map((personId) => (
            <PersonChip key={personId} name={people.byId.get(personId)?.preferredName ?? 'Someone no longer in the registry'} slot={people.slotOf(personId)} />
          ))}
        </ul>
      )}

      <TagList tags={annotation.tags} />

      <div className="card-foot">
        <p className="card-meta">
          <span className="card-meta-item">
            <span className="swatch card-swatch" data-slot={slot} aria-hidden="true" />
            {categoryName(categories, annotation.category)}
          </span>
          <Separator />
          <span className="card-meta-item">{annotation.creator}</span>
          <PassagePage pages={pages} anchor={note.anchor} />
        </p>
        <button type="button" className="link-button projected-open" onClick={onOpenSource}>
          Open on {source}
        </button>
      </div>
    </li>
  );
}
