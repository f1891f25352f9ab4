/**
 * Search over the library: the full-text indexes say which witnesses, annotations and people match,
 * best first; core/search says where in each, and cuts the snippets. Only the top rows are read back.
 */
import { MAX_ZONE_HITS, TextZone, type AnnotationHit, type CarrelService, type PersonHit, type SearchResults, type SnippetPart, type TextHit, type ZoneCount } from '../../core/api.js';
import { anchorQuote } from '../../core/anchoring/anchor.js';
import { findMatches, markedText, searchable, snippetAround, CONTEXT_WORDS, type SearchableText, type TextMatch } from '../../core/search/matches.js';
import { matchExpression, parseQuery, type SearchTerm } from '../../core/search/query.js';
import { zoneAt, type ZoneBlock } from '../../core/search/zones.js';
import { personById, passageCountOf } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import {
  COUNTED_UP_TO,
  indexedText,
  matchCounts,
  notesMatching,
  personIdsMatchingQuery,
  readingTexts,
  tagsMatching,
  witnessMatching,
  witnessesMatching,
  zoneBlocks,
  type MatchedAnnotation,
  type MatchedWitness,
} from '../repositories/search-index.js';
import type { ServiceContext } from './context.js';

/** Notes, tags and people, and transcriptions read for text hits, when the caller names no limit. */
const DEFAULT_LIMIT = 20;

/** Hits listed per zone of a transcription: the rest are counted, and searchZone lists them. */
const SHOWN_PER_ZONE = 5;

/** The longest stretch of the query quoted back in "Nothing matches …". */
const QUOTED_QUERY_LENGTH = 60;

const NO_WORD = 'Type a word to search.';

/** Words of a note shown around its match: notes are short, and most then show whole. */
const NOTE_CONTEXT_WORDS = 2 * CONTEXT_WORDS;

type SearchArgs<Method extends 'search' | 'searchZone'> = Parameters<CarrelService[Method]>[0];

/**
 * search and searchZone. Never throw for what the reader typed: a query without words or without hits
 * answers with a notice. Answer at once (no promise), which the bench relies on to time them.
 */
export function searchService({ store }: ServiceContext): {
  search: (args: SearchArgs<'search'>) => SearchResults;
  searchZone: (args: SearchArgs<'searchZone'>) => { hits: TextHit[]; count: number };
} {
  const { db } = store;
  return {
    search: ({ query, documentId, limit = DEFAULT_LIMIT }) => {
      const terms = parseQuery(query);
      const empty: SearchResults = { text: [], zones: [], totals: { countedUpTo: COUNTED_UP_TO, text: 0, transcriptions: 0, transcriptionsRead: 0, notes: 0, tags: 0, people: 0 }, notes: [], tags: [], people: [] };
      if (terms.length === 0) return { ...empty, notice: NO_WORD };
      const match = matchExpression(terms);
      const notes = notesMatching(db, match, limit, documentId);
      const tags = tagsMatching(db, match, limit, documentId);
      // The transcriptions the notes and tags are on, each read once for both groups: a tagged note often matches in both.
      const texts = readingTexts(db, [...notes, ...tags].map((hit) => hit.witnessId));
      const witnesses = byDocument(witnessesMatching(db, match, limit, documentId));
      const text = textHits(db, witnesses, terms, SHOWN_PER_ZONE);
      const results: SearchResults = {
        text: text.hits,
        zones: text.zones,
        totals: { countedUpTo: COUNTED_UP_TO, text: text.zones.reduce((sum, zone) => sum + zone.count, 0), transcriptionsRead: witnesses.length, ...matchCounts(db, match, documentId) },
        notes: annotationHits(notes, texts, (hit) => noteSnippet(hit.note, hit.quote.exact, terms)),
        tags: annotationHits(tags, texts, (hit) => markedTags(hit.tags, terms)),
        people: personHits(db, personIdsMatchingQuery(db, match, limit), terms),
      };
      const found = results.text.length + results.notes.length + results.tags.length + results.people.length;
      return found > 0 ? results : { ...empty, notice: `Nothing matches “${quoted(query)}”.` };
    },
    searchZone: ({ query, witnessId, zone, limit = MAX_ZONE_HITS }) => {
      const terms = parseQuery(query);
      const witness = terms.length > 0 ? witnessMatching(db, matchExpression(terms), witnessId) : undefined;
      if (witness === undefined) return { hits: [], count: 0 };
      const { hits, zones } = textHits(db, [witness], terms, limit, zone);
      return { hits, count: zones[0]?.count ?? 0 };
    },
  };
}

/** The witnesses a document at a time, the documents in the order of their best witness, each one's witnesses best first. */
function byDocument(witnesses: readonly MatchedWitness[]): MatchedWitness[] {
  const documents = new Map<string, MatchedWitness[]>();
  for (const witness of witnesses) {
    const ofDocument = documents.get(witness.documentId);
    if (ofDocument) ofDocument.push(witness);
    else documents.set(witness.documentId, [witness]);
  }
  return [...documents.values()].flat();
}

/**
 * Every match in each witness, counted by zone, and the first `perZone` of each zone as hits (only
 * `onlyZone`'s when given); a long text is read only when its turn comes. Each match is a hit of its
 * own, a neighbour marked in its snippet too: the counts are of matches, and so is the list.
 */
function textHits(db: Db, witnesses: readonly MatchedWitness[], terms: readonly SearchTerm[], perZone: number, onlyZone?: TextZone): { hits: TextHit[]; zones: ZoneCount[] } {
  const hits: TextHit[] = [];
  const zones: ZoneCount[] = [];
  const blocks = zoneBlocks(db, witnesses.map((witness) => witness.witnessId));
  for (const { text: shortText, textRow, ...witness } of witnesses) {
    const reading = shortText ?? indexedText(db, textRow);
    if (reading === undefined) continue;
    const text = searchable(reading);
    const matches = findMatches(text, terms);
    const inZones = byZone(matches, blocks.get(witness.witnessId) ?? []);
    for (const zone of TextZone.options) {
      const found = inZones.get(zone);
      if (found === undefined || (onlyZone !== undefined && zone !== onlyZone)) continue;
      zones.push({ witnessId: witness.witnessId, zone, count: found.length });
      for (const at of found.slice(0, perZone)) hits.push({ ...witness, start: at.start, end: at.end, snippet: snippetAround(text, matches, at), zone });
    }
  }
  return { hits, zones };
}

/** The matches of each zone, in text order; a zone without any is absent. */
function byZone(matches: readonly TextMatch[], blocks: readonly ZoneBlock[]): Map<TextZone, TextMatch[]> {
  const zones = new Map<TextZone, TextMatch[]>();
  for (const match of matches) {
    const zone = zoneAt(blocks, match.start);
    const inZone = zones.get(zone);
    if (inZone) inZone.push(match);
    else zones.set(zone, [match]);
  }
  return zones;
}

/**
 * The hits of annotations that matched, each with the snippet `snippetOf` cuts for it, and whether its
 * passage is still found: at its offsets, or else anchored anew in its witness's text, from `texts`
 * (readingTexts of their witnesses, each read once however many of the notes are on it).
 */
function annotationHits<Found extends MatchedAnnotation>(found: readonly Found[], texts: ReadonlyMap<string, string>, snippetOf: (hit: Found) => SnippetPart[]): AnnotationHit[] {
  return found.map((hit) => {
    const text = texts.get(hit.witnessId) ?? '';
    const holds = text.slice(hit.position.start, hit.position.end) === hit.quote.exact;
    return {
      documentId: hit.documentId,
      documentTitle: hit.documentTitle,
      witnessId: hit.witnessId,
      witnessLabel: hit.witnessLabel,
      annotationId: hit.annotationId,
      quote: hit.quote.exact,
      snippet: snippetOf(hit),
      orphaned: !holds && anchorQuote(text, hit.quote, hit.position).status !== 'anchored',
    };
  });
}

/** The note around its first match; the quote when the match is there (or the note is empty). */
function noteSnippet(noteText: string, quoteText: string, terms: readonly SearchTerm[]): SnippetPart[] {
  const note = searchable(noteText);
  const inNote = findMatches(note, terms);
  if (inNote[0]) return snippetAround(note, inNote, inNote[0], NOTE_CONTEXT_WORDS);
  const quote = searchable(quoteText);
  return firstSnippet(quote, findMatches(quote, terms)) ?? firstSnippet(note, inNote) ?? [];
}

function firstSnippet(text: SearchableText, matches: readonly TextMatch[]): SnippetPart[] | undefined {
  const [first] = matches;
  return first && snippetAround(text, matches, first);
}

function personHits(db: Db, ids: readonly string[], terms: readonly SearchTerm[]): PersonHit[] {
  return ids.flatMap((id) => {
    const person = personById(db, id);
    if (!person) return [];
    // The aliases that matched say why this person is here ("Filippov"); the preferred name is shown beside them anyway.
    const aliases = person.aliases.map((alias) => markedText(alias.name, terms)).filter((alias) => alias.matched);
    const snippet = joined(aliases.length > 0 ? aliases : [markedText(person.preferredName, terms)]);
    return [{ personId: id, preferredName: person.preferredName, snippet, passageCount: passageCountOf(db, id) }];
  });
}

/** The tags that matched, their matched words marked; all of them when none did on its own. */
function markedTags(items: readonly string[], terms: readonly SearchTerm[]): SnippetPart[] {
  const marked = items.map((item) => markedText(item, terms));
  const matched = marked.filter((item) => item.matched);
  return joined(matched.length > 0 ? matched : marked);
}

function joined(items: readonly { parts: SnippetPart[] }[]): SnippetPart[] {
  return items.flatMap((item, index) => (index === 0 ? item.parts : [{ text: ', ', match: false }, ...item.parts]));
}

function quoted(query: string): string {
  const characters = [...query.trim().replace(/\s+/gu, ' ')];
  return characters.length > QUOTED_QUERY_LENGTH ? `${characters.slice(0, QUOTED_QUERY_LENGTH).join('')}…` : characters.join('');
}
