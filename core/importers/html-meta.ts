/**
 * What a saved page says about the document in its head: `<title>`, `<meta name=description|author|date>`,
 * Dublin Core (`DC.*`, `DCTERMS.*`), Open Graph, schema.org JSON-LD (read as JSON, never run),
 * `<link rel=canonical>` and `<html lang>`. The most specific statement wins: Dublin Core, then
 * schema.org, then the page's general tags.
 */
import type { DocumentMeta } from '../document/model.js';
import { parseDateLine } from '../witness/dates.js';
import type { DomDocument } from './html-dom.js';

/** What Readability worked out: its title is the `<title>` with the site's name taken off. */
export interface ArticleHints {
  title?: string;
}

/** schema.org types that describe the site or page around a document rather than the document. */
const CHROME_TYPES = new Set(['website', 'webpage', 'organization', 'breadcrumblist', 'searchaction', 'imageobject', 'person', 'sitenavigationelement', 'wpheader', 'wpfooter']);

/** The page's metadata: `raw` is the page as parsed, before sanitising removed its head's meta and scripts. */
export function readPageMeta(raw: DomDocument, html: string, hints: ArticleHints = {}): DocumentMeta {
  const tags = metaTags(raw);
  const ld = linkedData(raw);
  const tag = (...names: string[]): string | undefined => first(names.map((name) => tags.get(name)));

  const dateText = first([tag('dc.date', 'dcterms.date', 'dcterms.created', 'dcterms.issued', 'date'), ld.date, tag('article:published_time')]);
  const meta: DocumentMeta = {
    title: first([tag('dc.title', 'dcterms.title'), ld.title, tag('og:title'), hints.title, clean(raw.querySelector('title')?.textContent)]),
    dateText,
    date: dateText === undefined ? undefined : isoDate(dateText),
    author: first([tag('dc.creator', 'dcterms.creator'), ld.author, tag('author', 'article:author')]),
    summary: first([tag('dc.description', 'dcterms.description', 'dcterms.abstract'), ld.description, tag('description', 'og:description')]),
    language: first([tag('dc.language', 'dcterms.language'), ld.language, clean(raw.documentElement.getAttribute('lang')), locale(tag('og:locale'))]),
    rights: first([tag('dc.rights', 'dcterms.rights', 'dcterms.accessrights'), ld.rights]),
    collection: first([tag('dc.publisher', 'dcterms.publisher'), ld.publisher, tag('og:site_name')]),
    sourceUrl: first([canonical(raw), tag('og:url'), ld.url, webAddress(tag('dc.identifier', 'dcterms.identifier')), savedFrom(html)]),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}

/** Every `<meta>` by its name or property, lower case, `dc:` read as `dc.`; the first of a name wins. */
function metaTags(raw: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(raw.querySelectorAll('meta'))) {
    const name = (element.getAttribute('name') ?? element.getAttribute('property') ?? '').trim().toLowerCase().replace(/^(dc|dcterms):/u, '$1.');
    const content = clean(element.getAttribute('content'));
    if (name !== '' && content !== undefined && !tags.has(name)) tags.set(name, content);
  }
  return tags;
}

interface LinkedData {
  title?: string;
  date?: string;
  author?: string;
  description?: string;
  language?: string;
  rights?: string;
  publisher?: string;
  url?: string;
}

/** The page's schema.org description of its document: the first JSON-LD node that is not the site or page around it. */
function linkedData(raw: DomDocument): LinkedData {
  const nodes = Array.from(raw.querySelectorAll('script')).flatMap((script) =>
    (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json' ? jsonNodes(script.textContent ?? '') : [],
  );
  const node = nodes.find((candidate) => typeof candidate.headline === 'string') ?? nodes.find((candidate) => !isChrome(candidate) && named(candidate.name) !== undefined);
  if (!node) return {};
  return {
    title: named(node.headline) ?? named(node.name),
    date: named(node.datePublished) ?? named(node.dateCreated),
    author: names(node.author) ?? names(node.creator),
    description: named(node.description),
    language: named(node.inLanguage) ?? (isRecord(node.inLanguage) ? named(node.inLanguage.alternateName) ?? named(node.inLanguage.name) : undefined),
    rights: named(node.copyrightNotice) ?? named(node.license),
    publisher: names(node.publisher),
    url: webAddress(named(node.url)),
  };
}

type JsonRecord = Record<string, unknown>;

/** The objects of a JSON-LD script, `@graph`s and arrays flattened; nothing for JSON that does not parse. */
function jsonNodes(source: string): JsonRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return [];
  }
  const out: JsonRecord[] = [];
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(visit);
    else if (isRecord(item)) {
      out.push(item);
      if (item['@graph'] !== undefined) visit(item['@graph']);
    }
  };
  visit(value);
  return out;
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isChrome(node: JsonRecord): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  return types.some((type) => typeof type === 'string' && CHROME_TYPES.has(type.toLowerCase()));
}

/** A string, or the `name` of an object. */
function named(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (isRecord(value)) return named(value.name);
  return undefined;
}

/** One name or several (an author array), joined with semicolons. */
function names(value: unknown): string | undefined {
  const all = ([] as unknown[]).concat(value ?? []).map(named).filter((name): name is string => name !== undefined);
  return all.length === 0 ? undefined : all.join('; ');
}

function canonical(raw: DomDocument): string | undefined {
  const link = Array.from(raw.querySelectorAll('link[href]')).find((element) =>
    (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u).includes('canonical'),
  );
  return webAddress(clean(link?.getAttribute('href')));
}

/** The address a browser wrote into the page it saved ("<!-- saved from url=(0042)https://… -->", SingleFile's "url: …"). */
function savedFrom(html: string): string | undefined {
  const opening = html.slice(0, 4096);
  const match = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(opening) ?? /<!--[^]*?Page saved with SingleFile[^]*?url:\s*(\S+)/iu.exec(opening);
  return webAddress(match?.[1]);
}

function webAddress(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\/\S+$/iu.test(value) ? value : undefined;
}

/** An ISO date when the page states a whole one ("1950-05-14", "1950-05-14T00:00:00Z", "May 14, 1950"). */
function isoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/u.exec(text);
  if (iso) return parseDateLine(`${iso[1]}-${iso[2]}-${iso[3]}`);
  return parseDateLine(text);
}

/** Open Graph's "en_US" as a language tag ("en-US"). */
function locale(value: string | undefined): string | undefined {
  return value?.replace('_', '-');
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/gu, ' ').trim().normalize('NFC');
  return text === undefined || text === '' ? undefined : text;
}

function first(values: readonly (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined);
}
