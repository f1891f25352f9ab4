/**
 * A page citation (core/document/pages.ts) as a screen reader should say it: "p. 3" as "page 3",
 * "pp. 3–4" as "pages 3 to 4". Read as written, the abbreviation is spelled out and the dash left silent.
 */
export function spokenPages(citation: string): string {
  const range = /^pp\. (.+)–(.+)$/.exec(citation);
  if (range) return `pages ${range[1]} to ${range[2]}`;
  return citation.replace(/^p\. /, 'page ');
}
