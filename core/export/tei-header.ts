/**
 * The TEI header of an export: what the file is and where it came from (fileDesc), how the annotations
 * are encoded and the colours and tags their notes point at (encodingDesc), and the people the notes
 * name (particDesc/listPerson).
 */
import { formatLongDate } from '../witness/dates.js';
import type { AliasKind, Person } from '../people/model.js';
import type { ExportBundle, ExportDocument } from './bundle.js';
import { el, textEl, type MarkupElement } from './markup.js';
import { teiListWit } from './tei-apparatus.js';
import { teiIds } from './tei-ids.js';
import type { TeiVocabulary } from './tei-vocabulary.js';

/** TEI `persName/@type` for each alias kind; a code-name is what TEI calls a pseudonym. */
const NAME_TYPES: Readonly<Record<AliasKind, string>> = {
  variant: 'variant',
  transliteration: 'transliteration',
  'code-name': 'pseudonym',
  'title-form': 'title-form',
};

/**
 * A time as TEI's `@when` takes it (a W3C date or date-time), or undefined for anything else: a stored
 * string the schema refuses would make the whole file invalid, so it is then left to the element's text.
 */
export function teiWhen(value: string | undefined): string | undefined {
  return value !== undefined && W3C_DATE.test(value) ? value : undefined;
}

const W3C_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/u;

/** The header, declaring the annotators, colours and tags of `vocabulary` under the ids its pointers use. */
export function teiHeader(bundle: ExportBundle, vocabulary: TeiVocabulary): MarkupElement {
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  const title = single ? `Notes on “${single.title}”` : `Notes on ${bundle.documents.length} documents`;
  const generatedOn = formatLongDate(bundle.generated.slice(0, 10)) ?? bundle.generated;
  const sources = bundle.documents.length > 0 ? [...bundle.documents.map(bibl), ...teiListWit(bundle.documents)] : [textEl('p', {}, 'No documents.')];
  const header = [
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        textEl('title', {}, title),
        ...vocabulary.creators.map((name, index) => el('respStmt', { 'xml:id': teiIds.creator(index) }, textEl('resp', {}, 'annotated by'), textEl('name', {}, name))),
      ),
      el(
        'publicationStmt',
        {},
        textEl('p', {}, `Exported from ${bundle.generator} on `, textEl('date', { when: teiWhen(bundle.generated) }, generatedOn), '.'),
      ),
      el('sourceDesc', {}, ...sources),
    ),
    el(
      'encodingDesc',
      {},
      textEl(
        'p',
        {},
        'Each annotation is a note in the text, placed where its passage ends, pointing at anchors where the passage starts (target) and ends (targetEnd), ' +
          'so overlapping passages need no nesting; notes on a whole document, or on words no longer found, stand under its heading. ' +
          'A note holds the reader’s note (Markdown as written, a paragraph for each of its paragraphs), its colour and tags as terms ' +
          'pointing at the taxonomies below (and all of them in ana), and the people it names. ' +
          'Passages tagged with people are also wrapped in persName wherever that nests within one paragraph. ' +
          'Where a document has several transcriptions, the first carries the apparatus inline (parallel segmentation). ' +
          'The standOff keeps each annotation’s motivation, annotator and times, its body pointing at its note.',
      ),
      ...classDecl(vocabulary),
    ),
  ];
  if (bundle.people.length > 0) header.push(el('profileDesc', {}, el('particDesc', {}, el('listPerson', {}, ...bundle.people.map(person)))));
  return el('teiHeader', {}, ...header);
}

/** The colours and the tags as taxonomies, each category numbered as the notes point at it; none when there are neither. */
function classDecl({ categories, tags }: TeiVocabulary): MarkupElement[] {
  const taxonomy = (id: string, description: string, names: readonly string[], categoryId: (index: number) => string) =>
    names.length === 0
      ? []
      : [
          el(
            'taxonomy',
            { 'xml:id': id },
            textEl('desc', {}, description),
            names.map((name, index) => el('category', { 'xml:id': categoryId(index) }, textEl('catDesc', {}, name))),
          ),
        ];
  const taxonomies = [
    ...taxonomy('colours', 'Colour categories of the annotations', categories.map((category) => category.name), teiIds.category),
    ...taxonomy('tags', 'Tags of the annotations', tags, teiIds.tag),
  ];
  return taxonomies.length === 0 ? [] : [el('classDecl', {}, taxonomies)];
}

/** The document as the archive describes it: title, date, holding archive, publisher, record id, URL, citation. */
function bibl(document: ExportDocument): MarkupElement {
  const meta = document.meta;
  return el(
    'bibl',
    {},
    textEl('title', {}, document.title),
    ...(meta.date || meta.dateText ? [textEl('date', { when: teiWhen(meta.date) }, meta.dateText ?? meta.date ?? '')] : []),
    ...(meta.archive ? [textEl('orgName', { role: 'archive' }, meta.archive)] : []),
    ...(meta.collection ? [textEl('publisher', {}, meta.collection)] : []),
    ...(meta.recordId ? [textEl('idno', { type: 'record' }, meta.recordId)] : []),
    ...(meta.sourceUrl ? [textEl('ref', { target: meta.sourceUrl }, meta.sourceUrl)] : []),
    ...(document.citation ? [textEl('note', { type: 'citation' }, document.citation)] : []),
  );
}

/** A person: preferred name, aliases typed by kind, life dates, description, authority URIs. */
function person(entry: Person): MarkupElement {
  const lifeDates = entry.lifeDates ? lifeSpan(entry.lifeDates) : [];
  return el(
    'person',
    { 'xml:id': teiIds.person(entry.id) },
    textEl('persName', { type: 'preferred' }, entry.preferredName),
    ...entry.aliases.map((alias) => textEl('persName', { type: NAME_TYPES[alias.kind] }, alias.name)),
    ...lifeDates,
    ...entry.authorities.map((uri) => textEl('idno', { type: 'URI' }, uri)),
    ...(entry.description ? [textEl('note', {}, entry.description)] : []),
  );
}

/** "1878–1953" as birth and death with machine-readable years; anything else as a note, as written. */
function lifeSpan(text: string): MarkupElement[] {
  const years = /^(\d{4})\s*[–-]\s*(\d{4})$/u.exec(text.trim());
  if (!years?.[1] || !years[2]) return [textEl('note', { type: 'lifeDates' }, text)];
  return [textEl('birth', { when: years[1] }, years[1]), textEl('death', { when: years[2] }, years[2])];
}
