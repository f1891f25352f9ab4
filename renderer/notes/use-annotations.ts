import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs, WitnessHighlights } from '../../core/api.js';
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

/** One witness's annotations and what can be done to them; changes reject with the store's message. */
export interface AnnotationsState {
  status: 'loading' | 'ready' | 'failed';
  /** Why the list could not be read (status 'failed'). */
  message?: string;
  /** In text order (outer before nested), orphans last. */
  annotations: AnchoredAnnotation[];
  /** What to paint: the annotations once they are in, their highlights (listHighlights) until then. */
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
export function inTextOrder(a: AnchoredAnnotation, b: AnchoredAnnotation): number {
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

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The annotations of one witness, with the colour categories and the tags in use, kept in step with the
 * store: each change is sent, and the annotation the store answers replaces the one shown. Everything is
 * read again when `revision` changes (after an undo or redo, or a rename in the settings); the old lists
 * stay on screen meanwhile. Changes reject with the store's message for the caller to show.
 */
export function useAnnotations(witnessId: string, revision: number): AnnotationsState {
  const [loaded, setLoaded] = useState<{ witnessId: string; annotations: AnchoredAnnotation[] }>();
  const [early, setEarly] = useState<{ witnessId: string; painted: PaintedPassage[] }>();
  // The witness whose annotations are on screen: one read again (after an undo) needs no early paint.
  const shownWitness = useRef<string>(undefined);
  const [failure, setFailure] = useState<string>();
  const [categories, setCategories] = useState<Category[]>([]);
  const [tags, setTags] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    // The colours are asked for first (start-up.ts may have) and taken as soon as they come: set on the
    // page's root, they restyle every element on it, which costs nothing before a long text is in and
    // hundreds of milliseconds after; the host answers in turn, and a long list of annotations takes a while.
    const categoryCall = takeOrCall('listCategories', {});
    categoryCall.then(
      (categoryList) => current && setCategories(categoryList),
      () => undefined,
    );
    // A newly opened witness is painted first from the highlights over its first screen (a few hundred),
    // then from all of them (a tenth of the annotations' size), and its annotations (ten times that, and
    // as much again to parse on a long text) are asked for last, each once the one before is in, so that
    // none competes on the host or on the page's thread with the paint before it.
    const opening = shownWitness.current !== witnessId;
    const paintFrom = (args: ApiArgs<'listHighlights'>) => () =>
      takeOrCall('listHighlights', args).then(
        (highlights) => {
          if (current) setEarly({ witnessId, painted: paintedFrom(highlights) });
        },
        () => undefined,
      );
    const paintedCall = opening ? paintFrom(firstScreenHighlights(witnessId))().then(paintFrom({ witnessId })) : Promise.resolve();
    const annotationCall = paintedCall.then(() => takeOrCall('listAnnotations', { witnessId }));
    Promise.all([annotationCall, categoryCall, api.listTags({})]).then(
      ([annotations, categoryList, tagList]) => {
        if (!current) return;
        shownWitness.current = witnessId;
        setLoaded({ witnessId, annotations: [...annotations].sort(inTextOrder) });
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
    };
  }, [witnessId, revision]);

  const annotations = loaded?.witnessId === witnessId ? loaded.annotations : [];
  const painted = loaded?.witnessId === witnessId ? annotations : early?.witnessId === witnessId ? early.painted : [];

  /** Puts the store's answer in place of the annotation it describes (or adds it), keeping text order. */
  const settle = useCallback(
    (annotation: AnchoredAnnotation) => {
      setLoaded((previous) => {
        if (previous?.witnessId !== witnessId) return previous;
        const others = previous.annotations.filter((candidate) => candidate.id !== annotation.id);
        return { witnessId, annotations: [...others, annotation].sort(inTextOrder) };
      });
      return annotation;
    },
    [witnessId],
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
    annotations,
    painted,
    categories,
    tags,
    create,
    update,
    remove,
    reattach,
  };
}
