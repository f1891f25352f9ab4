/**
 * Notes as TEI P5 XML, valid against tei_all, made to be read by TEI tools: the header (tei-header.ts),
 * each document's transcriptions as text (tei-text.ts) with every annotation as a note where its
 * passage ends (tei-notes.ts) and the apparatus inline in the first transcription (tei-apparatus.ts),
 * and a standOff keeping what a reader of the text does not need: motivations and times.
 */
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { ExportBundle } from './bundle.js';
import { joined } from './chunks.js';
import { deferred, el, markupChunks, textEl, writtenBlockEl, writtenEl, type MarkupElement, type WrittenElement } from './markup.js';
import { documentView, namesOf, type DocumentView, type Names } from './passages.js';
import { apparatusOf } from './tei-apparatus.js';
import { teiHeader, teiWhen } from './tei-header.js';
import { teiIds } from './tei-ids.js';
import { annotationNotes, type AnnotationNote } from './tei-notes.js';
import { witnessDiv } from './tei-text.js';
import { teiVocabulary, type TeiVocabulary } from './tei-vocabulary.js';

/**
 * The bundle as one TEI document. Each document is a `<div>` with its title as heading and its notes
 * on the whole document (and orphans whose transcription the bundle lacks) under it, then a `<div>`
 * for each transcription shown: those annotated, and the apparatus's base.
 */
export function toTei(bundle: ExportBundle): string {
  return joined(teiChunks(bundle));
}

/** The TEI document of toTei in chunks, for writing to a file as it is made. */
export function* teiChunks(bundle: ExportBundle): Generator<string, void, undefined> {
  const vocabulary = teiVocabulary(bundle);
  const names = namesOf(bundle);
  const note = annotationNotes({ names, vocabulary });
  const views = bundle.documents.map(documentView);
  const divs = views.map((view) => documentDiv(view, note, names));
  // Deferred: made as they are written, so that a hundred thousand are never held at once.
  const annotations = views.flatMap((view) => [
    ...view.notes.map((entry) => deferred((indent) => standOffAnnotation(entry, `#${teiIds.document(view.document.id)}`, vocabulary, indent))),
    ...view.passages.map(({ annotation }) =>
      deferred((indent) => {
        const range = `#range(//anchor[@xml:id='${teiIds.anchorStart(annotation.id)}'],//anchor[@xml:id='${teiIds.anchorEnd(annotation.id)}'])`;
        return standOffAnnotation(annotation, range, vocabulary, indent);
      }),
    ),
    ...view.orphans.map((orphan) => deferred((indent) => standOffAnnotation(orphan.annotation, `#${orphanTarget(view, orphan.witness?.id)}`, vocabulary, indent))),
  ]);
  const body = divs.length > 0 ? divs : [textEl('p', {}, 'No documents.')];
  const tei = el(
    'TEI',
    { xmlns: 'http://www.tei-c.org/ns/1.0' },
    teiHeader(bundle, vocabulary),
    el('text', {}, el('body', {}, ...body)),
    ...(annotations.length > 0 ? [el('standOff', {}, el('listAnnotation', {}, annotations))] : []),
  );
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield* markupChunks(tei, 'xml');
  yield '\n';
}

/** What an orphan's note points at: its transcription's div, or the document's when the bundle lacks the transcription. */
function orphanTarget(view: DocumentView, witnessId: string | undefined): string {
  return witnessId === undefined ? teiIds.document(view.document.id) : teiIds.witness(witnessId);
}

function documentDiv(view: DocumentView, note: AnnotationNote, names: Names): MarkupElement {
  const { document } = view;
  const documentTarget = { target: `#${teiIds.document(document.id)}` };
  const apparatus = apparatusOf(document);
  const shown = document.witnesses.filter((witness) => view.shown.includes(witness) || witness === apparatus?.base);
  const witnesses = shown.map((witness) =>
    witnessDiv(
      witness,
      {
        passages: view.passages.filter((passage) => passage.witness === witness),
        noteOf: (passage) => {
          const { id } = passage.annotation;
          return note(passage.annotation, { target: `#${teiIds.anchorStart(id)}`, targetEnd: `#${teiIds.anchorEnd(id)}` });
        },
        headNotes: view.orphans
          .filter((orphan) => orphan.witness === witness)
          .map((orphan) => note(orphan.annotation, { target: `#${teiIds.witness(witness.id)}` }, orphan.quote)),
        apparatus: witness === apparatus?.base ? apparatus.pieces : [],
      },
      names,
    ),
  );
  const notes = [
    ...view.notes.map((entry) => note(entry, documentTarget)),
    ...view.orphans.filter((orphan) => orphan.witness === undefined).map((orphan) => note(orphan.annotation, documentTarget, orphan.quote)),
  ];
  return el('div', { type: 'document', 'xml:id': teiIds.document(document.id) }, textEl('head', {}, document.title), ...notes, ...witnesses);
}

/**
 * An annotation in `standOff/listAnnotation`, as the W3C model has it: its target (a range between its
 * anchors, a document or a transcription), motivation, annotator (`@resp`) and times; its body is its
 * note in the text. Written out at once to stand at `indent`.
 */
function standOffAnnotation(entry: AnchoredAnnotation, target: string, vocabulary: TeiVocabulary, indent: string): WrittenElement {
  return writtenBlockEl(
    'xml',
    indent,
    'annotation',
    { 'xml:id': teiIds.annotation(entry.id), target, motivation: entry.motivation, resp: vocabulary.creator(entry.creator) },
    writtenBlockEl(
      'xml',
      `${indent}  `,
      'revisionDesc',
      {},
      writtenEl('xml', 'change', { when: teiWhen(entry.created), type: 'created' }, 'created'),
      writtenEl('xml', 'change', { when: teiWhen(entry.modified), type: 'modified' }, 'last modified'),
    ),
    writtenEl('xml', 'ptr', { target: `#${teiIds.note(entry.id)}` }),
  );
}
