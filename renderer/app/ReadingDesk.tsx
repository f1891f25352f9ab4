import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, MentionProposal, ProjectedAnnotation, WitnessDetail, WitnessSummary } from '../../core/api.js';
import type { AnchorCandidate, AnchoredAnnotation } from '../../core/annotation/model.js';
import { pageStarts } from '../../core/document/pages.js';
import { intervalIndex, type Interval } from '../reader/interval-index.js';
import { passageContext } from '../reader/passage-context.js';
import { contextRuns, NO_SELECTION, readSelection, scrollToPassage, type TextSelection } from '../reader/text-dom.js';
import type { TextRun } from '../reader/selection-offsets.js';
import { useTextGrowth } from '../reader/text-growth.js';
import { useAnnotateShortcuts, type AnnotateKind } from '../reader/use-annotate-shortcuts.js';
import { paintPendingPassage, useHighlights, type FlashRequest } from '../reader/use-highlights.js';
import { useKeyboardCaret } from '../reader/use-keyboard-caret.js';
import type { TextRange } from '../reader/place.js';
import { usePassageJump } from '../reader/use-passage-jump.js';
import { usePersonHighlights } from '../reader/use-person-highlights.js';
import { useProjectedHighlights } from '../reader/use-projected-highlights.js';
import { shortestInterval } from '../reader/shortest-interval.js';
import { useTextClicks } from '../reader/use-text-clicks.js';
import { useUndoShortcuts } from '../reader/use-undo-shortcuts.js';
import { categorySlot } from '../notes/categories.js';
import { useAnnotations, type AnnotationPatch } from '../notes/use-annotations.js';
import { useProjectedAnnotations } from '../notes/use-projected-annotations.js';
import { useMentions } from '../people/use-mentions.js';
import { usePeople } from '../people/use-people.js';
import { usePersonTagging } from '../people/use-person-tagging.js';
import { useLibrary } from '../library/library-context.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { MOD } from '../reader/keys.js';
import { Announcer, useAnnouncer } from '../ui/Announcer.js';
import { FindBar } from '../reader/FindBar.js';
import type { FocusedMention } from '../people/MentionProposals.js';
import { MetadataPanel } from '../reader/MetadataPanel.js';
import type { OpenNote } from '../notes/NotesPanel.js';
import type { ShownPerson } from '../people/PeoplePanel.js';
import { NotesPanel, PeoplePanel } from './side-panels.js';
import { PersonPicker } from '../people/PersonPicker.js';
import { ProjectedNotes } from '../notes/ProjectedNotes.js';
import { Reader } from '../reader/Reader.js';
import { SelectionToolbar } from '../reader/SelectionToolbar.js';
import { isSideTab, SidePanel, type SideTab } from './SidePanel.js';
import { TextCaret } from '../reader/TextCaret.js';
import { readingOf } from '../reader/WitnessText.js';
import '../reader/Highlights.css';

/** Why nothing was annotated, in words for the reader. */
function selectionProblem(selection: TextSelection): string {
  return selection.kind === 'outside'
    ? 'Select some text in the document first: the selection reaches outside the text.'
    : 'Select some text in the document first.';
}

const isString = (value: unknown): value is string => typeof value === 'string';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface ReadingDeskProps {
  document: DocumentDetail;
  witness: WitnessSummary;
  onWitnessChange: (witnessId: string) => void;
  /** Opens the compare view; undefined for a document with one transcription. */
  onCompare?: () => void;
  /** Follows a transcription the reader added from a file. */
  onTranscriptionChanged: (witnessId: string) => void;
  /** Changes when the settings renamed something the notes show. */
  settingsRevision: number;
}

/**
 * What a click in the text landed on: a highlight (its card opens), a note from another transcription
 * (its card opens), or a proposed mention (its proposal shows).
 */
type TextHit =
  | { kind: 'annotation'; annotation: AnchoredAnnotation }
  | { kind: 'projected'; note: ProjectedAnnotation }
  | { kind: 'mention'; mention: MentionProposal };

/**
 * A transcription open for study: the text, with its annotations and the people it names painted over
 * it, and beside it the notes, the people and the document's information. Joins what the reader does in
 * the text (select, H, A, P, click a highlight or a proposed mention) to what the panel shows (the card
 * opened, its note focused, the proposal to decide), and undo/redo to both.
 */
export function ReadingDesk({ document: detail, witness, onWitnessChange, onCompare, onTranscriptionChanged, settingsRevision }: ReadingDeskProps) {
  const [shownArticle, setArticle] = useState<HTMLElement | null>(null);
  // While another transcription (or another reading of this one) loads, the last one stays on screen:
  // nothing of this one is painted on it.
  const article = shownArticle?.dataset.reading === readingOf(witness) ? shownArticle : null;
  const [column, setColumn] = useState<HTMLDivElement | null>(null);
  // The text as the reader loaded it, for the page each card cites: not asked for twice, a long text being megabytes.
  const [loadedText, setLoadedText] = useState<WitnessDetail | null>(null);
  const pages = useMemo(() => pageStarts(loadedText?.id === witness.id ? loadedText.blocks : []), [loadedText, witness.id]);
  // Moves on when the store changed under what is shown, not through a card: an undo or redo, an import.
  const [storeRevision, setStoreRevision] = useState(0);
  const storeChanged = useCallback(() => setStoreRevision((n) => n + 1), []);
  // Moves on after any change to people or person tags (a mention accepted, an alias added, a merge).
  const [peopleRevision, setPeopleRevision] = useState(0);
  const peopleChanged = useCallback(() => setPeopleRevision((n) => n + 1), []);
  const library = useLibrary();
  // All only ever grow, so their sum changes whenever any does.
  const revision = storeRevision + settingsRevision + peopleRevision;
  const notes = useAnnotations(witness.id, revision);
  const projection = useProjectedAnnotations(witness.id, revision);
  const people = usePeople(revision);
  // Asked for once the annotations are in: detection reads the whole text on the host, and would hold
  // up the answer that paints the first screen.
  const mentions = useMentions(witness.id, revision, notes.status !== 'loading');
  const [open, setOpen] = useState<OpenNote | null>(null);
  const [focusedMention, setFocusedMention] = useState<FocusedMention | null>(null);
  // Dim all but this person's passages; a person, not a place, so it holds across transcriptions.
  const [onlyPersonId, setOnlyPersonId] = useState<string | null>(null);
  const [announcement, announce] = useAnnouncer();
  const tagging = usePersonTagging({ article, notes, people, onChanged: peopleChanged, announce });
  const beginTagging = tagging.begin;
  // A card open, a proposal looked at or a passage being tagged on one transcription means nothing on another.
  const [openOn, setOpenOn] = useState(witness.id);
  if (openOn !== witness.id) {
    setOpenOn(witness.id);
    setOpen(null);
    setFocusedMention(null);
    tagging.drop();
  }
  const [flash, setFlash] = useState<FlashRequest | null>(null);
  // The reader's last choice of tab is kept across launches; Notes the first time.
  const [tab, setTab] = useStoredState<SideTab>('carrel.sideTab', 'notes', isSideTab);
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

  useHighlights(article, notes.painted, notes.categories, open?.id ?? null, flash);
  usePersonHighlights(article, {
    mentions: mentions.mentions,
    annotations: notes.painted,
    slotOf: people.slotOf,
    onlyPersonId,
    focused: focusedMention,
    pending: tagging.tagging,
  });
  useProjectedHighlights(article, projection.projected, notes.categories, open?.id ?? null);
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
  const projectedIndex = useMemo(
    () => intervalIndex(projection.projected.flatMap((note) => (note.anchor.status === 'anchored' ? [{ note, start: note.anchor.start, end: note.anchor.end }] : []))),
    [projection.projected],
  );
  const mentionIndex = useMemo(
    () => intervalIndex(mentions.mentions.filter((mention) => mention.status === 'proposed')),
    [mentions.mentions],
  );

  // The text runs of the whole transcription, the archive record's included, for the words around a mention:
  // listed when first asked for, and again once a long text has grown (text-growth.ts).
  const grown = useTextGrowth(article);
  const runs = useMemo(() => {
    let listed: TextRun[] | null | undefined;
    return () => (listed ??= article?.parentElement ? contextRuns(article.parentElement) : null);
  }, [article, grown]);
  const contextAt = useCallback(
    (start: number, end: number, around: number) => {
      const all = runs();
      return all ? passageContext(all, start, end, around) : null;
    },
    [runs],
  );
  const contextOf = useCallback((mention: MentionProposal) => contextAt(mention.start, mention.end, 26), [contextAt]);

  const showPassage = useCallback(
    (annotation: AnchoredAnnotation) => {
      if (!article || annotation.anchor.status !== 'anchored') return;
      scrollToPassage(article, annotation.anchor.start, annotation.anchor.end);
      setFlash({ id: annotation.id, seq: next() });
    },
    [article],
  );

  const showRange = useCallback(
    ({ start, end }: TextRange) => {
      if (!article) return;
      scrollToPassage(article, start, end);
      setFlash({ start, end, seq: next() });
    },
    [article],
  );

  // A person asked for by a search hit: the People panel opens at them.
  const [shownPerson, setShownPerson] = useState<ShownPerson | null>(null);
  const showPerson = useCallback(
    (personId: string) => {
      setTab('people');
      setShownPerson({ personId, seq: next() });
    },
    [setTab],
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
      if (kind === 'person') {
        beginTagging(current);
        return;
      }
      if (creating.current) return;
      creating.current = true;
      if (kind === 'note') typedAhead.current = '';
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
            unpaint?.();
            typedAhead.current = null;
            announce(messageOf(error), 'alert');
          },
        )
        .finally(() => {
          creating.current = false;
        });
    },
    [notes, preferredCategory, article, announce, takeTypedAhead, beginTagging],
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
    storeChanged();
  });

  // A click opens the innermost thing painted there: a proposed mention inside a highlight is the smaller
  // target. On a tie the reader's own note comes first, then the mention, then a note from another transcription.
  const hitAt = useCallback(
    (offset: number): TextHit | undefined => {
      const annotation = index.innermost(offset);
      const mention = mentionIndex.innermost(offset);
      const projected = projectedIndex.innermost(offset);
      return shortestInterval<Interval & { hit: TextHit }>(
        annotation && { start: annotation.start, end: annotation.end, hit: { kind: 'annotation', annotation: annotation.annotation } },
        mention && { start: mention.start, end: mention.end, hit: { kind: 'mention', mention } },
        projected && { start: projected.start, end: projected.end, hit: { kind: 'projected', note: projected.note } },
      )?.hit;
    },
    [index, mentionIndex, projectedIndex],
  );
  useTextClicks(article, hitAt, (hit) => {
    if (hit.kind !== 'mention') {
      setTab('notes');
      setOpen({ id: hit.kind === 'annotation' ? hit.annotation.id : hit.note.annotation.id });
      return;
    }
    setTab('people');
    setFocusedMention({ personId: hit.mention.personId, start: hit.mention.start, end: hit.mention.end, seq: next() });
  });

  const update = useCallback(
    (id: string, patch: AnnotationPatch) => {
      // The colour chosen last is the one the next annotation gets.
      if (patch.category !== undefined) setPreferredCategory(patch.category);
      const updated = notes.update(id, patch);
      // A person taken off a passage changes their counts, passages and perhaps a mention's status.
      if (patch.people !== undefined) void updated.then(peopleChanged, () => undefined);
      return updated;
    },
    [notes, setPreferredCategory, peopleChanged],
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

  /** Points an orphan at `place`, one of those its quote was found, or else at the passage selected now. */
  const reattach = (annotation: AnchoredAnnotation, place?: AnchorCandidate) => {
    const selection = article ? readSelection(article) : NO_SELECTION;
    const passage = place ?? (selection.kind === 'passage' ? selection : undefined);
    if (passage === undefined) {
      announce('Select the passage in the text first, then choose “Re-attach to selection”.');
      return;
    }
    notes.reattach(annotation.id, passage).then(
      (attached) => {
        if (!place) document.getSelection()?.collapseToEnd();
        setOpen({ id: attached.id });
        showPassage(attached);
        announce(place ? 'Re-attached to the place chosen.' : 'Re-attached to the selected passage.');
      },
      (error: unknown) => announce(messageOf(error), 'alert'),
    );
  };

  const orphanPlaces = useMemo(() => ({ contextOf: (place: AnchorCandidate) => contextAt(place.start, place.end, 26), show: showRange }), [contextAt, showRange]);

  const pick = (annotation: AnchoredAnnotation) => {
    setOpen((current) => (current?.id === annotation.id ? current : { id: annotation.id }));
    showPassage(annotation);
  };

  const pickProjected = (note: ProjectedAnnotation) => {
    setOpen({ id: note.annotation.id });
    if (article && note.anchor.status === 'anchored') scrollToPassage(article, note.anchor.start, note.anchor.end);
  };

  // The words of this transcription as the text shows them, for a note from another one: where it lands here.
  const wordsAt = useCallback((start: number, end: number) => contextAt(start, end, 0)?.quote ?? '', [contextAt]);

  const jump = usePassageJump({ article, documentId: detail.id, witnessId: witness.id, notes, showPassage, showRange, showPerson, onWitnessChange });

  const showMention = (mention: MentionProposal) => {
    if (article) scrollToPassage(article, mention.start, mention.end);
    setFocusedMention({ personId: mention.personId, start: mention.start, end: mention.end, seq: next() });
  };

  // Read in another encoding, the text changed under the notes (each anchored anew or orphaned), and the
  // document's title may have followed it. The open card may move to the orphans or back: drawn anew, its
  // note field must not take the focus again.
  const readAgain = () => {
    setOpen((current) => current && { id: current.id });
    storeChanged();
    library.changed(detail.id);
  };

  const proposedCount = mentions.mentions.filter((mention) => mention.status === 'proposed').length;

  return (
    <>
      <Reader
        document={detail}
        witness={witness}
        onWitnessChange={onWitnessChange}
        onCompare={onCompare}
        onTranscriptionChanged={onTranscriptionChanged}
        onReadAgain={readAgain}
        articleRef={setArticle}
        onTextLoaded={setLoadedText}
        columnRef={setColumn}
        overlay={
          <>
            <TextCaret article={article} container={column} />
            <SelectionToolbar article={article} container={column} onAnnotate={annotate} />
            {tagging.tagging && (
              <PersonPicker
                people={people.people}
                slotOf={people.slotOf}
                quote={tagging.tagging.quote}
                anchor={tagging.tagging.anchor}
                onTag={tagging.tag}
                onCreate={tagging.create}
                onDone={(outcome) => tagging.finish(outcome === 'tagged')}
              />
            )}
            <FindBar article={article} />
            <Announcer announcement={announcement} />
          </>
        }
      />
      <SidePanel
        tab={tab}
        onTabChange={setTab}
        counts={{ notes: notes.annotations.length, people: proposedCount }}
        panels={{
          notes: (
            <NotesPanel
              documentId={detail.id}
              revision={revision}
              notes={{ ...notes, update }}
              pages={pages}
              people={people}
              open={open}
              onPick={pick}
              onClose={() => setOpen(null)}
              onDelete={remove}
              onReattach={reattach}
              places={orphanPlaces}
              onImported={storeChanged}
              announce={announce}
              fromOtherTranscriptions={
                <ProjectedNotes
                  projected={projection.projected}
                  categories={notes.categories}
                  pages={pages}
                  people={people}
                  openId={open?.id ?? null}
                  wordsAt={wordsAt}
                  onPick={pickProjected}
                  onOpenSource={(note) => jump({ documentId: detail.id, witnessId: note.fromWitnessId, annotationId: note.annotation.id })}
                />
              }
            />
          ),
          people: (
            <PeoplePanel
              documentId={detail.id}
              witnessId={witness.id}
              revision={revision}
              people={people}
              mentions={mentions}
              annotations={notes.annotations}
              contextOf={contextOf}
              focused={focusedMention}
              onlyPersonId={onlyPersonId}
              onOnlyPerson={setOnlyPersonId}
              onShowMention={showMention}
              onJump={jump}
              shownPerson={shownPerson}
              onChanged={peopleChanged}
              announce={announce}
            />
          ),
          info: <MetadataPanel document={detail} />,
        }}
      />
    </>
  );
}
