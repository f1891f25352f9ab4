import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnnotationOutlines, ApiArgs, WitnessHighlights } from '../../core/api.js';
import { MAX_ANNOTATIONS_PER_READ } from '../../core/annotation/limits.js';
import type { AnchoredAnnotation, Category } from '../../core/annotation/model.js';
import { api } from '../api/client.js';
import { takeOrCall } from '../api/use-api.js';
import { useLibrary } from '../library/library-context.js';
import { firstScreenHighlights } from '../reader/first-screen.js';

/** The changes a card can make to its annotation. */
export type AnnotationPatch = Omit<ApiArgs<'updateAnnotation'>, 'id'>;

/** A passage of the open witness. */
export interface PassageOffsets {
  start: number;
  end: number;
}

/**
 * What painting an annotation reads: a full annotation is one, and so is each of listHighlights' answer,
 * which comes long before the full list on a text with thousands.
 */
export type PaintedPassage = Pick<AnchoredAnnotation, 'id' | 'category' | 'motivation' | 'people'> & {
  anchor: { status: 'anchored'; start: number; end: number } | { status: 'orphaned' };
};

/**
 * An annotation as the panel lists it and the text paints it (listAnnotationOutlines): no note, quote or
 * context, which are read for the cards shown (`whole`). A whole annotation is one too.
 */
export type NoteOutline = PaintedPassage & Pick<AnchoredAnnotation, 'tags' | 'created'>;

/** One witness's annotations and what can be done to them; changes reject with the store's message. */
export interface AnnotationsState {
  status: 'loading' | 'ready' | 'failed';
  /** Why the list could not be read (status 'failed'). */
  message?: string;
  witnessId: string;
  /** Every annotation in outline, in text order (outer before nested), orphans last. */
  annotations: NoteOutline[];
  /** The annotations read whole so far (readWhole), by id: what a card shows. */
  whole: ReadonlyMap<string, AnchoredAnnotation>;
  /** Asks the store for these annotations whole, those not already read or asked for, in as few calls as it takes. */
  readWhole: (ids: readonly string[]) => void;
  /** What to paint: the outlines once they are in, the first screen's highlights (listHighlights) until then. */
  painted: readonly PaintedPassage[];
  categories: Category[];
  /** Tags in use, most used first: the completion list. */
  tags: string[];
  create: (passage: PassageOffsets, extra: Omit<ApiArgs<'createAnnotation'>, 'witnessId' | 'start' | 'end'>) => Promise<AnchoredAnnotation>;
  update: (id: string, patch: AnnotationPatch) => Promise<AnchoredAnnotation>;
  remove: (id: string) => Promise<void>;
  reattach: (id: string, passage: PassageOffsets) => Promise<AnchoredAnnotation>;
}

/** Text order as the panel lists it: by start, the enclosing passage before those inside it; orphans last. */
export function inTextOrder(a: NoteOutline, b: NoteOutline): number {
  if (a.anchor.status !== 'anchored' || b.anchor.status !== 'anchored') {
    return Number(a.anchor.status !== 'anchored') - Number(b.anchor.status !== 'anchored') || a.created.localeCompare(b.created);
  }
  return a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || a.created.localeCompare(b.created);
}

/** listHighlights' columns as one passage an annotation, in their order. */
function paintedFrom(highlights: WitnessHighlights): PaintedPassage[] {
  return highlights.ids.map((id, index) => ({
    id,
    anchor: { status: 'anchored', start: highlights.starts[index] ?? 0, end: highlights.ends[index] ?? 0 },
    category: highlights.categories[index] ?? '',
    motivation: highlights.motivations[index] ?? 'highlighting',
    people: highlights.people[id] ?? [],
  }));
}

/** listAnnotationOutlines' columns as one outline an annotation, in text order. */
function outlinesFrom(outlines: AnnotationOutlines): NoteOutline[] {
  const anchored = paintedFrom(outlines).map((passage, index) => ({ ...passage, tags: outlines.tags[passage.id] ?? [], created: outlines.created[index] ?? '' }));
  const orphans = outlines.orphans.map(({ id, category, motivation, created }) => ({
    id,
    anchor: { status: 'orphaned' } as const,
    category,
    motivation,
    people: outlines.people[id] ?? [],
    tags: outlines.tags[id] ?? [],
    created,
  }));
  return [...anchored, ...orphans].sort(inTextOrder);
}

/** The outline of a whole annotation, as listAnnotationOutlines would give it. */
function outlineOf({ id, anchor, category, motivation, people, tags, created }: AnchoredAnnotation): NoteOutline {
  return { id, anchor: anchor.status === 'anchored' ? { status: 'anchored', start: anchor.start, end: anchor.end } : { status: 'orphaned' }, category, motivation, people, tags, created };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Cards the Notes panel draws at first, and adds at a time (it reads as many again ahead). */
export const CARD_PAGE = 40;
/** What the panel asks for whole when a witness opens: its first page and the one it reads ahead. */
const FIRST_CARDS = 2 * CARD_PAGE;

// Stable empties, so that a witness without outlines yet does not redraw what reads them.
const NO_OUTLINES: NoteOutline[] = [];
const NO_NOTES: ReadonlyMap<string, AnchoredAnnotation> = new Map();

/**
 * The annotations of one witness in outline, with the colour categories and the tags in use, kept in step
 * with the store: each change is sent, and the annotation the store answers replaces the one shown. The
 * notes themselves are read whole only for the cards the panel draws (readWhole): ten thousand of them
 * are megabytes the panel never shows at once. Everything is read again when `revision` changes (after
 * an undo or redo, or a rename in the settings); the old lists stay on screen meanwhile. Changes reject
 * with the store's message for the caller to show.
 */
export function useAnnotations(witnessId: string, revision: number): AnnotationsState {
  const [loaded, setLoaded] = useState<{ witnessId: string; annotations: NoteOutline[] }>();
  const [early, setEarly] = useState<{ witnessId: string; painted: PaintedPassage[] }>();
  const [whole, setWhole] = useState<{ witnessId: string; notes: ReadonlyMap<string, AnchoredAnnotation> }>({ witnessId, notes: new Map() });
  // The ids asked for whole since the outlines were last read, and which reading they belong to: an
  // answer to an older one (before an undo) could put back what the undo took away.
  const asked = useRef(new Set<string>());
  const reading = useRef(0);
  // The witness whose annotations are on screen: one read again (after an undo) needs no early paint.
  const shownWitness = useRef<string>(undefined);
  const [failure, setFailure] = useState<string>();
  const [categories, setCategories] = useState<Category[]>([]);
  const [tags, setTags] = useState<string[]>([]);

  /** Puts these whole annotations in (or in place of) those read before, if they answer the reading on screen. */
  const keepWhole = useCallback(
    (notes: readonly AnchoredAnnotation[], ofReading: number) => {
      if (ofReading !== reading.current) return;
      setWhole((previous) => {
        const next = new Map(previous.witnessId === witnessId ? previous.notes : undefined);
        for (const note of notes) next.set(note.id, note);
        return { witnessId, notes: next };
      });
    },
    [witnessId],
  );

  /** Asks for those of `ids` not asked for yet in this reading, in as few calls as the contract allows. */
  const askWhole = useCallback(
    (ids: readonly string[]) => {
      const wanted = ids.filter((id) => !asked.current.has(id));
      const ofReading = reading.current;
      for (let from = 0; from < wanted.length; from += MAX_ANNOTATIONS_PER_READ) {
        const part = wanted.slice(from, from + MAX_ANNOTATIONS_PER_READ);
        for (const id of part) asked.current.add(id);
        api.getAnnotations({ witnessId, ids: part }).then(
          (notes) => keepWhole(notes, ofReading),
          (error: unknown) => {
            for (const id of part) asked.current.delete(id);
            if (ofReading === reading.current) setFailure(messageOf(error));
          },
        );
      }
    },
    [witnessId, keepWhole],
  );

  // A new function whenever the outlines are read again, so that the panel asks again for what it draws.
  const readWhole = useCallback<AnnotationsState['readWhole']>(
    (ids) => {
      if (loaded?.witnessId === witnessId) askWhole(ids);
    },
    [witnessId, loaded, askWhole],
  );

  useEffect(() => {
    let current = true;
    const thisReading = ++reading.current;
    // The colours are asked for first (start-up.ts may have) and taken as soon as they come: set on the
    // page's root, they restyle every element on it, which costs nothing before a long text is in and
    // hundreds of milliseconds after; the host answers in turn, and a long list of annotations takes a while.
    const categoryCall = takeOrCall('listCategories', {});
    categoryCall.then(
      (categoryList) => current && setCategories(categoryList),
      () => undefined,
    );
    // A newly opened witness is painted first from the highlights over its first screen (a few hundred),
    // then from the outlines of all its annotations, asked for once those are in, so that they compete
    // neither on the host nor on the page's thread with the first paint.
    const opening = shownWitness.current !== witnessId;
    const paintedCall = opening
      ? takeOrCall('listHighlights', firstScreenHighlights(witnessId)).then(
          (highlights) => {
            if (current) setEarly({ witnessId, painted: paintedFrom(highlights) });
          },
          () => undefined,
        )
      : Promise.resolve();
    const outlineCall = paintedCall.then(() => takeOrCall('listAnnotationOutlines', { witnessId }));
    Promise.all([outlineCall, categoryCall, api.listTags({})]).then(
      ([outlines, categoryList, tagList]) => {
        if (!current) return;
        shownWitness.current = witnessId;
        // The cards' notes are asked for again (the panel asks for those it draws): an undo may have changed them.
        asked.current = new Set();
        const listed = outlinesFrom(outlines);
        // A newly opened witness's first cards are asked for at once, not once the panel has drawn their
        // places, which on a long text waits behind painting thousands of highlights.
        if (opening) askWhole(listed.slice(0, FIRST_CARDS).map((annotation) => annotation.id));
        setWhole((previous) => (previous.witnessId === witnessId ? previous : { witnessId, notes: new Map() }));
        setLoaded({ witnessId, annotations: listed });
        setCategories(categoryList);
        setTags(tagList);
        setFailure(undefined);
      },
      (error: unknown) => {
        if (current) setFailure(messageOf(error));
      },
    );
    return () => {
      current = false;
      if (reading.current === thisReading) reading.current++;
    };
  }, [witnessId, revision, askWhole]);

  const annotations = loaded?.witnessId === witnessId ? loaded.annotations : NO_OUTLINES;
  const painted = loaded?.witnessId === witnessId ? annotations : early?.witnessId === witnessId ? early.painted : NO_OUTLINES;
  const wholeNotes = whole.witnessId === witnessId ? whole.notes : NO_NOTES;

  /** Puts the store's answer in place of the annotation it describes (or adds it), keeping text order. */
  const settle = useCallback(
    (annotation: AnchoredAnnotation) => {
      setLoaded((previous) => {
        if (previous?.witnessId !== witnessId) return previous;
        const others = previous.annotations.filter((candidate) => candidate.id !== annotation.id);
        return { witnessId, annotations: [...others, outlineOf(annotation)].sort(inTextOrder) };
      });
      keepWhole([annotation], reading.current);
      return annotation;
    },
    [witnessId, keepWhole],
  );

  const refreshTags = useCallback(() => {
    api.listTags({}).then(setTags, () => {
      // Completion is a convenience: the old list serves until the next change.
    });
  }, []);

  // The library counts each document's notes.
  const { recount } = useLibrary();
  const create = useCallback<AnnotationsState['create']>(
    (passage, extra) =>
      api.createAnnotation({ witnessId, start: passage.start, end: passage.end, ...extra }).then((created) => {
        recount();
        return settle(created);
      }),
    [witnessId, settle, recount],
  );

  const update = useCallback<AnnotationsState['update']>(
    (id, patch) =>
      api
        .updateAnnotation({ id, ...patch })
        .then(settle)
        .then((annotation) => {
          if (patch.tags) refreshTags();
          return annotation;
        }),
    [settle, refreshTags],
  );

  const remove = useCallback<AnnotationsState['remove']>(
    (id) =>
      api.deleteAnnotation({ id }).then(() => {
        setLoaded((previous) => previous && { ...previous, annotations: previous.annotations.filter((annotation) => annotation.id !== id) });
        asked.current.delete(id);
        refreshTags();
        recount();
      }),
    [refreshTags, recount],
  );

  const reattach = useCallback<AnnotationsState['reattach']>(
    (id, passage) => api.reattachAnnotation({ id, witnessId, start: passage.start, end: passage.end }).then(settle),
    [witnessId, settle],
  );

  return {
    status: failure !== undefined ? 'failed' : loaded?.witnessId === witnessId ? 'ready' : 'loading',
    ...(failure === undefined ? {} : { message: failure }),
    witnessId,
    annotations,
    whole: wholeNotes,
    readWhole,
    painted,
    categories,
    tags,
    create,
    update,
    remove,
    reattach,
  };
}
