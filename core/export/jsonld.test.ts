import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec.js';
import { describe, expect, it } from 'vitest';
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
    expect(category?.['@id']).toBe('urn:carrel:category:evidence');
    expect(one(category, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value')).toBe('Evidence');
    const [person] = byPurpose('identifying');
    expect(one(person, `${OA}hasSource`)).toBe('https://www.wikidata.org/wiki/Q855');
    expect(one(person, 'http://www.w3.org/2000/01/rdf-schema#label')).toBe('Joseph Stalin');
    expect(one(person, 'urn:carrel:vocab#person')).toBe(`urn:uuid:${STALIN_ID}`);
  });

  it('names a person without an authority by urn:uuid', async () => {
    const annotation = await annotationNamed(IDS.molotov);
    const person = values(annotation, `${OA}hasBody`).find((body) => one(body, `${OA}hasPurpose`) === `${OA}identifying`);
    expect(one(person, `${OA}hasSource`)).toBe(`urn:uuid:${MOLOTOV_ID}`);
  });

  it('targets a document note at the document source, without selectors', async () => {
    const [target] = values(await annotationNamed(IDS.documentNote), `${OA}hasTarget`);
    expect(one(target, `${OA}hasSource`)).toBe(SOURCE);
    expect(values(target, `${OA}hasSelector`)).toEqual([]);
  });

  it('falls back to Carrel URNs for a document without a source URL', async () => {
    const [document] = bundle.documents;
    if (!document) throw new Error('the fixture has a document');
    const local = { ...bundle, documents: [{ ...document, meta: { ...document.meta, sourceUrl: undefined } }] };
    const [collection] = await expand(toJsonLd(local));
    const [page] = values(collection, `${AS}first`);
    const items = nodes(values(page, `${AS}items`)[0]?.['@list']);
    const sources = items.map((item) => one(values(item, `${OA}hasTarget`)[0], `${OA}hasSource`));
    expect(sources[0]).toBe(`urn:carrel:document:${document.id}`);
    expect(sources.slice(1).every((source) => source === `urn:carrel:witness:${WITNESS_ID}`)).toBe(true);
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
