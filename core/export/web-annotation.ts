/**
 * The names Carrel's JSON-LD uses beyond the W3C vocabulary, shared by the exporter and the importer so
 * that what one writes the other reads: the context, the extension keys, the URNs for things that have
 * no web address (an annotation, a witness, a document, a category, a person without an authority), and
 * the form authority links are written in.
 */
import { canonicalAuthority } from '../people/authority.js';

/** The W3C Web Annotation context. Shipped in assets/anno.jsonld; a processor must never fetch it. */
export const ANNO_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';

/** Carrel's own terms live under this URN, so that they expand to IRIs rather than being dropped. */
export const CARREL_VOCAB = 'urn:carrel:vocab#';

/** Key on a target: the witness (transcription) the selectors count in. */
export const WITNESS_KEY = 'carrel:witness';
/** Key on an identifying body: the person's id in Carrel, beside the authority URI in `source`. */
export const PERSON_KEY = 'carrel:person';
/**
 * Key on a classifying body: the colour category's URN, which survives a renamed category. Not the
 * body's `id`: a body with an id and a purpose reads, to the W3C suite, as a web resource with a purpose.
 */
export const CATEGORY_KEY = 'carrel:category';

/**
 * The `@context` of an export: the W3C context, then Carrel's prefix and its link-valued terms (typed
 * `@id`, so a JSON-LD processor reads their values as IRIs, not strings).
 */
export const EXPORT_CONTEXT = [
  ANNO_CONTEXT_URL,
  { carrel: CARREL_VOCAB, [WITNESS_KEY]: { '@type': '@id' }, [PERSON_KEY]: { '@type': '@id' }, [CATEGORY_KEY]: { '@type': '@id' } },
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its usual 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** What a Carrel URN names. */
export type UrnKind = 'witness' | 'document' | 'category' | 'person';

/** `urn:carrel:<kind>:<id>`, the id percent-encoded so that any store id makes a valid URN. */
export function carrelUrn(kind: UrnKind, id: string): string {
  return `urn:carrel:${kind}:${encodeURIComponent(id)}`;
}

/** A person without an authority: `urn:uuid:` when the store gave a UUID (it does), else a Carrel URN. */
export function personUrn(id: string): string {
  return isUuid(id) ? `urn:uuid:${id.toLowerCase()}` : carrelUrn('person', id);
}

/** `urn:uuid:<id>`: how an annotation is named. */
export function annotationUrn(id: string): string {
  return `urn:uuid:${id.toLowerCase()}`;
}

/** The UUID in a `urn:uuid:` URN, or undefined. */
export function uuidOf(uri: string): string | undefined {
  const match = /^urn:uuid:(.+)$/i.exec(uri);
  return match?.[1] && isUuid(match[1]) ? match[1].toLowerCase() : undefined;
}

/** The id in a Carrel URN of this kind (`urn:carrel:witness:<id>`), or undefined. */
export function carrelIdOf(kind: UrnKind, uri: string): string | undefined {
  const prefix = `urn:carrel:${kind}:`;
  if (!uri.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(uri.slice(prefix.length)) || undefined;
  } catch {
    return undefined;
  }
}

const WIKIDATA_ENTITY = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/u;

/**
 * Wikidata's entity URI (`http://www.wikidata.org/entity/Q855`, the form Wikidata's own RDF and
 * linked-data tools write) for a link to a Wikidata item in any form; undefined for any other URI.
 */
export function wikidataEntity(uri: string): string | undefined {
  const id = WIKIDATA_ENTITY.exec(canonicalAuthority(uri))?.[1];
  return id === undefined ? undefined : `http://www.wikidata.org/entity/${id}`;
}
