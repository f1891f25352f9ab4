/**
 * The search results as the dialog lists them: the text's hits under their document, then their
 * transcription, then the zone they are in (the text first, the archive's description apart), each with
 * its exact count; then Notes, Tags and People. Pure, so that the order Up and Down walk is the order shown.
 */
import type { AnnotationHit, SearchResults, SnippetPart, TextHit, TextZone } from '../../core/api.js';
import { count } from '../people/names.js';
import { placeHref, type Place } from '../reader/place.js';

/** One zone of one transcription: the key its "Show all" is remembered by. */
export interface ZoneKey {
  witnessId: string;
  zone: TextZone;
}

export const zoneKeyOf = ({ witnessId, zone }: ZoneKey): string => `${witnessId}-${zone}`;

/** A line of the list: a hit to go to, or the "Show all N" of a zone whose first few are listed. */
export type ResultOption = { key: string; index: number } & (
  | {
      kind: 'hit';
      href: string;
      snippet: SnippetPart[];
      /** The line's title for people (their preferred name); absent for the rest, whose snippet leads. */
      title?: string;
      /** Where it is: "On “Korean comrades” · Web page · Cable from …", "3 tagged passages". */
      detail?: string;
    }
  | { kind: 'show-all'; zone: ZoneKey; label: string }
);

/** A heading with its count, and what is under it: smaller groups or lines (or both). */
export interface ResultGroup {
  key: string;
  heading: string;
  /** "7 matches", "20 of 35". */
  count: string;
  /** 1 for a document or a kind (Notes, Tags, People), 2 for a transcription, 3 for a zone. */
  level: 1 | 2 | 3;
  groups: ResultGroup[];
  options: ResultOption[];
  /** Said under the lines: "The first 500 of 1,204 are listed." */
  note?: string;
}

/** What a zone's heading calls it. */
export const ZONE_HEADINGS: Record<TextZone, string> = {
  text: 'In the text',
  record: 'In the archive’s description',
  furniture: 'In the web page furniture',
};

const number = (n: number) => n.toLocaleString('en');
/** A count from the store, which stops counting past `upTo`. */
const counted = (n: number, upTo: number) => (n > upTo ? `over ${number(upTo)}` : number(n));
const matches = (n: number) => `${number(n)} ${n === 1 ? 'match' : 'matches'}`;

/**
 * The groups in the order the dialog lists them, empty ones left out, every line numbered in that order.
 * `shownInZone` holds the zones whose every hit was asked for (Show all), which replace the first few.
 */
export function resultGroups(results: SearchResults, here: Place, shownInZone: ReadonlyMap<string, readonly TextHit[]>): ResultGroup[] {
  const annotation = (kind: string) => (hit: AnnotationHit) => hitOption(`${kind}-${hit.annotationId}`, {
    href: placeHref({ documentId: hit.documentId, witnessId: hit.witnessId, passage: hit.annotationId }),
    snippet: hit.snippet,
    detail: `${hit.orphaned ? 'Passage no longer found' : `On “${hit.quote}”`} · ${hit.witnessLabel} · ${hit.documentTitle}`,
  });
  const { totals } = results;
  const groups: ResultGroup[] = [
    ...documentGroups(results, shownInZone),
    kindGroup('Notes', totals.notes, totals.countedUpTo, results.notes.map(annotation('note'))),
    kindGroup('Tags', totals.tags, totals.countedUpTo, results.tags.map(annotation('tag'))),
    kindGroup(
      'People',
      totals.people,
      totals.countedUpTo,
      results.people.map((hit) =>
        hitOption(`person-${hit.personId}`, {
          href: placeHref({ documentId: here.documentId, witnessId: here.witnessId, person: hit.personId }),
          title: hit.preferredName,
          snippet: hit.snippet,
          detail: count(hit.passageCount, 'tagged passage'),
        }),
      ),
    ),
  ].filter((group) => group.options.length > 0 || group.groups.length > 0);
  let index = 0;
  const numbered = (group: ResultGroup): void => {
    group.groups.forEach(numbered);
    for (const option of group.options) option.index = index++;
  };
  groups.forEach(numbered);
  return groups;
}

/** The lines of the dialog in the order Up and Down walk them. */
export function optionsOf(groups: readonly ResultGroup[]): ResultOption[] {
  return groups.flatMap((group) => [...optionsOf(group.groups), ...group.options]);
}

/** What the status line says of results that have some: every count, exact. */
export function resultsSummary({ totals }: SearchResults): string {
  const of = (n: number, one: string, many = `${one}s`) => `${counted(n, totals.countedUpTo)} ${n === 1 ? one : many}`;
  const transcriptions =
    totals.transcriptionsRead < totals.transcriptions
      ? `the best ${number(totals.transcriptionsRead)} of ${of(totals.transcriptions, 'transcription')}`
      : of(totals.transcriptions, 'transcription');
  return `${matches(totals.text)} in ${transcriptions} · ${of(totals.notes, 'note')} · ${of(totals.tags, 'tag')} · ${of(totals.people, 'person', 'people')}.`;
}

function hitOption(key: string, hit: Omit<Extract<ResultOption, { kind: 'hit' }>, 'key' | 'index' | 'kind'>): ResultOption {
  return { key, index: 0, kind: 'hit', ...hit };
}

/** Notes, Tags or People: its lines, and its count ("20 of 35" when fewer are listed than match). */
function kindGroup(heading: string, total: number, upTo: number, options: ResultOption[]): ResultGroup {
  const shown = options.length < total ? `${number(options.length)} of ${counted(total, upTo)}` : number(total);
  return { key: heading, heading, count: shown, level: 1, groups: [], options };
}

/** The text hits under their document, transcription and zone, in the order the store gave them (a document's together). */
function documentGroups(results: SearchResults, shownInZone: ReadonlyMap<string, readonly TextHit[]>): ResultGroup[] {
  const counts = new Map(results.zones.map((zone) => [zoneKeyOf(zone), zone.count]));
  const documents = new Map<string, Map<string, Map<TextZone, TextHit[]>>>();
  const firstHit = new Map<string, TextHit>();
  for (const hit of results.text) {
    const witnesses = documents.get(hit.documentId) ?? new Map<string, Map<TextZone, TextHit[]>>();
    const zones = witnesses.get(hit.witnessId) ?? new Map<TextZone, TextHit[]>();
    const inZone = zones.get(hit.zone);
    if (inZone) inZone.push(hit);
    else zones.set(hit.zone, [hit]);
    witnesses.set(hit.witnessId, zones);
    documents.set(hit.documentId, witnesses);
    if (!firstHit.has(hit.witnessId)) firstHit.set(hit.witnessId, hit);
  }
  const sum = (groups: readonly { total: number }[]) => groups.reduce((all, group) => all + group.total, 0);
  return [...documents].map(([documentId, witnesses]) => {
    const transcriptions = [...witnesses].map(([witnessId, zones]) => {
      const zoneGroups = [...zones].map(([zone, firstFew]) => {
        const key = { witnessId, zone };
        const total = counts.get(zoneKeyOf(key)) ?? firstFew.length;
        return { total, group: zoneGroup(key, total, shownInZone.get(zoneKeyOf(key)) ?? firstFew, shownInZone.has(zoneKeyOf(key))) };
      });
      const total = sum(zoneGroups);
      const group: ResultGroup = {
        key: witnessId,
        heading: firstHit.get(witnessId)?.witnessLabel ?? '',
        count: matches(total),
        level: 2,
        groups: zoneGroups.map((zone) => zone.group),
        options: [],
      };
      return { total, group };
    });
    return {
      key: documentId,
      heading: firstHit.get([...witnesses.keys()][0] ?? '')?.documentTitle ?? '',
      count: matches(sum(transcriptions)),
      level: 1 as const,
      groups: transcriptions.map((transcription) => transcription.group),
      options: [],
    };
  });
}

/** One zone's lines: its hits, then "Show all N" while only the first few are listed, or a note when even all that were asked for are fewer. */
function zoneGroup(key: ZoneKey, total: number, hits: readonly TextHit[], expanded: boolean): ResultGroup {
  const options = hits.map((hit) =>
    hitOption(`text-${hit.witnessId}-${hit.start}`, {
      href: placeHref({ documentId: hit.documentId, witnessId: hit.witnessId, range: { start: hit.start, end: hit.end } }),
      snippet: hit.snippet,
    }),
  );
  const rest = hits.length < total;
  if (rest && !expanded) options.push({ key: `all-${zoneKeyOf(key)}`, index: 0, kind: 'show-all', zone: key, label: `Show all ${number(total)}` });
  return {
    key: zoneKeyOf(key),
    heading: ZONE_HEADINGS[key.zone],
    count: matches(total),
    level: 3,
    groups: [],
    options,
    ...(rest && expanded && { note: `The first ${number(hits.length)} of ${number(total)} are listed.` }),
  };
}
