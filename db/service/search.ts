/**
 * Search over the library: the full-text indexes say which witnesses, annotations and people match,
 * best first; core/search says where in each, and cuts the snippets. Only the top rows are read back.
 */
import type { AnnotationHit, CarrelService, PersonHit, SearchResults, SnippetPart, TextHit } from '../../core/api.js';
import { anchorQuote } from '../../core/anchoring/anchor.js';
import { findMatches, markedText, searchable, snippetAround, wordsBetweenAtLeast, CONTEXT_WORDS, type SearchableText, type TextMatch } from '../../core/search/matches.js';
import { matchExpression, parseQuery, type SearchTerm } from '../../core/search/query.js';
import { personById, passageCountOf } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import {
  indexedText,
  notesMatching,
  personIdsMatchingQuery,
  readingTexts,
  tagsMatching,
  witnessesMatching,
  type MatchedAnnotation,
  type MatchedWitness,
} from '../repositories/search-index.js';
import type { ServiceContext } from './context.js';

/** Hits per group when the caller names no limit. */
const DEFAULT_LIMIT = 20;

/** Hits one witness may give: the rest of the group goes to other witnesses (the same words in another transcription). */
const HITS_PER_WITNESS = 3;

/** The longest stretch of the query quoted back in "Nothing matches …". */
const QUOTED_QUERY_LENGTH = 60;

const NO_WORD = 'Type a word to search.';

/** Words of a note shown around its match: notes are short, and most then show whole. */
const NOTE_CONTEXT_WORDS = 2 * CONTEXT_WORDS;

/**
 * search. Never throws for what the reader typed: a query without words or without hits answers with a
 * notice. Answers at once (no promise), which the bench relies on to time it.
 */
export function searchService({ store }: ServiceContext): { search: (args: Parameters<CarrelService['search']>[0]) => SearchResults } {
  const { db } = store;
  return {
    search: ({ query, documentId, limit = DEFAULT_LIMIT }) => {
      const terms = parseQuery(query);
      const empty: SearchResults = { text: [], notes: [], tags: [], people: [] };
      if (terms.length === 0) return { ...empty, notice: NO_WORD };
      const match = matchExpression(terms);
      const notes = notesMatching(db, match, limit, documentId);
      const tags = tagsMatching(db, match, limit, documentId);
      // The transcriptions the notes and tags are on, each read once for both groups: a tagged note often matches in both.
      const texts = readingTexts(db, [...notes, ...tags].map((hit) => hit.witnessId));
      const results: SearchResults = {
        text: textHits(db, witnessesMatching(db, match, limit, documentId), terms, limit),
        notes: annotationHits(notes, texts, (hit) => noteSnippet(hit.note, hit.quote.exact, terms)),
        tags: annotationHits(tags, texts, (hit) => markedTags(hit.tags, terms)),
        people: personHits(db, personIdsMatchingQuery(db, match, limit), terms),
      };
      const found = results.text.length + results.notes.length + results.tags.length + results.people.length;
      return found > 0 ? results : { ...empty, notice: `Nothing matches “${quoted(query)}”.` };
    },
  };
}

/** Each witness's matches in text order, up to HITS_PER_WITNESS, until `limit` hits; a long text is read only when its turn comes. */
function textHits(db: Db, witnesses: readonly MatchedWitness[], terms: readonly SearchTerm[], limit: number): TextHit[] {
  const hits: TextHit[] = [];
  for (const { text: shortText, textRow, ...witness } of witnesses) {
    if (hits.length === limit) break;
    const reading = shortText ?? indexedText(db, textRow);
    if (reading === undefined) continue;
    const text = searchable(reading);
    const matches = findMatches(text, terms);
    // A text may repeat itself (a title in a heading and again in a field): one hit for each reading.
    const shown = new Set<string>();
    for (const at of hitsAmong(text, matches)) {
      if (shown.size === HITS_PER_WITNESS) break;
      if (hits.length === limit) return hits;
      const snippet = snippetAround(text, matches, at);
      const words = snippet.map((part) => part.text).join('');
      if (shown.has(words)) continue;
      shown.add(words);
      hits.push({ ...witness, start: at.start, end: at.end, snippet });
    }
  }
  return hits;
}

/** The matches that start a hit: one that falls within the previous hit's snippet is shown there instead. */
function hitsAmong(text: SearchableText, matches: readonly TextMatch[]): TextMatch[] {
  const starts: TextMatch[] = [];
  for (const match of matches) {
    const previous = starts.at(-1);
    if (previous === undefined || wordsBetweenAtLeast(text, previous, match, CONTEXT_WORDS)) starts.push(match);
  }
  return starts;
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
