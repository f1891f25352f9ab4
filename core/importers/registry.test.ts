import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseImporter } from './registry.js';

const utf16 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));

describe('the importer chosen for a file', () => {
  it('goes by what the bytes show before the name', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n');
    expect(chooseImporter({ fileName: 'cable.txt', bytes: pdf }).name).toBe('PDF');
  });

  it('goes by the name when the bytes only say how text is encoded', () => {
    expect(chooseImporter({ fileName: 'week-3.md', bytes: utf16('# Week 3\n\nThe cable.') }).name).toBe('Markdown');
    expect(chooseImporter({ fileName: 'week-3', bytes: utf16('# Week 3\n\nThe cable.') }).name).toBe('Text');
  });

  it('refuses an empty file and says so', () => {
    expect(() => chooseImporter({ fileName: 'empty.txt', bytes: new Uint8Array() })).toThrow('empty.txt is empty: there is nothing to import.');
  });
});
