/**
 * Passage annotations: highlights, notes and person tags on a span of a witness, anchored afresh in its
 * current text each time they are read. Every write is one transaction with its change-log row (edits.ts).
 */
import type { AnnotationOutlines, CarrelService, WitnessHighlights } from '../../core/api.js';
import type { Anchor, Annotation, Motivation } from '../../core/annotation/model.js';
import { holdsEveryWord, noteHaystack, queryWords } from '../../core/annotation/words-in-note.js';
import { CarrelError } from '../../core/errors.js';
import {
  annotationById,
  annotationsOfWitness,
  annotationsOfWitnessAmong,
  annotationTextsOfWitness,
  outlinedAnnotationsOfWitness,
  paintedAnnotationsOfWitness,
  type PaintedAnnotation,
} from '../repositories/annotations.js';
import { personExists } from '../repositories/people.js';
import { documentOfWitness } from '../repositories/witnesses.js';
import type { Db } from '../repositories/prepared.js';
import { DEFAULT_CATEGORY, knownCategory } from './categories.js';
import type { ServiceContext } from './context.js';
import { saveChange, saveEdit } from './edits.js';
import { noAnnotation, noPerson, noWitness } from './not-found.js';
import { anchoredIn, inTextOrder, targetOf, witnessText, type WitnessText } from './passages.js';
import { currentCreator } from './profile.js';

type AnnotationMethods =
  | 'listAnnotations'
  | 'listAnnotationOutlines'
  | 'getAnnotations'
  | 'findAnnotations'
  | 'listHighlights'
  | 'createAnnotation' | 'updateAnnotation' | 'reattachAnnotation' | 'deleteAnnotation';

/** The passage annotation methods. Unknown ids fail with CarrelError('not-found'), bad input with 'bad-request'. */
export function annotationsService(context: ServiceContext): Pick<CarrelService, AnnotationMethods> {
  const { store, ids } = context;
  const { db } = store;
  /** Runs a write as one transaction, taking the write lock at once so that reads inside it stay current. */
  const write = <T>(fn: (at: Date) => T): T => db.transaction(() => fn(ids.now())).immediate();

  return {
    listAnnotations: ({ witnessId }) => {
      const { text } = witnessText(db, witnessId);
      return annotationsOfWitness(db, witnessId)
        .map((annotation) => anchoredIn(text, annotation))
        .sort(inTextOrder);
    },

    listAnnotationOutlines: ({ witnessId }) => {
      const { text } = witnessText(db, witnessId);
      const outlines: AnnotationOutlines = { ...noHighlights(), created: [], orphans: [], tags: {} };
      const anchored = outlinedAnnotationsOfWitness(db, witnessId)
        .map((annotation) => anchoredIn(text, annotation))
        .sort(inTextOrder);
      for (const annotation of anchored) {
        const { id, anchor, category, motivation, people, tags, created } = annotation;
        if (tags.length > 0) outlines.tags[id] = tags;
        if (anchor.status === 'anchored') {
          addHighlight(outlines, annotation, anchor);
          outlines.created.push(created);
        } else {
          outlines.orphans.push({ id, category, motivation, created });
          if (people.length > 0) outlines.people[id] = people;
        }
      }
      return outlines;
    },

    getAnnotations: ({ witnessId, ids }) => {
      const { text } = witnessText(db, witnessId);
      return annotationsOfWitnessAmong(db, witnessId, ids)
        .map((annotation) => anchoredIn(text, annotation))
        .sort(inTextOrder);
    },

    findAnnotations: ({ witnessId, text }) => {
      if (documentOfWitness(db, witnessId) === undefined) throw noWitness(witnessId);
      const words = queryWords(text);
      return annotationTextsOfWitness(db, witnessId)
        .filter((annotation) => holdsEveryWord(noteHaystack(annotation.quote, annotation.note, annotation.tags), words))
        .map((annotation) => annotation.id);
    },

    listHighlights: ({ witnessId, within }) => {
      const { text } = witnessText(db, witnessId);
      const highlights = noHighlights();
      // Anchored and ordered as listAnnotationOutlines does, so that its answer, when it comes, paints the same.
      const anchored = paintedAnnotationsOfWitness(db, witnessId, within)
        .map((annotation) => anchoredIn(text, annotation))
        .sort(inTextOrder);
      for (const annotation of anchored) {
        const { anchor } = annotation;
        if (anchor.status !== 'anchored') continue;
        if (within && (anchor.end <= within.start || anchor.start >= within.end)) continue;
        addHighlight(highlights, annotation, anchor);
      }
      return highlights;
    },

    createAnnotation: ({ witnessId, ...passage }) =>
      write((at) => {
        const witness = witnessText(db, witnessId);
        return anchoredIn(witness.text, addPassageAnnotation(context, witness, passage, at));
      }),

    updateAnnotation: ({ id, note, category, tags, people }) =>
      write((at) => {
        const before = passageAnnotation(db, id);
        const edited: Annotation = {
          ...before,
          ...(note !== undefined && { note }),
          ...(category !== undefined && { category: knownCategory(db, category) }),
          ...(tags !== undefined && { tags: distinct(tags) }),
          ...(people !== undefined && { people: registeredPeople(db, people) }),
        };
        const bodiesChanged = note !== undefined || people !== undefined;
        const after = bodiesChanged ? { ...edited, motivation: motivationFor(before.motivation, edited.note, edited.people) } : edited;
        return anchoredIn(witnessText(db, before.target.witnessId).text, saveEdit(db, before, after, at));
      }),

    reattachAnnotation: ({ id, witnessId, start, end }) =>
      write((at) => {
        const before = passageAnnotation(db, id);
        const witness = witnessText(db, witnessId);
        if (witness.documentId !== before.documentId) {
          throw new CarrelError('bad-request', 'That passage is in another document. An annotation can be re-attached only within its own document.');
        }
        return anchoredIn(witness.text, saveEdit(db, before, { ...before, target: targetOf(witness, start, end) }, at));
      }),

    deleteAnnotation: ({ id }) =>
      write((at) => {
        const before = annotationById(db, id);
        if (!before) throw noAnnotation(id);
        saveChange(db, before, undefined, at);
        return { id };
      }),
  };
}

function noHighlights(): WitnessHighlights {
  return { ids: [], starts: [], ends: [], categories: [], motivations: [], people: {} };
}

/** Adds an anchored annotation to the columns of `highlights`, after those already there. */
function addHighlight(highlights: WitnessHighlights, { id, category, motivation, people }: PaintedAnnotation, anchor: Anchor & { status: 'anchored' }): void {
  highlights.ids.push(id);
  highlights.starts.push(anchor.start);
  highlights.ends.push(anchor.end);
  highlights.categories.push(category);
  highlights.motivations.push(motivation);
  if (people.length > 0) highlights.people[id] = people;
}

/** What a new passage annotation is made of; everything but the passage is optional. */
export interface NewPassage {
  start: number;
  end: number;
  motivation?: Motivation | undefined;
  category?: string | undefined;
  note?: string | undefined;
  tags?: readonly string[] | undefined;
  people?: readonly string[] | undefined;
}

/**
 * Stores a new annotation on the passage [start, end) of `witness` with its change-log row, signed by
 * the current reader and stamped `at`; answers it. Run it inside a write transaction. Throws
 * CarrelError('bad-request') for a bad passage, an unknown colour or an unknown person.
 */
export function addPassageAnnotation({ store: { db }, ids, userName }: ServiceContext, witness: WitnessText, passage: NewPassage, at: Date): Annotation {
  const { note = '', tags = [], people = [] } = passage;
  const stamp = at.toISOString();
  const personIds = registeredPeople(db, people);
  const annotation: Annotation = {
    id: ids.newId(),
    documentId: witness.documentId,
    target: targetOf(witness, passage.start, passage.end),
    motivation: passage.motivation ?? motivationFor(undefined, note, personIds),
    note,
    tags: distinct(tags),
    category: knownCategory(db, passage.category ?? DEFAULT_CATEGORY),
    people: personIds,
    creator: currentCreator(db, userName),
    created: stamp,
    modified: stamp,
  };
  saveChange(db, undefined, annotation, at);
  return annotation;
}

/** The annotation on a passage with this id; document notes are edited through the document's note. */
function passageAnnotation(db: Db, id: string): Annotation & Required<Pick<Annotation, 'target'>> {
  const annotation = annotationById(db, id);
  if (!annotation) throw noAnnotation(id);
  const { target } = annotation;
  if (!target) throw new CarrelError('bad-request', 'That is the note on the whole document, not on a passage; edit it as the document note.');
  return { ...annotation, target };
}

/**
 * What an annotation is for, following its bodies (W3C motivations): a note makes it a comment; people
 * without a note make it an identification (a person tag); neither, a highlight. So a highlight with a
 * note written on it becomes a comment, and a comment whose note is cleared a highlight again. Tagging
 * and identifying annotations keep theirs.
 */
function motivationFor(current: Motivation | undefined, note: string, people: readonly string[]): Motivation {
  if (current === 'tagging' || current === 'identifying') return current;
  if (note.trim() !== '') return 'commenting';
  return people.length > 0 ? 'identifying' : 'highlighting';
}

/** The person ids once each, in the order first given, each checked against the registry. */
function registeredPeople(db: Db, personIds: readonly string[]): string[] {
  const distinctIds = [...new Set(personIds)];
  const unknown = distinctIds.find((id) => !personExists(db, id));
  if (unknown !== undefined) throw noPerson(unknown, 'bad-request');
  return distinctIds;
}

/** Tags once each, in the order first given, trimmed; the contract's schema has already checked each one. */
function distinct(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()))];
}
