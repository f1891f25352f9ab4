/**
 * A Word document (.docx): converted by mammoth to HTML and read by the same walker as a web page, so
 * headings, lists, tables, quotes and emphasis come through alike; footnotes and endnotes become notes
 * after the text, Word comments notes offered on the passages they cover, and docProps/core.xml the
 * metadata. The archive is checked before it is unpacked; images are never decoded.
 */
import { includesAscii, isZip, WORD_MAIN_PART } from './docx-zip.js';
import type { Importer } from './model.js';

export const docxImporter: Importer = {
  source: 'docx',
  name: 'Word (DOCX)',
  extensions: ['docx'],
  recognises: ({ bytes }) => isZip(bytes) && includesAscii(bytes, WORD_MAIN_PART),
  // The reading, with mammoth and the DOM, is loaded with the first Word file, not with every import.
  read: async (file) => (await import('./docx-read.js')).readWordDocument(file),
};
