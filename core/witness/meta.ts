/** The metadata a witness states, read from its laid-out blocks. */
import { DocumentMeta } from '../document/model.js';
import type { WitnessLayout } from './blocks.js';
import { findCorrespondents } from './correspondents.js';
import { parseDateLine } from './dates.js';
import type { LaidBlock } from './laid-block.js';
import { isBareUrl } from './record-headings.js';
import { listItemContent } from './segments.js';
import { archiveIn, collectionIn, provenanceInCitation, recordIdInUrl, urlIn } from './provenance.js';

/** Field labels under which a telegram gives its own number (not "Special no.", a file number). */
const OWN_NUMBER_LABEL = /^(?:Issuing|Outgoing|Telegram|Cable) No\.$/iu;
const TITLE_NUMBER = /\b(?:Telegram|Cable) No\.\s*(\d+)/iu;

/**
 * Everything the witness says about the document, each field taken from the most direct statement:
 * the record's own headings first, then the document's fields, then what a title or citation implies.
 * Fields the witness does not state are absent, not empty.
 */
export function readMeta({ blocks }: WitnessLayout): DocumentMeta {
  const record = (label: string): string[] =>
    blocks.filter((block) => block.kind === 'record' && block.label === label && !block.isLabel).map((block) => oneLine(block.text));
  const field = (label: string | RegExp): LaidBlock | undefined =>
    blocks.find((block) => block.kind === 'field' && block.label !== undefined && matches(block.label, label));

  const title = record('Title')[0]?.replace(/\*\*/gu, '');
  const dateText = record('Date')[0] ?? field('Date')?.text;
  const citation = record('Citation').filter((text) => !isBareUrl(text)).join(' ') || undefined;
  const sourceUrl = blocks.filter((block) => block.kind === 'record').map((block) => urlIn(block.text)).find(Boolean);
  const rights = blocks.filter((block) => block.kind === 'furniture').map((block) => collectionIn(block.text)).find(Boolean);
  const collection = (citation && collectionIn(citation)) || rights;
  const provenance = joined(record('Provenance')) ?? (citation && collection ? provenanceInCitation(citation, collection) : undefined);
  const ownNumber = field(OWN_NUMBER_LABEL);

  return withoutEmpty({
    title,
    date: dateText === undefined ? undefined : parseDateLine(dateText),
    dateText,
    ...findCorrespondents(blocks, title),
    classification: field('Classification')?.text,
    archive: (provenance && archiveIn(provenance)) || (citation && archiveIn(citation)) || undefined,
    recordId: (sourceUrl && recordIdInUrl(sourceUrl)) || panelRecordId(blocks),
    collection,
    sourceUrl,
    citation,
    summary: joined(record('Summary')),
    provenance,
    originalLanguage: record('Original Language')[0],
    documentNumber: ownNumber ? /(\d[\w/-]*)$/u.exec(ownNumber.text)?.[1] : title && TITLE_NUMBER.exec(title)?.[1],
    distribution: distributionList(blocks),
  });
}

/** The copy list: list items after the first signature (earlier lists are the record's or the text's). */
function distributionList(blocks: readonly LaidBlock[]): string[] | undefined {
  const signed = blocks.findIndex((block) => block.kind === 'signature');
  if (signed === -1) return undefined;
  const items = blocks.slice(signed).filter((block) => block.kind === 'list-item');
  return items.length === 0 ? undefined : items.map((block) => listItemContent(block.text));
}

/** A web page's metadata panel gives the record id as the line after "Record ID", when it gives it. */
function panelRecordId(blocks: readonly LaidBlock[]): string | undefined {
  const at = blocks.findIndex((block) => block.kind === 'furniture' && /^Record ID$/iu.test(block.text));
  const value = at === -1 ? undefined : blocks[at + 1];
  return value && /^\d+$/u.test(value.text) ? value.text : undefined;
}

function matches(label: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? label === wanted : wanted.test(label);
}

/** Lines of a wrapped paragraph (000's title) joined as one line. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/gu, ' ');
}

function joined(texts: readonly string[]): string | undefined {
  return texts.length === 0 ? undefined : texts.join('\n\n');
}

/** Drops absent and empty values, so that a witness's meta lists only what it states; the schema then
 * checks what is left, as the store will. */
function withoutEmpty(meta: { [K in keyof DocumentMeta]: DocumentMeta[K] | '' }): DocumentMeta {
  const entries = Object.entries(meta).filter(([, value]) => value !== undefined && value !== '');
  return DocumentMeta.parse(Object.fromEntries(entries));
}
