/**
 * Notes as a W3C Web Annotation `AnnotationCollection` (JSON-LD, compacted with the W3C context). The
 * stored annotation is already in the model's shape, so this is a projection; the importer
 * (core/import/jsonld.ts) reads every field back. The output meets every MUST of the W3C test suite
 * (core/export/w3c-suite.test.ts runs it).
 */
import { offsetConverter, type OffsetConverter } from '../annotation/code-points.js';
import type { AnchoredAnnotation, LinkedEntity } from '../annotation/model.js';
import type { Person } from '../people/model.js';
import type { ExportBundle } from './bundle.js';
import { batches, joined } from './chunks.js';
import { documentView, namesOf, type Names } from './passages.js';
import {
  annotationUrn,
  CATEGORY_KEY,
  carrelUrn,
  EXPORT_CONTEXT,
  PERSON_KEY,
  personUrn,
  WITNESS_KEY,
  wikidataEntity,
} from './web-annotation.js';


type Json = string | number | boolean | null | readonly Json[] | JsonObject;
type JsonObject = { readonly [key: string]: Json };

/** What every annotation of one export shares: the software that wrote it, and lookups over the bundle. */
interface Context {
  names: Names;
  generator: JsonObject;
}

/** What the targets of one document's annotations are worked out from, once per document. */
interface DocumentPlace {
  documentId: string;
  /** Its source when that is a web address. */
  address: string | undefined;
  /** An offset converter per witness, over its text. */
  converters: ReadonlyMap<string, OffsetConverter>;
}

/**
 * The bundle as one collection whose first (and only) page embeds every annotation: W3C §5 allows the
 * page inline, and a JSON-LD processor expands `first.items` as an ordered list. Per annotation:
 * - the note is a `TextualBody` (text/markdown, purpose commenting); each tag one (text/plain) with
 *   purpose tagging;
 * - the colour category one (text/plain) with purpose classifying, its name the value and
 *   `urn:carrel:category:<id>` in `carrel:category`;
 * - each person a `SpecificResource` with purpose identifying: `source` the person's Wikidata entity
 *   URI, else the first authority URI, else `urn:uuid:<person id>`; `label` the preferred name,
 *   `carrel:person` the person's id;
 * - the target's `source` is the document's web address (else `urn:carrel:witness:<id>`), with the
 *   stored TextQuote and TextPosition selectors and the witness in `carrel:witness`; a document note
 *   targets the web address (else `urn:carrel:document:<id>`) itself;
 * - the export's `generator`, so that an annotation taken out of the file still says what wrote it (not
 *   the export's time: the same annotation is the same JSON in every export).
 */
export function toJsonLd(bundle: ExportBundle): string {
  return joined(jsonLdChunks(bundle));
}

/** Where the items of the page stand: inside `first`, inside the collection. */
const ITEMS_INDENT = '    ';
/** Around the items of `{ first: { items } }` written with an indent of two: the items stand as in the collection. */
const PAGE_OPENING = '{\n  "first": {\n    "items": [\n';
const PAGE_CLOSING = `\n${ITEMS_INDENT}]\n  }\n}`;

/**
 * The collection of toJsonLd in chunks, for writing to a file as it is made: each annotation's node is
 * made and written in turn, never all held at once.
 */
export function* jsonLdChunks(bundle: ExportBundle): Generator<string, void, undefined> {
  const generator: JsonObject = { type: 'Software', name: bundle.generator };
  const context: Context = { names: namesOf(bundle), generator };
  const entries = bundle.documents.flatMap((document) => {
    const view = documentView(document);
    const annotations = [...view.notes, ...view.passages.map((passage) => passage.annotation), ...view.orphans.map((orphan) => orphan.annotation)];
    const place: DocumentPlace = {
      documentId: document.id,
      address: webAddress(document.meta.sourceUrl),
      converters: new Map(document.witnesses.map((witness) => [witness.id, offsetConverter(witness.text)])),
    };
    return annotations.map((annotation) => ({ annotation, place }));
  });
  const single = bundle.documents.length === 1 ? bundle.documents[0] : undefined;
  const id = `urn:carrel:export:${bundle.generated}`;
  const pageId = `${id}:page:1`;
  const collection: JsonObject = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: single ? `Notes on “${single.title}”` : `Carrel notes on ${bundle.documents.length} documents`,
    total: entries.length,
    generator,
    generated: bundle.generated,
    last: pageId,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items: [] },
  };
  // The collection is written with its items empty, and they go where its "[]" stands: the last one,
  // since the items are the page's last member and the page the collection's.
  const shell = JSON.stringify(collection, null, 2);
  const at = shell.lastIndexOf('[]');
  if (entries.length === 0) {
    yield `${shell}\n`;
    return;
  }
  // Each node made and written in turn, never all held at once.
  const nodes = function* () {
    for (const { annotation, place } of entries) yield annotationNode(annotation, place, context);
  };
  yield `${shell.slice(0, at)}[\n`;
  let first = true;
  for (const batch of batches(nodes())) {
    // Written at the depth the items stand in the collection, so that they come out indented as the
    // whole would be, with no rewriting: the text between the brackets is kept.
    const page = JSON.stringify({ first: { items: batch } }, null, 2);
    yield `${first ? '' : ',\n'}${page.slice(PAGE_OPENING.length, page.length - PAGE_CLOSING.length)}`;
    first = false;
  }
  yield `\n${ITEMS_INDENT}]${shell.slice(at + 2)}\n`;
}

function annotationNode(annotation: AnchoredAnnotation, place: DocumentPlace, context: Context): JsonObject {
  const { names } = context;
  const bodies = [
    ...(annotation.note === '' ? [] : [{ type: 'TextualBody', value: annotation.note, format: 'text/markdown', purpose: 'commenting' }]),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody', value: tag, format: 'text/plain', purpose: 'tagging' })),
    {
      type: 'TextualBody',
      value: names.categoryName(annotation.category),
      format: 'text/plain',
      purpose: 'classifying',
      [CATEGORY_KEY]: carrelUrn('category', annotation.category),
    },
    ...names.people(annotation.people).map(personBody),
    ...(annotation.entities ?? []).map(entityBody),
  ];
  return {
    id: annotationUrn(annotation.id),
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.created,
    modified: annotation.modified,
    ...(annotation.creator.trim() === '' ? {} : { creator: creatorAgent(annotation.creator.trim()) }),
    generator: context.generator,
    body: bodies,
    target: target(annotation, place),
  };
}

/**
 * The creator as a W3C Agent. Carrel keeps a creator as one string: an address (`acct:kim@hypothes.is`,
 * as Hypothesis names its users, or a web page) is the agent's id; anything else is a name.
 */
function creatorAgent(creator: string): JsonObject {
  return /^(?:acct:\S+@|https?:\/\/)\S+$/u.test(creator) ? { id: creator, type: 'Person' } : { type: 'Person', name: creator };
}

function personBody(person: Person): JsonObject {
  const entity = person.authorities.map(wikidataEntity).find((uri) => uri !== undefined);
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: entity ?? person.authorities[0] ?? personUrn(person.id),
    label: person.preferredName,
    [PERSON_KEY]: personUrn(person.id),
  };
}

/** A place or other thing an imported note identified, written back as it came: its link and its label. */
function entityBody(entity: LinkedEntity): JsonObject {
  return { type: 'SpecificResource', purpose: 'identifying', source: entity.uri, ...(entity.label === undefined ? {} : { label: entity.label }) };
}

/**
 * A passage's target, its position in code points as the W3C model counts them (Carrel counts UTF-16
 * units), converted against the witness's text; or, for a document note, the document itself.
 */
function target(annotation: AnchoredAnnotation, { documentId, address, converters }: DocumentPlace): Json {
  const stored = annotation.target;
  if (!stored) return address ?? carrelUrn('document', documentId);
  const { quote, position } = stored;
  // A witness the bundle lacks has no text to convert against: its offsets are kept as stored.
  const converter = converters.get(stored.witnessId) ?? offsetConverter('');
  return {
    type: 'SpecificResource',
    source: address ?? carrelUrn('witness', stored.witnessId),
    [WITNESS_KEY]: carrelUrn('witness', stored.witnessId),
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: converter.toCodePoints(position.start), end: converter.toCodePoints(position.end) },
    ],
  };
}

/**
 * The document's source as a URI (serialised as a URL parser writes it: a non-ASCII path or host
 * encoded), or undefined when the source is not an address: the model needs an IRI there.
 */
function webAddress(sourceUrl: string | undefined): string | undefined {
  const trimmed = sourceUrl?.trim();
  return trimmed && URL.canParse(trimmed) ? new URL(trimmed).href : undefined;
}
