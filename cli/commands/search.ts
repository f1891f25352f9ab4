/** `carrel search QUERY`: the library searched as Ctrl+K searches it, one line a hit, or the contract's JSON. */
import type { SearchResults, SnippetPart } from '../../core/api.js';

/** The results grouped as the search dialog groups them, a hit outside the text marked (record) or (furniture); matched words between «». */
export function formatSearch(results: SearchResults, json: boolean): string {
  if (json) return JSON.stringify(results, null, 2);
  const lines: string[] = [];
  if (results.notice !== undefined) lines.push(results.notice);
  const group = (heading: string, hits: readonly string[]) => {
    if (hits.length > 0) lines.push(`${heading}:`, ...hits.map((hit) => `  ${hit}`));
  };
  group('Text', results.text.map((hit) => `${hit.documentTitle} · ${hit.witnessLabel}${hit.zone === 'text' ? '' : ` (${hit.zone})`} @${hit.start}: ${snippet(hit.snippet)}`));
  group('Notes', results.notes.map((hit) => `${hit.documentTitle} · ${hit.witnessLabel} (${hit.annotationId}): ${snippet(hit.snippet)}`));
  group('Tags', results.tags.map((hit) => `${hit.documentTitle} · ${hit.witnessLabel} (${hit.annotationId}): ${snippet(hit.snippet)}`));
  group('People', results.people.map((hit) => `${hit.preferredName} (${hit.personId}): ${snippet(hit.snippet)}`));
  return lines.length > 0 ? lines.join('\n') : 'Nothing matches.';
}

function snippet(parts: readonly SnippetPart[]): string {
  return parts.map((part) => (part.match ? `«${part.text}»` : part.text)).join('').replace(/\s+/gu, ' ').trim();
}
