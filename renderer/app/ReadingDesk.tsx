import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, MentionProposal, ProjectedAnnotation, WitnessDetail, WitnessSummary } from '../../core/api.js';
import type { AnchorCandidate, AnchoredAnnotation } from '../../core/annotation/model.js';
import type { Block } from '../../core/document/model.js';
import { pageStarts } from '../../core/document/pages.js';
import { focusTextAt, NO_SELECTION, readSelection, scrollToPassage } from '../reader/text-dom.js';
import { useAnnotateShortcuts } from '../reader/use-annotate-shortcuts.js';
import { useHighlights, type FlashRequest } from '../reader/use-highlights.js';
import { useKeyboardCaret } from '../reader/use-keyboard-caret.js';
import type { TextRange } from '../reader/place.js';
import { usePassageJump } from '../reader/use-passage-jump.js';
import { usePersonHighlights } from '../reader/use-person-highlights.js';
import { useProjectedHighlights } from '../reader/use-projected-highlights.js';
import { useTextClicks } from '../reader/use-text-clicks.js';
import { useTextHits } from '../reader/use-text-hits.js';
import { usePassageContext } from '../reader/use-passage-context.js';
import { useUndoShortcuts } from '../reader/use-undo-shortcuts.js';
import { useAnnotations, type AnnotationPatch, type NoteOutline } from '../notes/use-annotations.js';
import { useProjectedAnnotations } from '../notes/use-projected-annotations.js';
import { useAnnotate } from '../notes/use-annotate.js';
import { useMentions } from '../people/use-mentions.js';
import { usePeople } from '../people/use-people.js';
import { usePersonTagging } from '../people/use-person-tagging.js';
import { useLibrary } from '../library/library-context.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { useDeskLayout } from './desk-layout.js';
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
import { markKeysWorking } from '../first-screen/keys-working.js';
import { heldElement } from '../api/first-screen-answers.js';
import { READER_COLUMN_ID, READING_TEXT_ID } from '../reader/element-ids.js';
import '../reader/Highlights.css';

const isString = (value: unknown): value is string => typeof value === 'string';
/** While a transcription loads its proposals say no more than "In the text". */
const NO_BLOCKS: readonly Block[] = [];
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
 * A transcription open for study: the text, with its annotations and the people it names painted over
 * it, and beside it the notes, the people and the document's information. Joins what the reader does in
 * the text (select, H, A, P, click a highlight or a proposed mention) to what the panel shows (the card
 * opened, its note focused, the proposal to decide), and undo/redo to both.
 */
export function ReadingDesk({ document: detail, witness, onWitnessChange, onCompare, onTranscriptionChanged, settingsRevision }: ReadingDeskProps) {
  const [shownArticle, setArticle] = useState<HTMLElement | null>(() => heldElement(READING_TEXT_ID, 'article'));
  // While another transcription (or another reading of this one) loads, the last one stays on screen:
  // nothing of this one is painted on it.
  const article = shownArticle?.dataset.reading === readingOf(witness) ? shownArticle : null;
  // At the commit, where the keys are listened for (use-annotate-shortcuts.ts).
  useLayoutEffect(() => {
    if (article) markKeysWorking();
  }, [article]);
  const [column, setColumn] = useState(() => heldElement(READER_COLUMN_ID, 'div'));
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

  // On a compact window the side panel is a drawer: opened for what the reader does in the text, it
  // narrows the text, and the passage they are working on is brought back into sight beside it.
  const { showPanel } = useDeskLayout();
  const [beside, setBeside] = useState<(TextRange & { seq: number }) | null>(null);
  const showPanelBeside = useCallback(
    ({ start, end }: TextRange) => {
      showPanel();
      setBeside({ start, end, seq: next() });
    },
    [showPanel],
  );
  useLayoutEffect(() => {
    if (beside && article) scrollToPassage(article, beside.start, beside.end);
    // Once per request, after the drawer has made the text narrower.
  }, [beside]);

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

  const contextAt = usePassageContext(article);
  const contextOf = useCallback((mention: MentionProposal) => contextAt(mention.start, mention.end, 26), [contextAt]);

  // Shown to be read on: with `focus`, the reader is taken there too, the caret at the passage's start.
  const showPassage = useCallback(
    (annotation: NoteOutline, { focus = false } = {}) => {
      if (!article || annotation.anchor.status !== 'anchored') return;
      scrollToPassage(article, annotation.anchor.start, annotation.anchor.end);
      setFlash({ id: annotation.id, seq: next() });
      if (focus) focusTextAt(article, annotation.anchor.start, annotation.anchor.start);
    },
    [article],
  );

  // Words found (a search hit): with `focus`, selected in the text, ready for H or A.
  const showRange = useCallback(
    ({ start, end }: TextRange, { focus = false } = {}) => {
      if (!article) return;
      scrollToPassage(article, start, end);
      setFlash({ start, end, seq: next() });
      if (focus) focusTextAt(article, start, end);
    },
    [article],
  );

  // A person asked for by a search hit: the People panel opens at them.
  const [shownPerson, setShownPerson] = useState<ShownPerson | null>(null);
  const showPerson = useCallback(
    (personId: string) => {
      showPanel();
      setTab('people');
      setShownPerson({ personId, seq: next() });
    },
    [setTab, showPanel],
  );

  // A new highlight shows in the Notes tab; a new note opens there with its field focused.
  const showCreated = useCallback(
    (created: AnchoredAnnotation, takeTypedAhead?: () => string) => {
      setTab('notes');
      if (!takeTypedAhead || created.anchor.status !== 'anchored') return;
      showPanelBeside(created.anchor);
      setOpen({ id: created.id, focusSeq: next(), takeTypedAhead });
    },
    [setTab, showPanelBeside],
  );
  const annotate = useAnnotate({ article, notes, preferredCategory, announce, onTagPerson: beginTagging, onCreated: showCreated });
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

  // A click opens the innermost thing painted there.
  const hitAt = useTextHits(notes.annotations, projection.projected, mentions.mentions);
  useTextClicks(article, hitAt, (hit) => {
    const clicked = hit.kind === 'annotation' ? hit.annotation.anchor : hit.kind === 'projected' ? hit.note.anchor : hit.mention;
    if ('start' in clicked) showPanelBeside(clicked);
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

  const remove = (annotation: NoteOutline) =>
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
  const reattach = (annotation: NoteOutline, place?: AnchorCandidate) => {
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

  const pick = (annotation: NoteOutline) => {
    setOpen((current) => (current?.id === annotation.id ? current : { id: annotation.id }));
    showPassage(annotation, { focus: true });
  };

  const pickProjected = (note: ProjectedAnnotation) => {
    setOpen({ id: note.annotation.id });
    if (!article || note.anchor.status !== 'anchored') return;
    scrollToPassage(article, note.anchor.start, note.anchor.end);
    focusTextAt(article, note.anchor.start, note.anchor.start);
  };

  // Done with a card: the reader goes on in the text just after its passage.
  const done = (annotation: NoteOutline) => {
    setOpen(null);
    if (article && annotation.anchor.status === 'anchored') focusTextAt(article, annotation.anchor.end, annotation.anchor.end);
  };

  // The words of this transcription as the text shows them, for a note from another one: where it lands here.
  const wordsAt = useCallback((start: number, end: number) => contextAt(start, end, 0)?.quote ?? '', [contextAt]);

  const jump = usePassageJump({
    article,
    documentId: detail.id,
    witnessId: witness.id,
    notes,
    showPassage,
    showRange,
    showPerson,
    onWitnessChange,
    onArrivedInOther: () => announce(`Now reading the ${witness.label} transcription.`),
  });

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
            <FindBar article={article} people={people.people} />
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
              onDone={done}
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
              blocks={loadedText?.id === witness.id ? loadedText.blocks : NO_BLOCKS}
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
