/**
 * An annotation as the `<note>` a TEI export writes in its text, where TEI processors read notes: the
 * TEI Stylesheets and CETEIcean both make a `place="end"` note a numbered note at the end, its marker
 * where the note stands. The note carries the reader's note, the colour and tags (terms pointing at
 * the header's taxonomies, and all of them in `@ana`) and the people named (persName pointing at the
 * header's listPerson).
 */
import type { AnchoredAnnotation } from '../annotation/model.js';
import { writtenEl, type WrittenElement } from './markup.js';
import type { Names } from './passages.js';
import { remembered } from './remembered.js';
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
 * The note for one annotation, written out. An orphan's stored `quote` comes first, since its passage
 * is no longer in the text; then the reader's note, a paragraph for each paragraph of its Markdown;
 * then one line of colour, tags and people.
 */
export type AnnotationNote = (entry: AnchoredAnnotation, target: NoteTarget, quote?: string) => WrittenElement;

/**
 * The notes of one export. The terms and names a note ends with are the same for every note with that
 * colour, tag or person, so each is written once and kept: an export may hold a hundred thousand notes.
 */
export function annotationNotes({ names, vocabulary }: NoteContext): AnnotationNote {
  const categoryTerms = new Map<string, WrittenElement>();
  const tagTerms = new Map<string, WrittenElement>();
  const personNames = new Map<string, WrittenElement>();
  const categoryTerm = (id: string) =>
    remembered(categoryTerms, id, () => writtenEl('xml', 'term', { type: 'category', ref: vocabulary.category(id) }, names.categoryName(id)));
  const tagTerm = (tag: string) => remembered(tagTerms, tag, () => writtenEl('xml', 'term', { type: 'tag', ref: vocabulary.tag(tag) }, tag));
  return (entry, { target, targetEnd }, quote) => {
    const details: (string | WrittenElement)[] = [categoryTerm(entry.category)];
    if (entry.tags.length > 0) details.push(' · Tags: ', ...listed(entry.tags.map(tagTerm)));
    const people = names.people(entry.people).map((person) =>
      remembered(personNames, person.id, () => writtenEl('xml', 'persName', { ref: `#${teiIds.person(person.id)}` }, person.preferredName)),
    );
    if (people.length > 0) details.push(' · People: ', ...listed(people));
    let ana = vocabulary.category(entry.category);
    for (const tag of entry.tags) ana += ` ${vocabulary.tag(tag)}`;
    const content: WrittenElement[] = [];
    if (quote !== undefined) content.push(writtenEl('xml', 'p', {}, 'On words no longer found in the text: ', writtenEl('xml', 'quote', {}, quote)));
    for (const paragraph of paragraphs(entry.note)) content.push(writtenEl('xml', 'p', {}, paragraph));
    content.push(writtenEl('xml', 'p', {}, ...details));
    const attributes = { 'xml:id': teiIds.note(entry.id), type: 'annotation', place: 'end', target, targetEnd, resp: vocabulary.creator(entry.creator), ana };
    return writtenEl('xml', 'note', attributes, ...content);
  };
}

/** The Markdown's paragraphs (split at blank lines), each as written. */
function paragraphs(note: string): string[] {
  // One line is one paragraph: most notes are, and the regular expressions cost more than they.
  if (!note.includes('\n') && !note.includes('\r')) return note.trim() === '' ? [] : [note.trimEnd()];
  return note
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/gu, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}

/** Elements separated by commas. */
function listed(elements: readonly WrittenElement[]): (string | WrittenElement)[] {
  return elements.flatMap((element, index) => (index === 0 ? [element] : [', ', element]));
}
