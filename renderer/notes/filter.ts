import type { NoteOutline } from './use-annotations.js';

/** What the notes panel is narrowed to; empty strings mean "any". */
export interface NotesFilter {
  text: string;
  category: string;
  tag: string;
}

/** Nothing filtered out. */
export const NO_FILTER: NotesFilter = { text: '', category: '', tag: '' };

/**
 * True when the annotation passes every filter: its colour, one of its tags, and the text, which the
 * store looks for in quotes, notes and tags (the page holds only the notes it shows): `found` holds the
 * ids it answered for the text typed, and is undefined while there is no answer yet, which filters nothing.
 */
export function matchesFilter(annotation: NoteOutline, filter: NotesFilter, found: ReadonlySet<string> | undefined): boolean {
  if (filter.category !== '' && annotation.category !== filter.category) return false;
  if (filter.tag !== '' && !annotation.tags.includes(filter.tag)) return false;
  return filter.text.trim() === '' || found === undefined || found.has(annotation.id);
}

/** True when some filter is set. */
export function isFiltering(filter: NotesFilter): boolean {
  return filter.text.trim() !== '' || filter.category !== '' || filter.tag !== '';
}
