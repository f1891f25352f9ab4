/**
 * A web page the reader saved (from a digital archive, most often): sanitised, its document found by
 * Readability and laid out block by block, the rest of what the page shows kept apart as furniture, and
 * its metadata read from the head. Nothing on the page is ever run or fetched.
 */
import { pageOpening } from './html-charset.js';
import type { Importer } from './model.js';

/** What may come before a page's `<!doctype html>` or `<html>`: white space, comments, an XML declaration. */
const PREAMBLE = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/u;

export const htmlImporter: Importer = {
  source: 'html',
  name: 'HTML',
  extensions: ['html', 'htm', 'xhtml'],
  recognises: ({ bytes }) => /^<(?:!doctype\s+html|html[\s>])/iu.test(pageOpening(bytes, 4096).replace(PREAMBLE, '')),
  // The reading, with the DOM, is loaded with the first page, not with every import.
  read: async (file) => (await import('./html-page.js')).readPage(file),
};
