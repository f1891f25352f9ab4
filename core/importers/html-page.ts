/**
 * Reading a saved web page (html.ts): sanitised, its article found, walked block by block, its head read
 * for metadata. Loaded only when a page comes, since the DOM takes a while to load.
 */
import type { DocumentMeta } from '../document/model.js';
import { CarrelError } from '../errors.js';
import { isFurniturePhrase } from '../witness/page-furniture.js';
import { findArticle } from './html-article.js';
import { walkBlocks } from './html-blocks.js';
import { decodePage } from './html-charset.js';
import { parseHtmlDocument, type DomElement } from './html-dom.js';
import { readPageMeta } from './html-meta.js';
import { sanitizedDocument } from './html-purify.js';
import { singleWitness, type ImportFile, type ReadDocument } from './model.js';
import { ReadingText, type BuiltText } from './reading-text.js';

export function readPage(file: ImportFile): ReadDocument {
  const { html, encoding } = decodePage(file);
  const page = sanitizedDocument(html);
  const body = page.body ?? page.documentElement;
  const article = findArticle(page);
  let built = walkPage(body, (element) => article.holds(element));
  // An article of nothing visible is Readability's mistake: the page's whole text is then the text.
  if (!built.blocks.some((block) => block.kind !== 'furniture')) built = walkPage(body, () => true);
  if (built.text === '') {
    throw new CarrelError('bad-request', `${file.fileName} shows no text to read: it may be a page whose text a script fetched, which a saved copy does not keep.`);
  }
  // The raw parse is read for its head only (meta tags, JSON-LD as JSON): sanitising removes both.
  const meta: DocumentMeta = readPageMeta(parseHtmlDocument(html), html, { title: article.title });
  meta.title ??= fileStem(file.fileName);
  return singleWitness({ ...built, meta, source: 'html', encoding });
}

function walkPage(body: DomElement, holds: (element: DomElement) => boolean): BuiltText {
  const text = new ReadingText();
  walkBlocks(body, text, { kindOf: (element, kind) => (holds(element) ? kind : 'furniture') });
  const built = text.build();
  // Chrome Readability left in ("Print", "Skip to content", a rights line) is known by its whole text.
  const blocks = built.blocks.map((block) =>
    block.kind !== 'furniture' && isFurniturePhrase(built.text.slice(block.start, block.end)) ? { kind: 'furniture' as const, start: block.start, end: block.end } : block,
  );
  return { ...built, blocks };
}

function fileStem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/u, '');
}
