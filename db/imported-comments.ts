/**
 * The comments a file carries on its passages (a Word transcription's margin comments) become notes on
 * those passages when the file is imported: written by their own author, at their own date, tagged so
 * that a reader can find them all (or filter them out) in the Notes panel.
 */
import { MAX_NOTE_LENGTH, type Annotation } from '../core/annotation/model.js';
import type { PassageComment } from '../core/importers/model.js';
import { insertAnnotation, setTags } from './repositories/annotations.js';
import type { Db } from './repositories/prepared.js';
import { DEFAULT_CATEGORY } from './service/categories.js';
import { targetOf } from './service/passages.js';

/** The tag every note that came from a file's comments carries. */
export const COMMENT_TAG = 'comment';
/** The creator column's bound. */
const MAX_CREATOR = 80;

/** A witness the comments are placed in: its id, its document and its reading text. */
interface CommentedWitness {
  witnessId: string;
  documentId: string;
  text: string;
}

/**
 * Stores each comment as a note on its passage of `witnesses[comment.witness]`, inside the caller's
 * transaction. A comment anchored at a point rather than on words takes the word at that point.
 */
export function storeComments(db: Db, witnesses: readonly CommentedWitness[], comments: readonly PassageComment[], newId: () => string, now: string): void {
  for (const comment of comments) {
    const witness = witnesses[comment.witness];
    if (!witness || comment.text.trim() === '') continue;
    const [start, end] = coveredWords(witness.text, comment.start, comment.end);
    if (end <= start) continue;
    const created = validDate(comment.date) ?? now;
    const annotation: Annotation = {
      id: newId(),
      documentId: witness.documentId,
      target: targetOf(witness, start, end),
      motivation: 'commenting',
      note: comment.text.slice(0, MAX_NOTE_LENGTH),
      tags: [COMMENT_TAG],
      category: DEFAULT_CATEGORY,
      people: [],
      creator: (comment.author?.trim() || 'Comment').slice(0, MAX_CREATOR),
      created,
      modified: created,
    };
    insertAnnotation(db, annotation);
    setTags(db, annotation.id, annotation.tags);
  }
}

/** [start, end) without white space at either edge; a comment anchored at one point takes the word there. */
function coveredWords(text: string, start: number, end: number): [number, number] {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  if (to === from) {
    while (to < text.length && /\S/u.test(text.charAt(to))) to += 1;
    while (from > 0 && /\S/u.test(text.charAt(from - 1))) from -= 1;
  }
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  return [from, to];
}

/** `date` as ISO 8601 in UTC when it is a date at all. */
function validDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
