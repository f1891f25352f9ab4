import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportBundle, exportFileName } from './index.js';
import { TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const [telegram] = bundle.documents;
if (!telegram) throw new Error('the fixture has a document');

describe('exporting in one call', () => {
  it('names the file for the document’s date and the main clause of its title', () => {
    expect(exportBundle('markdown', bundle).fileName).toBe('1950-05-14-cable-from-vyshinsky-to-mao-zedong.md');
    expect(exportBundle('tei', bundle).fileName).toBe('1950-05-14-cable-from-vyshinsky-to-mao-zedong.tei.xml');
  });

  it('gives each format its extension and media type', () => {
    const files = (['markdown', 'jsonld', 'csv', 'tei', 'html'] as const).map((format) => exportBundle(format, bundle));
    expect(files.map((file) => file.fileName.replace(/^.*?\./u, ''))).toEqual(['md', 'jsonld', 'csv', 'tei.xml', 'html']);
    expect(files.map((file) => file.mediaType.split(';')[0])).toEqual(['text/markdown', 'application/ld+json', 'text/csv', 'application/tei+xml', 'text/html']);
    expect(files.every((file) => file.content.length > 0)).toBe(true);
  });

  it('names an export of several documents for the day it was made', () => {
    expect(exportFileName({ ...bundle, documents: [telegram, { ...telegram, id: 'other' }] }, 'csv')).toBe('carrel-notes-2026-11-23.csv');
  });

  it('falls back to the export date without a document date, and keeps letters of any script', () => {
    const undated = { ...telegram, title: 'Шифртелеграмма Вышинского: Мао Цзэдуну', meta: { ...telegram.meta, date: undefined } };
    expect(exportFileName({ ...bundle, documents: [undated] }, 'md')).toBe('2026-11-23-шифртелеграмма-вышинского.md');
    expect(exportFileName({ ...bundle, documents: [{ ...telegram, title: '***' }] }, 'md')).toBe('1950-05-14-document.md');
  });
});
