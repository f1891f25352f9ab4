/**
 * Authority URIs in one canonical form, so that the same record written two ways is one person: Wikidata
 * is linked as its page (`https://www.wikidata.org/wiki/Q855`), as its entity (`http://www.wikidata.org/entity/Q855`,
 * what linked-data tools write) or as `wd:Q855`; VIAF, GND, ISNI and the Library of Congress likewise
 * come with and without `www`, over http or https, with a trailing slash or a `.html`.
 */

/** The canonical form of the well-known authorities, by the pattern that recognises each. */
const AUTHORITIES: readonly { pattern: RegExp; canonical: (id: string) => string }[] = [
  { pattern: /^(?:https?:\/\/(?:www\.|m\.)?wikidata\.org\/(?:wiki\/(?:Special:EntityPage\/)?|entity\/)|wd:)(Q\d+)$/iu, canonical: (id) => `https://www.wikidata.org/entity/${id.toUpperCase()}` },
  { pattern: /^https?:\/\/(?:www\.)?viaf\.org\/viaf\/(\d+)$/iu, canonical: (id) => `https://viaf.org/viaf/${id}` },
  { pattern: /^https?:\/\/(?:www\.)?d-nb\.info\/gnd\/([0-9X-]+)$/iu, canonical: (id) => `https://d-nb.info/gnd/${id.toUpperCase()}` },
  { pattern: /^https?:\/\/(?:www\.)?isni\.org\/isni\/([0-9X ]+)$/iu, canonical: (id) => `https://isni.org/isni/${id.replaceAll(' ', '').toUpperCase()}` },
  { pattern: /^https?:\/\/id\.loc\.gov\/authorities\/names\/([a-z]+\d+)(?:\.html)?$/iu, canonical: (id) => `https://id.loc.gov/authorities/names/${id.toLowerCase()}` },
];

/**
 * The canonical form of `uri`: a known authority's, else the URI with its scheme and host in lower case,
 * https for http, and no trailing slash. Two URIs name the same record when their canonical forms agree.
 */
export function canonicalAuthority(uri: string): string {
  const trimmed = uri.trim().replace(/\/+$/u, '');
  for (const { pattern, canonical } of AUTHORITIES) {
    const id = pattern.exec(trimmed)?.[1];
    if (id !== undefined) return canonical(id);
  }
  return trimmed.replace(/^https?:\/\/([^/?#]+)/iu, (_, host: string) => `https://${host.toLowerCase()}`);
}

/** True when `a` and `b` name the same authority record. */
export function sameAuthority(a: string, b: string): boolean {
  return canonicalAuthority(a) === canonicalAuthority(b);
}
