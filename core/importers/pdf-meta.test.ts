import { describe, expect, it } from 'vitest';
import { pdfMeta } from './pdf-meta.js';

/** XMP metadata as pdf.js gives it: a map of names to strings, or lists of them. */
function xmp(entries: Record<string, string | string[]>) {
  return { get: (name: string): unknown => entries[name] };
}

describe('a PDF’s description of itself', () => {
  it('reads title, author, subject as summary, and language; the file’s dates are not the document’s', () => {
    const info = { Title: ' Telegram  No. 8600 ', Author: 'A. Vyshinsky', Subject: 'Stalin’s answer to Mao', Language: 'ru', CreationDate: 'D:20190312101500Z', ModDate: 'D:20200101Z' };
    expect(pdfMeta({ info, metadata: null })).toEqual({ title: 'Telegram No. 8600', author: 'A. Vyshinsky', summary: 'Stalin’s answer to Mao', language: 'ru' });
  });

  it('takes no title from one a word processor made of the file’s name', () => {
    expect(pdfMeta({ info: { Title: 'Microsoft Word - letter to Mao.docx' }, metadata: null }).title).toBeUndefined();
    expect(pdfMeta({ info: { Title: 'Untitled' }, metadata: null }).title).toBeUndefined();
    expect(pdfMeta({ info: { Title: 'Microsoft Word - The Delegation’s Report' }, metadata: null }).title).toBe('The Delegation’s Report');
  });

  it('falls back on the XMP metadata, joining several creators, and takes its rights', () => {
    const metadata = xmp({ 'dc:title': 'The Archive', 'dc:creator': ['Ann Archivist', 'Bo Clerk'], 'dc:description': 'A finding aid', 'dc:rights': 'CC BY 4.0' });
    expect(pdfMeta({ info: { Title: '' }, metadata })).toEqual({ title: 'The Archive', author: 'Ann Archivist; Bo Clerk', summary: 'A finding aid', rights: 'CC BY 4.0' });
  });

  it('leaves out a language that is no language tag, and values that are not text', () => {
    expect(pdfMeta({ info: { Language: 'English (UK)', Author: { name: 'x' }, Title: '\u0000\u0000' }, metadata: null })).toEqual({});
  });
});
