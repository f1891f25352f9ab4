/**
 * What a Word document says about itself in docProps/core.xml (title, author, date of creation, language,
 * description), with the language of its default style when the properties name none.
 */
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import type { DocumentMeta } from '../document/model.js';

const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The document's metadata from its core properties and default style; parts missing or not XML give nothing. */
export function readWordProperties(coreXml: string | undefined, stylesXml: string | undefined): DocumentMeta {
  const core = parseXml(coreXml);
  const created = core && textOf(core, DCTERMS, 'created');
  const meta: DocumentMeta = {
    title: core && textOf(core, DC, 'title'),
    author: core && textOf(core, DC, 'creator'),
    // Only a whole date: Word writes "2024-03-01T09:30:00Z"; anything else is not a date Carrel can trust.
    date: /^\d{4}-\d{2}-\d{2}(?:T|$)/u.test(created ?? '') ? created?.slice(0, 10) : undefined,
    language: (core && textOf(core, DC, 'language')) ?? defaultLanguage(parseXml(stylesXml)),
    summary: core && textOf(core, DC, 'description'),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}

function parseXml(xml: string | undefined): XmlDocument | undefined {
  if (xml === undefined) return undefined;
  try {
    return new DOMParser().parseFromString(xml, 'text/xml');
  } catch {
    return undefined;
  }
}

function textOf(document: XmlDocument, namespace: string, name: string): string | undefined {
  const text = document.getElementsByTagNameNS(namespace, name).item(0)?.textContent?.replace(/\s+/gu, ' ').trim();
  return text === undefined || text === '' ? undefined : text.normalize('NFC');
}

/** The language of the document's default run properties (`w:docDefaults`), as Word records the writer's. */
function defaultLanguage(styles: XmlDocument | undefined): string | undefined {
  const defaults = styles?.getElementsByTagNameNS(WORD, 'docDefaults').item(0);
  const language = defaults?.getElementsByTagNameNS(WORD, 'lang').item(0)?.getAttributeNS(WORD, 'val')?.trim();
  return language === undefined || language === '' ? undefined : language;
}
