/** Where the document is held and published, read from a record's citation, provenance and rights text. */

/** A run of capitalised words (with "and", "of", "for", "the" between them) ending in "Digital Archive". */
const COLLECTION = /\b(\p{Lu}\p{L}*(?:\s+(?:and|of|for|the|\p{Lu}\p{L}*))*\s+Digital Archive)\b/u;
/** The rights text names the publisher: "The History and Public Policy Program welcomes reuse of Digital
 * Archive materials" makes "History and Public Policy Program Digital Archive". */
const RIGHTS_COLLECTION = /^The (.+?) welcomes reuse of ((?:\p{Lu}\p{L}*\s)*?Digital Archive) materials\b/u;
/** A holding archive: capitalised words ending in "Archive(s)" ("Russian Presidential Archives"). */
const ARCHIVE = /(?:\p{Lu}\p{L}*\s+)+Archives?\b/gu;
const URL = /https?:\/\/[^\s<>"”]+/u;

/** The digital collection named in a citation, or in an archive's rights statement. */
export function collectionIn(text: string): string | undefined {
  const rights = RIGHTS_COLLECTION.exec(text);
  if (rights) return `${rights[1]} ${rights[2]}`;
  return COLLECTION.exec(text)?.[1];
}

/** The first holding archive named in the text; the publishing "Digital Archive" is not one. */
export function archiveIn(text: string): string | undefined {
  return [...text.matchAll(ARCHIVE)].map((match) => match[0]).find((name) => !/Digital Archive$/u.test(name));
}

/** In a Chicago citation the provenance follows the collection: "..., Digital Archive, The document, from...". */
export function provenanceInCitation(citation: string, collection: string): string | undefined {
  const at = citation.indexOf(collection);
  if (at === -1) return undefined;
  const rest = citation.slice(at + collection.length).replace(/^[,\s]+/u, '');
  return rest === '' ? undefined : rest;
}

/** The first http(s) link in the text, without the angle brackets records wrap around it. */
export function urlIn(text: string): string | undefined {
  return URL.exec(text)?.[0];
}

/** The record number at the end of an archive's document URL (".../document/115976"). */
export function recordIdInUrl(url: string): string | undefined {
  return /\/(\d+)\/?$/u.exec(url)?.[1];
}
