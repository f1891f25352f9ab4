/**
 * An annotation as the `<note>` a TEI export writes in its text, where TEI processors read notes: the
 * TEI Stylesheets and CETEIcean both make a `place="end"` note a numbered note at the end, its marker
 * where the note stands. The note carries the reader's note, the colour and tags (terms pointing at
 * the header's taxonomies, and all of them in `@ana`) and the people named (persName pointing at the
 * header's listPerson).
 */
import type { AnchoredAnnotation } from '../annotation/model.js';
import { textEl, type MarkupElement, type MarkupNode } from './markup.js';
import type { Names } from './passages.js';
import { teiIds } from './tei-ids.js';
import type { TeiVocabulary } from './tei-vocabulary.js';

/** What a note needs beyond its annotation: the names behind ids and the header's pointers. */
export interface NoteContext {
  names: Names;
  vocabulary: TeiVocabulary;
}

/** What a note annotates: a passage from `target` (its start anchor) to `targetEnd`, or a whole div. */
export interface NoteTarget {
  target: string;
  targetEnd?: string;
}

/**
 * The note for one annotation. An orphan's stored `quote` comes first, since its passage is no longer
 * in the text; then the reader's note, a paragraph for each paragraph of its Markdown; then one line
 * of colour, tags and people.
 */
export function annotationNote(entry: AnchoredAnnotation, { target, targetEnd }: NoteTarget, context: NoteContext, quote?: string): MarkupElement {
  const { names, vocabulary } = context;
  const category = vocabulary.category(entry.category);
  const tags = entry.tags.map((tag) => textEl('term', { type: 'tag', ref: vocabulary.tag(tag) }, tag));
  const people = names.people(entry.people).map((person) => textEl('persName', { ref: `#${teiIds.person(person.id)}` }, person.preferredName));
  const details: MarkupNode[] = [
    textEl('term', { type: 'category', ref: category }, names.categoryName(entry.category)),
    ...(tags.length > 0 ? [' · Tags: ', ...listed(tags)] : []),
    ...(people.length > 0 ? [' · People: ', ...listed(people)] : []),
  ];
  return textEl(
    'note',
    {
      'xml:id': teiIds.note(entry.id),
      type: 'annotation',
      place: 'end',
      target,
      targetEnd,
      resp: vocabulary.creator(entry.creator),
      ana: [category, ...entry.tags.map((tag) => vocabulary.tag(tag))].join(' '),
    },
    ...(quote === undefined ? [] : [textEl('p', {}, 'On words no longer found in the text: ', textEl('quote', {}, quote))]),
    ...paragraphs(entry.note).map((paragraph) => textEl('p', {}, paragraph)),
    textEl('p', {}, ...details),
  );
}

/** The Markdown's paragraphs (split at blank lines), each as written. */
function paragraphs(note: string): string[] {
  return note
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/gu, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}

/** Elements separated by commas. */
function listed(elements: readonly MarkupElement[]): MarkupNode[] {
  return elements.flatMap((element, index) => (index === 0 ? [element] : [', ', element]));
}
