import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from './csv.js';
import { IDS, ORPHAN_QUOTE, TELEGRAM_SEED, telegramBundle } from './testing/telegram-bundle.js';

const bundle = telegramBundle(readFileSync(TELEGRAM_SEED));
const csv = toCsv(bundle);

/** The rows as an independent RFC 4180 parser reads them, strictly (every row as wide as the header). */
function rows(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false, record_delimiter: '\r\n' }) as Record<string, string>[];
}

describe('the CSV export, read by csv-parse', () => {
  it('has the header row and one row an annotation, document note first, orphan last', () => {
    const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows(csv).map((row) => row.id)).toEqual([IDS.documentNote, IDS.stalin, IDS.agreement, IDS.transliteration, IDS.condition, IDS.molotov, IDS.orphan]);
  });

  it('writes a passage with its witness, offsets, quote, colour, tags and people', () => {
    const row = rows(csv).find((candidate) => candidate.id === IDS.agreement);
    expect(row).toEqual({
      id: IDS.agreement,
      document: "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea",
      witness: 'Archive record',
      start: '1477',
      end: '1549',
      page: '',
      quote: 'they agree with the proposal of the Koreans to move toward reunification',
      note:
        'The consent is *conditional*:\n\n- Beijing must agree;\n- otherwise the question is "postponed".\n\n' +
        'See [the Wilson Center record](https://digitalarchive.wilsoncenter.org/document/115976).',
      colour: 'Key claim',
      tags: 'reunification; Korean War',
      people: '',
      created: '2026-11-21T14:30:00.000Z',
      modified: '2026-11-21T16:45:10.000Z',
    });
    expect(rows(csv).find((candidate) => candidate.id === IDS.stalin)?.people).toBe('Joseph Stalin');
  });

  it('cites the source’s page of a passage when its transcription keeps pages, as a PDF’s does', () => {
    const paged = {
      ...bundle,
      documents: bundle.documents.map((document) => ({
        ...document,
        witnesses: document.witnesses.map((witness) => ({
          ...witness,
          blocks: [{ kind: 'page' as const, start: 0, end: 0, label: '1' }, { kind: 'page' as const, start: 1500, end: 1500, label: '2' }, ...witness.blocks].sort((a, b) => a.start - b.start),
        })),
      })),
    };
    expect(rows(toCsv(paged)).find((candidate) => candidate.id === IDS.agreement)?.page).toBe('pp. 1–2');
  });

  it('keeps a quote holding a comma, double quotes and a line break whole, in an orphan row without offsets', () => {
    const orphan = rows(csv).find((row) => row.id === IDS.orphan);
    expect(orphan?.quote).toBe(ORPHAN_QUOTE);
    expect(orphan?.start).toBe('');
    expect(orphan?.witness).toBe('Archive record');
  });

  it('writes a document note as a row with no witness, offsets or quote', () => {
    const note = rows(csv).find((row) => row.id === IDS.documentNote);
    expect(note).toMatchObject({ witness: '', start: '', end: '', quote: '', note: "Read with Mao's telegram of 13 May (*not in the library yet*).\n\nStalin answers within a day." });
  });

  it('ends records with CRLF, starts with a byte order mark, and quotes every field holding a line break', () => {
    expect(csv.startsWith('\uFEFFid,document,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/gu, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/u);
  });

  it('defuses a note a spreadsheet would run as a formula', () => {
    const [document] = bundle.documents;
    if (!document) throw new Error('the fixture has a document');
    const annotations = document.annotations.map((annotation) => (annotation.id === IDS.stalin ? { ...annotation, note: '=HYPERLINK("http://evil.example")' } : annotation));
    const row = rows(toCsv({ ...bundle, documents: [{ ...document, annotations }] })).find((candidate) => candidate.id === IDS.stalin);
    expect(row?.note).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
