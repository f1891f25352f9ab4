/**
 * A printable handout: for each document its title and citation, the text with the annotated passages
 * highlighted in their colours and numbered, the notes below, and the people named. One self-contained
 * file (inline CSS, no scripts, nothing loaded), which Electron can also print to PDF.
 */
import { formatLongDate } from '../witness/dates.js';
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { Block } from '../document/model.js';
import type { Person } from '../people/model.js';
import type { ExportBundle, ExportDocument, ExportWitness } from './bundle.js';
import { joined } from './chunks.js';
import { categoryClass, handoutStyle } from './handout-style.js';
import { deferred, el, escapeAttribute, escapeText, markupChunks, streamedTextEl, textEl, writtenBlockEl, writtenEl, type MarkupElement, type MarkupNode, type WrittenElement } from './markup.js';
import { noteHtml } from './note-html.js';
import { documentView, lastBlockStartingBefore, namesOf, passagesByBlock, readingBlocks, type Names, type Passage } from './passages.js';
import { remembered } from './remembered.js';
import { segment } from './segments.js';

/** What a handout section needs besides the document: names, category classes, ids unique in the page. */
interface Context {
  names: Names;
  /** `<mark class="…">` for a passage of this category: the same for every passage of it, so made once. */
  markOf(categoryId: string): string;
  /** The swatch and name a note's details start with, the same for every note of this category. */
  swatchOf(categoryId: string): WrittenElement;
}

/**
 * The bundle as an HTML page. Overlapping passages are drawn by cutting the text into segments (see
 * segments.ts) and nesting one `<mark>` per passage inside each segment, so the translucent colours
 * layer as they do in the reader. Every string from the store is escaped; notes are rendered Markdown
 * without raw HTML, with http(s) links only.
 */
export function toHtml(bundle: ExportBundle): string {
  return joined(htmlChunks(bundle));
}

/** The page of toHtml in chunks, for writing to a file as it is made. */
export function* htmlChunks(bundle: ExportBundle): Generator<string, void, undefined> {
  const categoryIndex = new Map(bundle.categories.map((category, index) => [category.id, index]));
  const names = namesOf(bundle);
  const classOf = (id: string): string => {
    const index = categoryIndex.get(id);
    return index === undefined ? 'c-other' : categoryClass(index);
  };
  const marks = new Map<string, string>();
  const swatches = new Map<string, WrittenElement>();
  const context: Context = {
    names,
    markOf: (id) => remembered(marks, id, () => `<mark class="${escapeAttribute(classOf(id))}">`),
    swatchOf: (id) =>
      remembered(swatches, id, () => ({ written: `${writtenEl('html', 'span', { class: `swatch ${classOf(id)}` }).written}${escapeText(names.categoryName(id))}` })),
  };
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  const title = single ? single.title : 'Carrel notes';
  const generatedOn = formatLongDate(bundle.generated.slice(0, 10)) ?? bundle.generated;
  const page = el(
    'html',
    { lang: 'en' },
    el(
      'head',
      {},
      el('meta', { charset: 'utf-8' }),
      el('meta', { name: 'generator', content: bundle.generator }),
      textEl('title', {}, title),
      textEl('style', {}, { raw: handoutStyle(bundle.categories) }),
    ),
    el(
      'body',
      {},
      ...bundle.documents.map((document, index) => documentArticle(document, `d${index + 1}`, context)),
      ...(bundle.people.length > 0 ? [peopleSection(bundle.people)] : []),
      el('footer', {}, textEl('p', { class: 'colophon' }, `Exported from ${bundle.generator} on ${generatedOn}.`)),
    ),
  );
  yield '<!DOCTYPE html>\n';
  yield* markupChunks(page, 'html');
  yield '\n';
}

function documentArticle(document: ExportDocument, idPrefix: string, context: Context): MarkupElement {
  const view = documentView(document);
  const numbers = new Map(view.passages.map((passage, index) => [passage, index + 1]));
  const shown = view.shown;
  const header = el(
    'header',
    {},
    textEl('h1', {}, document.title),
    ...(document.citation ? [textEl('p', { class: 'citation' }, document.citation)] : []),
    ...(document.meta.sourceUrl && /^https?:\/\//iu.test(document.meta.sourceUrl)
      ? [textEl('p', { class: 'source' }, 'Source: ', textEl('a', { href: document.meta.sourceUrl }, document.meta.sourceUrl))]
      : []),
  );
  const sections: MarkupNode[] = [header];
  const notes = view.notes.filter((note) => note.note.trim() !== '');
  if (notes.length > 0) {
    sections.push(el('section', { class: 'document-note' }, textEl('h2', {}, 'Document note'), notes.map((note) => noteBody(note.note))));
  }
  for (const witness of shown) {
    const passages = view.passages.filter((passage) => passage.witness === witness);
    const heading = shown.length > 1 ? `Text: ${witness.label}` : 'Text';
    sections.push(el('section', { class: 'text' }, textEl('h2', {}, heading), witnessText(witness, passages, numbers, idPrefix, context)));
  }
  if (view.passages.length > 0) {
    // Deferred: made as they are written, so that a hundred thousand are never held at once.
    const items = view.passages.map((passage, index) =>
      deferred((indent) =>
        noteItem(passage.quote, passage.annotation, context, indent, { id: `${idPrefix}-note-${index + 1}`, back: `#${idPrefix}-ref-${index + 1}` }),
      ),
    );
    sections.push(el('section', { class: 'notes' }, textEl('h2', {}, 'Notes'), el('ol', {}, items)));
  }
  if (view.orphans.length > 0) {
    const items = view.orphans.map((orphan) => deferred((indent) => noteItem(orphan.quote, orphan.annotation, context, indent, {})));
    sections.push(
      el(
        'section',
        { class: 'orphans' },
        textEl('h2', {}, 'Orphaned passages'),
        textEl('p', { class: 'meta' }, 'These passages could not be found in the text any more; each is shown with the words it was made on.'),
        el('ul', {}, items),
      ),
    );
  }
  return el('article', { id: idPrefix }, ...sections);
}

/**
 * The witness's blocks as paragraphs, each cut into segments; a passage's number follows its last
 * character, in the block where that character is (or the last block before it, if it ends between blocks).
 */
function witnessText(
  witness: ExportWitness,
  passages: readonly Passage[],
  numbers: ReadonlyMap<Passage, number>,
  idPrefix: string,
  context: Context,
): MarkupNode[] {
  const blocks = readingBlocks(witness);
  const byBlock = passagesByBlock(blocks, passages);
  const prefix = escapeAttribute(idPrefix);
  // Each block's numbers by the offset they follow, their passages in order.
  const markers = blocks.map(() => new Map<number, Passage[]>());
  for (const passage of passages) {
    const blockIndex = lastBlockStartingBefore(blocks, passage.end);
    const block = blocks[blockIndex];
    if (!block) continue;
    const place = Math.min(passage.end, block.end);
    const here = markers[blockIndex]?.get(place);
    if (here) here.push(passage);
    else markers[blockIndex]?.set(place, [passage]);
  }
  // Each paragraph's marks and markers are made as they are written: one may hold every passage.
  function* paragraphContent(block: Block, blockIndex: number): Generator<WrittenElement, void, undefined> {
    const here = byBlock[blockIndex] ?? [];
    const marks = here.map((passage) => context.markOf(passage.annotation.category));
    const numbered = markers[blockIndex];
    for (const piece of segment(block.start, block.end, here)) {
      // One mark per covering passage, outermost first, so overlaps layer their colours.
      let written = '';
      let closing = '';
      for (const index of piece.covering) {
        const mark = marks[index];
        if (mark === undefined) continue;
        written += mark;
        closing += '</mark>';
      }
      written += `${escapeText(witness.text.slice(piece.start, piece.end))}${closing}`;
      for (const passage of numbered?.get(piece.end) ?? []) {
        const number = numbers.get(passage) ?? 0;
        written += `<sup class="marker"><a href="#${prefix}-note-${number}" id="${prefix}-ref-${number}">${number}</a></sup>`;
      }
      yield { written };
    }
  }
  return blocks.map((block, blockIndex) => streamedTextEl('p', { class: block.kind }, paragraphContent(block, blockIndex)));
}

/** One entry of the notes list, written to stand at `indent`: the quoted words, the note, and colour, tags and people. */
function noteItem(quote: string, annotation: AnchoredAnnotation, context: Context, indent: string, link: { id?: string; back?: string }): WrittenElement {
  const people = context.names.people(annotation.people).map((person) => person.preferredName);
  const details = [
    context.swatchOf(annotation.category),
    ...(annotation.tags.length > 0 ? [` · Tags: ${annotation.tags.join(', ')}`] : []),
    ...(people.length > 0 ? [` · People: ${people.join(', ')}`] : []),
    ...(link.back ? [writtenEl('html', 'span', { class: 'back' }, ' · ', writtenEl('html', 'a', { href: link.back }, 'back to the text'))] : []),
  ];
  return writtenBlockEl(
    'html',
    indent,
    'li',
    { id: link.id },
    writtenEl('html', 'blockquote', {}, quote),
    ...(annotation.note.trim() === '' ? [] : [noteBody(annotation.note)]),
    writtenEl('html', 'p', { class: 'meta' }, ...details),
  );
}

function noteBody(source: string): WrittenElement {
  return writtenEl('html', 'div', { class: 'note' }, { raw: noteHtml(source) });
}

function peopleSection(people: readonly Person[]): MarkupElement {
  const items = people.map((person) => {
    const parts: MarkupNode[] = [textEl('strong', {}, person.preferredName)];
    if (person.lifeDates) parts.push(` (${person.lifeDates})`);
    if (person.aliases.length > 0) {
      parts.push(`. Also named: ${person.aliases.map((alias) => (alias.kind === 'variant' ? alias.name : `${alias.name} (${alias.kind})`)).join(', ')}`);
    }
    parts.push('.');
    if (person.description) parts.push(` ${person.description}`);
    for (const authority of person.authorities.filter((uri) => /^https?:\/\//iu.test(uri))) parts.push(' ', textEl('a', { href: authority }, authority));
    return textEl('li', {}, ...parts);
  });
  return el('section', { class: 'people' }, textEl('h2', {}, 'People'), el('ul', {}, items));
}
