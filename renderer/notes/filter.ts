import type { AnchoredAnnotation } from '../../core/annotation/model.js';

/** What the notes panel is narrowed to; empty strings mean "any". */
export interface NotesFilter {
  text: string;
  category: string;
  tag: string;
}

/** Nothing filtered out. */
export const NO_FILTER: NotesFilter = { text: '', category: '', tag: '' };

/** Case- and accent-blind text, with the source's non-breaking spaces and line breaks as plain spaces: what searches compare. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .toLocaleLowerCase('en');
}

// Folded text per annotation object: the store hands a new object when one changes, so this never goes stale.
const folded = new WeakMap<AnchoredAnnotation, string>();

function haystackOf(annotation: AnchoredAnnotation): string {
  let text = folded.get(annotation);
  if (text === undefined) {
    text = fold([annotation.target?.quote.exact ?? '', annotation.note, ...annotation.tags].join(' '));
    folded.set(annotation, text);
  }
  return text;
}

/** True when the annotation passes every filter: its colour, one of its tags, and the text in its quote, note or tags. */
export function matchesFilter(annotation: AnchoredAnnotation, filter: NotesFilter): boolean {
  if (filter.category !== '' && annotation.category !== filter.category) return false;
  if (filter.tag !== '' && !annotation.tags.includes(filter.tag)) return false;
  const wanted = fold(filter.text).trim();
  if (wanted === '') return true;
  const haystack = haystackOf(annotation);
  return wanted.split(' ').every((word) => haystack.includes(word));
}

/** True when some filter is set. */
export function isFiltering(filter: NotesFilter): boolean {
  return filter.text.trim() !== '' || filter.category !== '' || filter.tag !== '';
}
