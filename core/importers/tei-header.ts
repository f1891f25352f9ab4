/**
 * A TEI header as Carrel's metadata: the title, author, date, sender and recipient, language, rights,
 * where the original is held (`msIdentifier`), a summary and the edition's address.
 */
import type { Element } from '@xmldom/xmldom';
import type { DocumentMeta } from '../document/model.js';
import { attribute, childAt, childElements, descendants, plainText, teiName, tokens, xmlLang } from './tei-dom.js';

/**
 * The metadata `header` gives (a `teiHeader`), with the language of `text` (or of the root) when the
 * header declares none. Only what the header states is set: a date is ISO only when a full day is given.
 */
export function readTeiHeader(header: Element | undefined, root: Element): DocumentMeta {
  const fileDesc = childAt(header, 'fileDesc');
  const titleStmt = childAt(fileDesc, 'titleStmt');
  const publicationStmt = childAt(fileDesc, 'publicationStmt');
  const sourceDesc = childAt(fileDesc, 'sourceDesc');
  const profileDesc = childAt(header, 'profileDesc');
  const correspActions = descendants(childAt(profileDesc, 'correspDesc'), 'correspAction');
  const msIdentifier = descendants(sourceDesc, 'msIdentifier')[0];
  const language = descendants(childAt(profileDesc, 'langUsage'), 'language')[0];
  const meta: DocumentMeta = {
    title: mainTitle(titleStmt),
    author: joined(childElements(titleStmt, 'author')) || plainText(descendants(sourceDesc, 'author')[0]),
    sender: joined(correspondents(correspActions, ['sent', 'sending'])),
    recipient: joined(correspondents(correspActions, ['received', 'receiving'])),
    ...documentDate([
      ...correspActions.filter(isSending).flatMap((action) => childElements(action, 'date')),
      ...descendants(childAt(profileDesc, 'creation'), 'date'),
      ...descendants(sourceDesc, 'date'),
      ...childElements(publicationStmt, 'date'),
    ]),
    language: (language && attribute(language, 'ident')) ?? textLanguage(root),
    rights: availability(childAt(publicationStmt, 'availability')),
    archive: plainText(childAt(msIdentifier, 'institution')),
    repository: plainText(childAt(msIdentifier, 'repository')),
    archivalCollection: plainText(childAt(msIdentifier, 'collection')),
    idno: plainText(childAt(msIdentifier, 'idno') ?? descendants(msIdentifier, 'idno')[0]),
    sourceUrl: editionAddress(publicationStmt),
    summary: plainText(childAt(profileDesc, 'abstract') ?? descendants(sourceDesc, 'summary')[0]),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== '')) as DocumentMeta;
}

/** The title typed `main`, else the first that is not a subtitle or a short form. */
function mainTitle(titleStmt: Element | undefined): string {
  const titles = childElements(titleStmt, 'title');
  const main = titles.find((title) => attribute(title, 'type') === 'main') ?? titles.find((title) => !['sub', 'alt', 'short', 'desc'].includes(attribute(title, 'type') ?? '')) ?? titles[0];
  return plainText(main);
}

function joined(elements: readonly Element[]): string {
  return elements.map(plainText).filter((name) => name !== '').join('; ');
}

function isSending(action: Element): boolean {
  return ['sent', 'sending'].includes(attribute(action, 'type') ?? '');
}

/** The people (or bodies) named by the correspondence actions of `types`. */
function correspondents(actions: readonly Element[], types: readonly string[]): Element[] {
  return actions
    .filter((action) => types.includes(attribute(action, 'type') ?? ''))
    .flatMap((action) => childElements(action, 'persName', 'name', 'orgName'));
}

/**
 * The document's date, from the first of `dates` that gives one. The header's own sources come before
 * `publicationStmt/date`, which dates the edition rather than the document; the ISO date is set only
 * from a full day (`@when="1950-05-14"`, or text that is one), the date as written always.
 */
function documentDate(dates: readonly Element[]): Pick<DocumentMeta, 'date' | 'dateText'> {
  for (const element of dates) {
    const when = attribute(element, 'when') ?? attribute(element, 'from') ?? attribute(element, 'notBefore');
    const written = plainText(element);
    const date = isoDay(attribute(element, 'when')) ?? isoDay(written);
    if (when !== undefined || written !== '') return { ...(date !== undefined && { date }), dateText: written || when };
  }
  return {};
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `value`'s day as YYYY-MM-DD when it is an ISO date (a time after it is let go), else undefined. */
function isoDay(value: string | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/u.exec(value ?? '');
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const monthIndex = Number(month) - 1;
  const days = Number(month) === 2 && !isLeapYear(Number(year)) ? 28 : DAYS_IN_MONTH[monthIndex];
  return days !== undefined && Number(day) >= 1 && Number(day) <= days ? `${year}-${month}-${day}` : undefined;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The language of the text itself when the header names none: `<text xml:lang>`, else the root's. */
function textLanguage(root: Element): string | undefined {
  const text = childElements(root, 'text')[0] ?? descendants(root, 'text')[0];
  return (text && xmlLang(text)) ?? xmlLang(root);
}

/** What `availability` says, else the address of its licence. */
function availability(element: Element | undefined): string {
  const words = plainText(element);
  if (words !== '') return words;
  return descendants(element, 'licence').flatMap((licence) => tokens(licence, 'target'))[0] ?? '';
}

/** The edition's own web address, when its publication statement gives one. */
function editionAddress(publicationStmt: Element | undefined): string | undefined {
  for (const element of childElements(publicationStmt, 'idno', 'ptr', 'ref')) {
    const address = teiName(element) === 'idno' ? plainText(element) : attribute(element, 'target');
    if (address !== undefined && /^https?:\/\/\S+$/u.test(address)) return address;
  }
  return undefined;
}
