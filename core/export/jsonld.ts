/**
 * Notes as a W3C Web Annotation `AnnotationCollection` (JSON-LD, compacted with the W3C context). The
 * stored annotation is already in the model's shape, so this is a projection; the importer
 * (core/import/jsonld.ts) reads every field back.
 */
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { Person } from '../people/model.js';
import type { ExportBundle, ExportDocument } from './bundle.js';
import { documentView, namesOf, type Names } from './passages.js';
import { annotationUrn, carrelUrn, EXPORT_CONTEXT, PERSON_KEY, personUrn, WITNESS_KEY } from './web-annotation.js';

type Json = string | number | boolean | null | readonly Json[] | JsonObject;
type JsonObject = { readonly [key: string]: Json };

/**
 * The bundle as one collection whose first (and only) page embeds every annotation: W3C §5 allows the
 * page inline, and a JSON-LD processor expands `first.items` as an ordered list. Per annotation:
 * - the note is a `TextualBody` (text/markdown, purpose commenting); each tag one with purpose tagging;
 * - the colour category one with purpose classifying, its name the value and `urn:carrel:category:<id>` its id;
 * - each person a `SpecificResource` with purpose identifying: `source` the first authority URI (or
 *   `urn:uuid:<person id>`), `label` the preferred name, `carrel:person` the person's id;
 * - the target's `source` is the document's source URL (else `urn:carrel:witness:<id>`), with the stored
 *   TextQuote and TextPosition selectors and the witness in `carrel:witness`; a document note targets
 *   the source URL (else `urn:carrel:document:<id>`) without selectors.
 */
export function toJsonLd(bundle: ExportBundle): string {
  const names = namesOf(bundle);
  const items = bundle.documents.flatMap((document) => {
    const view = documentView(document);
    const annotations = [...view.notes, ...view.passages.map((passage) => passage.annotation), ...view.orphans.map((orphan) => orphan.annotation)];
    return annotations.map((annotation) => annotationNode(annotation, document, names));
  });
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  const collection: JsonObject = {
    '@context': EXPORT_CONTEXT,
    id: `urn:carrel:export:${bundle.generated}`,
    type: 'AnnotationCollection',
    label: single ? `Notes on “${single.title}”` : `Carrel notes on ${bundle.documents.length} documents`,
    total: items.length,
    generator: { type: 'Software', name: bundle.generator },
    generated: bundle.generated,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function annotationNode(annotation: AnchoredAnnotation, document: ExportDocument, names: Names): JsonObject {
  const bodies = [
    ...(annotation.note === '' ? [] : [{ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' }]),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
    {
      id: carrelUrn('category', annotation.category),
      type: 'TextualBody',
      value: names.categoryName(annotation.category),
      purpose: 'classifying',
    },
    ...names.people(annotation.people).map(personBody),
  ];
  return {
    id: annotationUrn(annotation.id),
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    ...(annotation.creator.trim() === '' ? {} : { creator: { type: 'Person', name: annotation.creator } }),
    body: bodies,
    target: target(annotation, document),
  };
}

function personBody(person: Person): JsonObject {
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: person.authorities[0] ?? personUrn(person.id),
    label: person.preferredName,
    [PERSON_KEY]: personUrn(person.id),
  };
}

function target(annotation: AnchoredAnnotation, document: ExportDocument): Json {
  const sourceUrl = document.meta.sourceUrl?.trim();
  const stored = annotation.target;
  if (!stored) return { type: 'SpecificResource', source: sourceUrl || carrelUrn('document', document.id) };
  const { quote, position } = stored;
  return {
    type: 'SpecificResource',
    source: sourceUrl || carrelUrn('witness', stored.witnessId),
    [WITNESS_KEY]: carrelUrn('witness', stored.witnessId),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
