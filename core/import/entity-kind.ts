/**
 * Whether an identifying body names a person, for the registry, or something else (a place, an event),
 * kept on the annotation as a linked entity. The link decides when it is a gazetteer's; else the types
 * the file gives (Recogito's classifying body "PLACE", a body typed Place); else a person, which is what
 * identifying means in Carrel's own files.
 */

/** Gazetteers: their records are places, never people. */
const PLACE_AUTHORITIES: readonly RegExp[] = [
  /^https?:\/\/(?:www\.)?pleiades\.stoa\.org\/places\//iu,
  /^https?:\/\/(?:sws\.|www\.)?geonames\.org\/\d+/iu,
  /^https?:\/\/vocab\.getty\.edu\/(?:page\/)?tgn\//iu,
  /^https?:\/\/(?:www\.)?whgazetteer\.org\/places\//iu,
  /^https?:\/\/(?:www\.)?openstreetmap\.org\/(?:node|way|relation)\//iu,
];

/** The entity types Recogito writes in a classifying body, and a body's own `type` when it says it. */
const PERSON_TYPES = new Set(['PERSON', 'Person', 'foaf:Person', 'schema:Person', 'crm:E21_Person']);
const OTHER_TYPES = new Set(['PLACE', 'EVENT', 'Place', 'Event', 'schema:Place', 'crm:E53_Place']);

/** A classifying body's value that names an entity type rather than one of the library's colours. */
export function isEntityType(value: string): boolean {
  return PERSON_TYPES.has(value) || OTHER_TYPES.has(value);
}

function isPlaceAuthority(uri: string): boolean {
  return PLACE_AUTHORITIES.some((pattern) => pattern.test(uri.trim()));
}

/**
 * 'person' or 'other' for an identifying body with this link (if any) and these types: its own, then the
 * annotation's entity types (first wins). A Carrel person id is always a person.
 */
export function identifiedKind(uri: string | undefined, types: readonly string[], carrelPerson: boolean): 'person' | 'other' {
  if (carrelPerson) return 'person';
  if (uri !== undefined && isPlaceAuthority(uri)) return 'other';
  for (const type of types) {
    if (PERSON_TYPES.has(type)) return 'person';
    if (OTHER_TYPES.has(type)) return 'other';
  }
  return 'person';
}
