/**
 * Which part of a saved page is the document, as Mozilla's Readability finds it; everything else the page
 * shows (navigation, header, footer, rights lines) is its furniture, as on the telegram's web page.
 */
import { Readability } from '@mozilla/readability';
import { foldedText, type DomDocument, type DomElement } from './html-dom.js';

/** The page's text as Readability found it. */
export interface PageArticle {
  /** True for an element whose text is the document's; false for page furniture. */
  holds(element: DomElement): boolean;
  /** The title Readability read from the page's `<title>`, the site's name taken off. */
  title?: string;
}

/** Readability is typed against the browser's DOM, which core has no types for; linkedom's document is one. */
type BrowserDocument = ConstructorParameters<typeof Readability>[0];

/** Numbers the page's elements, so that those Readability keeps (in a copy it rearranges) are known in the page. */
const NUMBER = 'data-carrel-node';

/**
 * Runs Readability over a copy of `page` (sanitised) and answers which of the page's own elements it kept.
 * When it finds no article, the whole body is the text.
 */
export function findArticle(page: DomDocument): PageArticle {
  const elements = Array.from(page.querySelectorAll('body, body *'));
  elements.forEach((element, index) => element.setAttribute(NUMBER, String(index)));
  let article: ReturnType<Readability<DomElement>['parse']>;
  try {
    article = new Readability<DomElement>(page.cloneNode(true) as unknown as BrowserDocument, { serializer: (node) => node as unknown as DomElement }).parse();
  } catch {
    // Readability's heuristics meeting a page they were not made for are no reason to refuse the page.
    article = null;
  }
  const content = article?.content;
  if (!article || !content) return { holds: () => true };

  const kept = new Set<string>();
  for (const element of [content, ...Array.from(content.querySelectorAll(`[${NUMBER}]`))]) {
    const number = element.getAttribute(NUMBER);
    if (number !== null) kept.add(number);
  }
  const title = clean(article.title);
  const byline = clean(article.byline);
  const dropped = elements.filter((element) => !kept.has(element.getAttribute(NUMBER) ?? ''));
  // Readability takes the heading that repeats the page's title and the byline (or dateline) out of the
  // article it returns; on an archive's page both are the document's own.
  const heading = title === undefined ? undefined : dropped.find((element) => isTitleHeading(element, title));
  const bylines = byline === undefined ? [] : dropped.filter((element) => foldedText(element) === byline);
  for (const element of [...(heading ? [heading] : []), ...bylines]) kept.add(element.getAttribute(NUMBER) ?? '');
  if (kept.size === 0) return { holds: () => true };
  return { holds: (element) => kept.has(element.getAttribute(NUMBER) ?? ''), title };
}

function isTitleHeading(element: DomElement, title: string): boolean {
  if (element.localName !== 'h1' && element.localName !== 'h2') return false;
  const heading = foldedText(element).toLowerCase();
  const wanted = title.toLowerCase();
  return heading !== '' && heading.includes(wanted);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/gu, ' ').trim();
  return text === undefined || text === '' ? undefined : text;
}
