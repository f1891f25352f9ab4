/**
 * Passage annotations: highlights and notes on a span of a witness, anchored afresh in its current text
 * each time they are read. Every write is one transaction with its change-log row (edits.ts).
 */
import type { CarrelService } from '../../core/api.js';
import type { Annotation, Motivation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { annotationById, annotationsOfWitness } from '../repositories/annotations.js';
import type { Db } from '../repositories/prepared.js';
import { DEFAULT_CATEGORY, knownCategory } from './categories.js';
import type { ServiceContext } from './context.js';
import { saveChange, saveEdit } from './edits.js';
import { noAnnotation } from './not-found.js';
import { anchoredIn, inTextOrder, targetOf, witnessText } from './passages.js';
import { currentCreator } from './profile.js';

type AnnotationMethods = 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'reattachAnnotation' | 'deleteAnnotation';

/** The passage annotation methods. Unknown ids fail with CarrelError('not-found'), bad input with 'bad-request'. */
export function annotationsService({ store, ids, userName }: ServiceContext): Pick<CarrelService, AnnotationMethods> {
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

    createAnnotation: ({ witnessId, start, end, motivation, category, note = '', tags = [] }) =>
      write((at) => {
        const witness = witnessText(db, witnessId);
        const stamp = at.toISOString();
        const annotation: Annotation = {
          id: ids.newId(),
          documentId: witness.documentId,
          target: targetOf(witness, start, end),
          motivation: motivation ?? motivationFor(undefined, note),
          note,
          tags: distinct(tags),
          category: knownCategory(db, category ?? DEFAULT_CATEGORY),
          creator: currentCreator(db, userName),
          created: stamp,
          modified: stamp,
        };
        saveChange(db, undefined, annotation, at);
        return anchoredIn(witness.text, annotation);
      }),

    updateAnnotation: ({ id, note, category, tags }) =>
      write((at) => {
        const before = passageAnnotation(db, id);
        const after: Annotation = {
          ...before,
          ...(note !== undefined && { note, motivation: motivationFor(before.motivation, note) }),
          ...(category !== undefined && { category: knownCategory(db, category) }),
          ...(tags !== undefined && { tags: distinct(tags) }),
        };
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

/** The annotation on a passage with this id; document notes are edited through the document's note. */
function passageAnnotation(db: Db, id: string): Annotation & Required<Pick<Annotation, 'target'>> {
  const annotation = annotationById(db, id);
  if (!annotation) throw noAnnotation(id);
  const { target } = annotation;
  if (!target) throw new CarrelError('bad-request', 'That is the note on the whole document, not on a passage; edit it as the document note.');
  return { ...annotation, target };
}

/**
 * What an annotation is for, following its note: a highlight with a note written on it becomes a
 * comment, and a comment whose note is cleared a highlight again (W3C motivations). Tagging and
 * identifying annotations keep theirs.
 */
function motivationFor(current: Motivation | undefined, note: string): Motivation {
  if (current === 'tagging' || current === 'identifying') return current;
  return note.trim() === '' ? 'highlighting' : 'commenting';
}

/** Tags once each, in the order first given, trimmed; the contract's schema has already checked each one. */
function distinct(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()))];
}
