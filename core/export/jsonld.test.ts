import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec.js';
import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../annotation/model.js';
import type { ExportBundle, ExportDocument } from './bundle.js';
import { toJsonLd } from './jsonld.js';
import { IDS, MOLOTOV_ID, STALIN_ID, TELEGRAM_SEED, telegramBundle, WITNESS_ID } from './testing/telegram-bundle.js';
import { ANNO_CONTEXT_URL } from './web-annotation.js';

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const SOURCE = 'http://digitalarchive.wilsoncenter.org/document/115976';
const SHIPPED_CONTEXT: unknown = JSON.parse(readFileSync(new URL('../../assets/anno.jsonld', import.meta.url), 'utf8'));

/** Serves the shipped W3C context and refuses every other URL: nothing is fetched. */
async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url === ANNO_CONTEXT_URL) return { documentUrl: url, document: SHIPPED_CONTEXT as RemoteDocument['document'] };
  throw new Error(`refused to fetch ${url}`);
}

/** An expanded JSON-LD node: IRIs to lists of values. */
type Expanded = Record<string, unknown>;

async function expand(text: string): Promise<Expanded[]> {
  const result: unknown = await jsonld.expand(JSON.parse(text) as object, { documentLoader });
  return nodes(result);
}

function nodes(value: unknown): Expanded[] {
  return Array.isArray(value) ? value.filter((item): item is Expanded => typeof item === 'object' && item !== null) : [];
}

/** The values of one property of a node. */
function values(node: Expanded | undefined, iri: string): Expanded[] {
  return nodes(node?.[iri]);
}

/** The one value of a property, as @id or @value. */
function one(node: Expanded | undefined, iri: string): unknown {
  const [first] = values(node, iri);
  return first?.['@id'] ?? first?.['@value'];
}

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const text = toJsonLd(bundle);
const telegram: ExportDocument = bundle.documents[0] ?? missing('the fixture has a document');

function missing(what: string): never {
  throw new Error(what);
}

/** The bundle with its one document changed. */
function withDocument(changes: Partial<ExportDocument>): ExportBundle {
  return { ...bundle, documents: [{ ...telegram, ...changes }] };
}

describe('the JSON-LD export, expanded by a JSON-LD processor with the shipped W3C context', () => {
  it('is an AnnotationCollection whose first page lists every annotation in order', async () => {
    const [collection] = await expand(text);
    expect(collection?.['@type']).toEqual([`${AS}OrderedCollection`]);
    expect(one(collection, `${AS}totalItems`)).toBe(7);
    const [page] = values(collection, `${AS}first`);
    expect(page?.['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    const [list] = values(page, `${AS}items`);
    const items = nodes(list?.['@list']);
    expect(items.map((item) => item['@id'])).toEqual(
      [IDS.documentNote, IDS.stalin, IDS.agreement, IDS.transliteration, IDS.condition, IDS.molotov, IDS.orphan].map((id) => `urn:uuid:${id}`),
    );
    expect(items.every((item) => JSON.stringify(item['@type']) === JSON.stringify([`${OA}Annotation`]))).toBe(true);
  });

  it('expands targets to oa:hasTarget, oa:hasSource and oa:hasSelector with exact, prefix, suffix, start and end, and keeps the witness', async () => {
    const annotation = await annotationNamed(IDS.stalin);
    const [target] = values(annotation, `${OA}hasTarget`);
    expect(one(target, `${OA}hasSource`)).toBe(SOURCE);
    expect(one(target, 'urn:carrel:vocab#witness')).toBe(`urn:carrel:witness:${WITNESS_ID}`);
    const selectors = values(target, `${OA}hasSelector`);
    const quote = selectors.find((selector) => JSON.stringify(selector['@type']) === JSON.stringify([`${OA}TextQuoteSelector`]));
    const position = selectors.find((selector) => JSON.stringify(selector['@type']) === JSON.stringify([`${OA}TextPositionSelector`]));
    expect(one(quote, `${OA}exact`)).toBe('Filippov [Stalin]');
    expect(one(quote, `${OA}prefix`)).toBe('sation with the Korean comrades ');
    expect(one(quote, `${OA}suffix`)).toBe(' and his friends expressed the o');
    expect(one(position, `${OA}start`)).toBe(1365);
    expect(one(position, `${OA}end`)).toBe(1382);
  });

  it('expands motivation, purposes, note, tags, category, person, creator and times to their W3C IRIs', async () => {
    const annotation = await annotationNamed(IDS.stalin);
    expect(one(annotation, `${OA}motivatedBy`)).toBe(`${OA}identifying`);
    expect(values(annotation, 'http://purl.org/dc/terms/created')[0]).toEqual({
      '@type': 'http://www.w3.org/2001/XMLSchema#dateTime',
      '@value': '2026-11-21T14:30:00.000Z',
    });
    const [creator] = values(annotation, 'http://purl.org/dc/terms/creator');
    expect(one(creator, 'http://xmlns.com/foaf/0.1/name')).toBe('Mira Kovalenko');
    const bodies = values(annotation, `${OA}hasBody`);
    const byPurpose = (purpose: string) => bodies.filter((body) => one(body, `${OA}hasPurpose`) === `${OA}${purpose}`);
    expect(byPurpose('commenting').map((body) => one(body, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value'))).toEqual([
      'Stalin signs as **Filippov**, his code-name in the 1950 cables.',
    ]);
    expect(byPurpose('tagging').map((body) => one(body, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value'))).toEqual(['code-names']);
    const [category] = byPurpose('classifying');
    // Not the body's @id: a body with an id and a purpose would be a web resource to the W3C suite.
    expect(category?.['@id']).toBeUndefined();
    expect(one(category, 'urn:carrel:vocab#category')).toBe('urn:carrel:category:evidence');
    expect(one(category, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value')).toBe('Evidence');
    const [person] = byPurpose('identifying');
    expect(one(person, `${OA}hasSource`)).toBe('http://www.wikidata.org/entity/Q855');
    expect(one(person, 'http://www.w3.org/2000/01/rdf-schema#label')).toBe('Joseph Stalin');
    expect(one(person, 'urn:carrel:vocab#person')).toBe(`urn:uuid:${STALIN_ID}`);
  });

  it('names a person without an authority by urn:uuid', async () => {
    const annotation = await annotationNamed(IDS.molotov);
    const person = values(annotation, `${OA}hasBody`).find((body) => one(body, `${OA}hasPurpose`) === `${OA}identifying`);
    expect(one(person, `${OA}hasSource`)).toBe(`urn:uuid:${MOLOTOV_ID}`);
  });

  it('targets a document note at the document source itself', async () => {
    const [target] = values(await annotationNamed(IDS.documentNote), `${OA}hasTarget`);
    expect(target).toEqual({ '@id': SOURCE });
  });

  it.each([undefined, 'Archive of the President, fond 45'])('falls back to Carrel URNs for a document whose source is %s, not a web address', async (sourceUrl) => {
    const [collection] = await expand(toJsonLd(withDocument({ meta: { ...telegram.meta, sourceUrl } })));
    const [page] = values(collection, `${AS}first`);
    const targets = nodes(values(page, `${AS}items`)[0]?.['@list']).map((item) => values(item, `${OA}hasTarget`)[0]);
    expect(targets[0]?.['@id']).toBe(`urn:carrel:document:${telegram.id}`);
    expect(targets.slice(1).every((target) => one(target, `${OA}hasSource`) === `urn:carrel:witness:${WITNESS_ID}`)).toBe(true);
  });

  it('is expanded without fetching anything: any other context URL is refused', async () => {
    await expect(jsonld.expand({ '@context': 'https://example.org/context.jsonld', name: 'x' }, { documentLoader })).rejects.toThrow();
  });
});

async function annotationNamed(id: string): Promise<Expanded | undefined> {
  const [collection] = await expand(text);
  const [page] = values(collection, `${AS}first`);
  return nodes(values(page, `${AS}items`)[0]?.['@list']).find((item) => item['@id'] === `urn:uuid:${id}`);
}

/** A node of the export as written (compacted), not expanded. */
type Written = Record<string, unknown> & { body: Written[]; target: Written & { selector: Written[] } };

/** The annotations of an export, as written. */
function written(exported: ExportBundle): Written[] {
  return (JSON.parse(toJsonLd(exported)) as { first: { items: Written[] } }).first.items;
}

/** An annotation whose stored position and anchor are `by` UTF-16 units further on. */
function shifted(annotation: AnchoredAnnotation, by: number): AnchoredAnnotation {
  const { target, anchor } = annotation;
  return {
    ...annotation,
    ...(target && { target: { ...target, position: { ...target.position, start: target.position.start + by, end: target.position.end + by } } }),
    anchor: anchor.status === 'anchored' ? { ...anchor, start: anchor.start + by, end: anchor.end + by } : anchor,
  };
}

describe('the JSON-LD export, as written', () => {
  it('counts positions in code points, as the W3C model does, after a Gothic letter and an emoji', () => {
    const witness = telegram.witnesses[0] ?? missing('the fixture has a witness');
    const before = '𐌰😀 '; // 5 UTF-16 units, 3 code points
    const astral = withDocument({
      witnesses: [{ ...witness, text: before + witness.text }],
      annotations: telegram.annotations.map((annotation) => shifted(annotation, before.length)),
    });
    const characters = [...before + witness.text];
    const passages = written(astral).filter((item) => item.id !== `urn:uuid:${IDS.orphan}` && item.id !== `urn:uuid:${IDS.documentNote}`);
    expect(passages).toHaveLength(5);
    for (const { target } of passages) {
      const [quote, position] = target.selector;
      expect(characters.slice(Number(position?.start), Number(position?.end)).join('')).toBe(quote?.exact);
    }
    const stalin = passages.find((item) => item.id === `urn:uuid:${IDS.stalin}`);
    expect(stalin?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 1365 + 3, end: 1382 + 3 });
  });

  it('gives every textual body a format: Markdown for the note, plain text for tags and the category', () => {
    const bodies = written(bundle).flatMap((item) => item.body.filter((body) => body.type === 'TextualBody'));
    expect(new Set(bodies.map((body) => `${String(body.purpose)} ${String(body.format)}`))).toEqual(
      new Set(['commenting text/markdown', 'tagging text/plain', 'classifying text/plain']),
    );
  });

  it('writes a creator known by an address as the agent’s id, one known by name as its name', () => {
    const hypothesis = written(withDocument({ annotations: telegram.annotations.map((annotation) => ({ ...annotation, creator: 'acct:kim@hypothes.is' })) }));
    expect(hypothesis[0]?.creator).toEqual({ id: 'acct:kim@hypothes.is', type: 'Person' });
    expect(written(bundle)[0]?.creator).toEqual({ type: 'Person', name: 'Mira Kovalenko' });
  });

  it('gives each annotation the export’s generator, so that one taken out of the file still says what wrote it', () => {
    for (const item of written(bundle)) expect(item.generator).toEqual({ type: 'Software', name: 'Carrel 0.1.0' });
  });

  it('embeds its page with an id, as part of the collection, which names it as its last page too', () => {
    const collection = JSON.parse(text) as { id: string; last: string; first: { id: string; partOf: string } };
    expect(collection.first.id).toBe('urn:carrel:export:2026-11-23T09:00:00.000Z:page:1');
    expect(collection.first.partOf).toBe(collection.id);
    expect(collection.last).toBe(collection.first.id);
  });

  it('writes a web address with letters outside ASCII as a URI', () => {
    const [item] = written(withDocument({ meta: { ...telegram.meta, sourceUrl: 'https://ru.wikisource.org/wiki/Телеграмма' } }));
    expect(item?.target).toBe('https://ru.wikisource.org/wiki/%D0%A2%D0%B5%D0%BB%D0%B5%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0');
  });

  it('names a person by Wikidata’s entity URI whenever the registry holds a Wikidata link, before other authorities', () => {
    const people = bundle.people.map((person) => (person.id === STALIN_ID ? { ...person, authorities: ['https://viaf.org/viaf/101787139', 'wd:Q855'] } : person));
    const stalin = written({ ...bundle, people }).find((item) => item.id === `urn:uuid:${IDS.stalin}`);
    expect(stalin?.body.find((body) => body.purpose === 'identifying')?.source).toBe('http://www.wikidata.org/entity/Q855');
  });
});
