/**
 * Notes as TEI P5 XML, valid against tei_all: the header (tei-header.ts), each document's witnesses as
 * text with anchors and persName (tei-text.ts), and every annotation as stand-off, so overlaps are free.
 */
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { ExportBundle } from './bundle.js';
import { el, serialize, textEl, type MarkupElement, type MarkupNode } from './markup.js';
import { documentView, namesOf, type Names } from './passages.js';
import { teiListApps } from './tei-apparatus.js';
import { teiHeader, teiWhen } from './tei-header.js';
import { teiIds } from './tei-ids.js';
import { witnessDiv } from './tei-text.js';

/**
 * The bundle as one TEI document. Every annotation is an `<annotation>` in `standOff/listAnnotation`:
 * a passage targets `#range(start anchor, end anchor)`; a document note the document's div; an orphan its
 * witness's div, with its stored quote in `<note type="quote">`. The note, tags (`<term>`s), colour
 * and times go inside; the creator is `@resp`, pointing at a respStmt in the header. A document with
 * two or more transcriptions adds its apparatus (tei-apparatus.ts) to the standOff.
 */
export function toTei(bundle: ExportBundle): string {
  const names = namesOf(bundle);
  const creators = [...new Set(bundle.documents.flatMap((document) => document.annotations.map((annotation) => annotation.creator.trim())))].filter(
    (creator) => creator !== '',
  );
  const views = bundle.documents.map(documentView);
  const divs = views.map((view) => {
    const witnesses = view.shown.map((witness) =>
      witnessDiv(witness, view.passages.filter((passage) => passage.witness === witness), names),
    );
    return el('div', { type: 'document', 'xml:id': teiIds.document(view.document.id) }, textEl('head', {}, view.document.title), ...witnesses);
  });
  const annotations = views.flatMap((view) => [
    ...view.notes.map((note) => annotation(note, `#${teiIds.document(view.document.id)}`, names, creators)),
    ...view.passages.map((passage) => {
      const id = passage.annotation.id;
      const range = `#range(//anchor[@xml:id='${teiIds.anchorStart(id)}'],//anchor[@xml:id='${teiIds.anchorEnd(id)}'])`;
      return annotation(passage.annotation, range, names, creators);
    }),
    ...view.orphans.map((orphan) => {
      const target = orphan.witness ? teiIds.witness(orphan.witness.id) : teiIds.document(view.document.id);
      return annotation(orphan.annotation, `#${target}`, names, creators, [textEl('note', { type: 'quote' }, orphan.quote)]);
    }),
  ]);
  const body = divs.length > 0 ? divs : [textEl('p', {}, 'No documents.')];
  const standOff = [...(annotations.length > 0 ? [el('listAnnotation', {}, annotations)] : []), ...teiListApps(bundle.documents)];
  const tei = el(
    'TEI',
    { xmlns: 'http://www.tei-c.org/ns/1.0' },
    teiHeader(bundle, creators),
    el('text', {}, el('body', {}, ...body)),
    ...(standOff.length > 0 ? [el('standOff', {}, standOff)] : []),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(tei, 'xml')}\n`;
}

function annotation(entry: AnchoredAnnotation, target: string, names: Names, creators: readonly string[], extra: MarkupNode[] = []): MarkupElement {
  const creator = creators.indexOf(entry.creator.trim());
  const people = names.people(entry.people);
  return el(
    'annotation',
    {
      'xml:id': teiIds.annotation(entry.id),
      target,
      motivation: entry.motivation,
      resp: creator >= 0 ? `#${teiIds.creator(creator)}` : undefined,
    },
    el(
      'revisionDesc',
      {},
      textEl('change', { when: teiWhen(entry.created), type: 'created' }, 'created'),
      textEl('change', { when: teiWhen(entry.modified), type: 'modified' }, 'last modified'),
    ),
    ...extra,
    ...(entry.note === '' ? [] : [textEl('note', { type: 'comment' }, entry.note)]),
    ...(entry.tags.length > 0 ? [textEl('note', { type: 'tags' }, ...entry.tags.map((tag) => textEl('term', {}, tag)))] : []),
    textEl('note', { type: 'category' }, names.categoryName(entry.category)),
    ...people.map((person) => textEl('ref', { type: 'person', target: `#${teiIds.person(person.id)}` }, person.preferredName)),
  );
}
