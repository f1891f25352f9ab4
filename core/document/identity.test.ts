import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWitnessBytes } from '../witness/parse.js';
import { documentKey, mergeMeta } from './identity.js';

const seedMeta = (name: string) => parseWitnessBytes(readFileSync(new URL(`../../assets/telegram/${name}`, import.meta.url))).meta;
const archiveRecord = seedMeta('000_f2d2cbb9f3cdde5d.txt');
const webPage = seedMeta('001_8ff2a0690ef0c10c.txt');

describe('documentKey', () => {
  it('gives both seed witnesses the same key, from the telegram number and date', () => {
    expect(documentKey(archiveRecord)).toBe('telegram:8600:1950-05-14');
    expect(documentKey(webPage)).toBe('telegram:8600:1950-05-14');
  });

  it('gives no key to a plain text file', () => {
    expect(documentKey(parseWitnessBytes(new TextEncoder().encode('Reading notes.\n\nMore notes.')).meta)).toBeUndefined();
  });

  it('gives no key when the number or the date is missing, since either alone is shared by other telegrams', () => {
    expect(documentKey({ documentNumber: '8600' })).toBeUndefined();
    expect(documentKey({ date: '1950-05-14', recordId: '115976' })).toBeUndefined();
  });
});

describe('mergeMeta', () => {
  it('lets the earlier witness win each field and fills the gaps from later ones', () => {
    expect(mergeMeta([{ title: 'Record title' }, { title: 'Page title', sender: 'Vyshinsky' }])).toEqual({
      title: 'Record title',
      sender: 'Vyshinsky',
    });
  });

  it('treats an empty string as absent', () => {
    expect(mergeMeta([{ summary: '' }, { summary: 'The cable contains...' }])).toEqual({ summary: 'The cable contains...' });
  });

  it('unions distribution lists in order of first appearance', () => {
    expect(mergeMeta([{ distribution: ['Comr. Stalin', 'Comr. Molotov'] }, { distribution: ['Comr. Molotov', 'Comr. Copy'] }])).toEqual({
      distribution: ['Comr. Stalin', 'Comr. Molotov', 'Comr. Copy'],
    });
  });

  it('merges the seeds into the archive record’s metadata, which states every field', () => {
    expect(mergeMeta([archiveRecord, webPage])).toEqual(archiveRecord);
  });

  it('keeps what only the web page states when the page comes first', () => {
    const merged = mergeMeta([webPage, archiveRecord]);
    expect(merged.title).toBe('Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong');
    expect(merged.provenance).toContain('RGASPI, f. 558');
    expect(merged.sourceUrl).toBe('http://digitalarchive.wilsoncenter.org/document/115976');
  });

  it('merges nothing into an empty record', () => {
    expect(mergeMeta([])).toEqual({});
  });
});
