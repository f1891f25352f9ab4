import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ParsedWitness } from '../document/model.js';
import { isCarrelError } from '../errors.js';
import { pdfRefusal } from './pdf-document.js';
import { pdfImporter } from './pdf.js';
import type { ReadDocument } from './model.js';
import { drawingPdf, linesPdf, passwordPdf, unicodePdf, type PdfLine } from './testing/pdf/pdf-fixtures.js';

/** Lines down the page from `y`, 15 points apart; a line starting with two spaces is indented. */
function lines(y: number, ...texts: string[]): PdfLine[] {
  return texts.map((text, index) => ({ text: text.trimStart(), x: text.startsWith('  ') ? 90 : 72, y: y - 15 * index }));
}

/** A letter of three pages: a title, paragraphs, a hyphenated line end, a compound, an address. */
const LETTER: PdfLine[][] = [
  [
    { text: 'The Archive of Letters', x: 72, y: 760, size: 20, bold: true },
    ...lines(
      720,
      '  The first paragraph opens the record of the Ministry and runs on across the',
      'page to a second line, which ends with a word that is broken in two: archi-',
      'val holdings of the embassy were sent to Moscow in the spring of that year.',
    ),
    ...lines(660, '  A second paragraph, after a blank line, closes the first page of this file', 'with a short last line.'),
  ],
  lines(760, '  The report of the secretary describes the last weeks of the war of the Franco-', 'Prussian states, and the treaty that the delegation signed in the winter.', 'It ends here.'),
  [
    ...lines(760, 'Ministry of Foreign Affairs', 'Moscow'),
    ...lines(715, 'Dear Comrade, the telegram of 14 May was received and read by the committee', 'and the council, who answered it at once.'),
  ],
];

const INFO = { title: 'The Archive of Letters', author: 'Ann Archivist', subject: 'Letters of the embassy, 1950', language: 'en-GB' };

async function read(bytes: Uint8Array, fileName = 'letter.pdf'): Promise<ReadDocument> {
  return pdfImporter.read({ fileName, bytes });
}

/** The document's only transcription, checked against the model's schema. */
async function witnessOf(bytes: Uint8Array): Promise<ParsedWitness> {
  const document = await read(bytes);
  expect(document.witnesses).toHaveLength(1);
  return ParsedWitness.parse(document.witnesses[0]);
}

/** Each block as "kind[label]: its text". */
function shown(witness: ParsedWitness): string[] {
  return witness.blocks.map((block) => `${block.kind}${block.label === undefined ? '' : `[${block.label}]`}: ${witness.text.slice(block.start, block.end)}`);
}

/** The refusal `bytes` meet, as the sentence a reader sees. */
async function refusal(bytes: Uint8Array, fileName: string): Promise<string> {
  const error: unknown = await read(bytes, fileName).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isCarrelError(error)) throw new Error(`expected a CarrelError, got ${String(error)}`);
  expect(error.code).toBe('bad-request');
  return error.message;
}

describe('the PDF importer', () => {
  it('recognises a PDF by its header within the first kilobyte, whatever the file is called', async () => {
    const bytes = await linesPdf([lines(700, 'Text')]);
    expect(pdfImporter.recognises({ fileName: 'letter.txt', bytes })).toBe(true);
    const afterJunk = new Uint8Array([...new TextEncoder().encode('From: a mail server\r\n\r\n'), ...bytes]);
    expect(pdfImporter.recognises({ fileName: 'letter', bytes: afterJunk })).toBe(true);
    const tooLate = new Uint8Array([...new Uint8Array(1100).fill(0x20), ...bytes]);
    expect(pdfImporter.recognises({ fileName: 'letter.pdf', bytes: tooLate })).toBe(false);
    expect(pdfImporter.recognises({ fileName: 'note.pdf', bytes: new TextEncoder().encode('A note about %PDF-files') })).toBe(false);
    expect(pdfImporter.recognises({ fileName: 'tiny.pdf', bytes: new TextEncoder().encode('%PDF-1') })).toBe(true);
  });

  it('reads every page in reading order, each opened by its label, with its paragraphs and hyphenated words joined', async () => {
    const witness = await witnessOf(await linesPdf(LETTER, { ...INFO, pageLabels: [{ from: 0, style: 'r' }, { from: 1, style: 'D' }] }));
    expect(shown(witness)).toEqual([
      'page[i]: ',
      'heading: The Archive of Letters',
      'paragraph: The first paragraph opens the record of the Ministry and runs on across the page to a second line, which ends with a word that is broken in two: archival holdings of the embassy were sent to Moscow in the spring of that year.',
      'paragraph: A second paragraph, after a blank line, closes the first page of this file with a short last line.',
      'page[1]: ',
      'paragraph: The report of the secretary describes the last weeks of the war of the Franco-Prussian states, and the treaty that the delegation signed in the winter. It ends here.',
      'page[2]: ',
      'paragraph: Ministry of Foreign Affairs\nMoscow',
      'paragraph: Dear Comrade, the telegram of 14 May was received and read by the committee and the council, who answered it at once.',
    ]);
    expect(witness.blocks[1]?.level).toBe(1);
    expect(witness.text.startsWith('The Archive of Letters\n\nThe first paragraph')).toBe(true);
    expect(witness.source).toBe('pdf');
  });

  it('reads the title, author, subject and language, and leaves the file’s creation date out of the document’s', async () => {
    const witness = await witnessOf(await linesPdf(LETTER, INFO));
    expect(witness.meta).toEqual({ title: 'The Archive of Letters', author: 'Ann Archivist', summary: 'Letters of the embassy, 1950', language: 'en-GB' });
  });

  it('numbers the pages from 1 when the file gives no labels', async () => {
    const witness = await witnessOf(await linesPdf(LETTER));
    expect(witness.blocks.filter((block) => block.kind === 'page').map((block) => block.label)).toEqual(['1', '2', '3']);
    expect(witness.meta).toEqual({});
  });

  it('reads Hebrew printed in visual order as it is written, and ligatures as letters', async () => {
    const witness = await witnessOf(
      await unicodePdf([
        { text: 'שלום עולם, זהו מכתב ארוך מן הארכיון', x: 150, y: 700, visual: true },
        { text: 'ﬁnding ﬂowers in the oﬃce of the ﬁrst secretary', x: 72, y: 670 },
      ]),
    );
    expect(witness.text).toBe('שלום עולם, זהו מכתב ארוך מן הארכיון\n\nfinding flowers in the office of the first secretary');
  });

  it('reads two columns one after the other', async () => {
    const column = (x: number, word: string) => lines(700, ...Array.from({ length: 4 }, (_, index) => `${word} column, line ${index + 1} of four`)).map((line) => ({ ...line, x }));
    const witness = await witnessOf(await linesPdf([[...column(72, 'Left'), ...column(330, 'Right')]]));
    expect(witness.text).toBe(
      'Left column, line 1 of four Left column, line 2 of four Left column, line 3 of four Left column, line 4 of four\n\n' +
        'Right column, line 1 of four Right column, line 2 of four Right column, line 3 of four Right column, line 4 of four',
    );
  });

  it('reads a page turned sideways as it is shown', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const page = doc.addPage([595, 842]);
    page.setRotation(degrees(90));
    for (const line of LETTER[1] ?? []) page.drawText(line.text, { x: line.x, y: line.y, size: 12, font });
    const witness = await witnessOf(await doc.save());
    expect(witness.text).toBe(
      'The report of the secretary describes the last weeks of the war of the Franco-Prussian states, and the treaty that the delegation signed in the winter. It ends here.',
    );
  });

  it('leaves the file’s bytes as they were, for the store keeps them, and takes them as a Node Buffer', async () => {
    const bytes = await linesPdf(LETTER);
    const buffer = Buffer.from(bytes);
    const copy = Uint8Array.from(buffer);
    await read(buffer);
    expect(buffer.equals(copy)).toBe(true);
  });

  it('refuses a PDF of pages without text as scans, saying OCR will come later', async () => {
    expect(await refusal(await drawingPdf(2), 'scan.pdf')).toBe(
      'scan.pdf has no text layer (its pages look like scanned images), and reading scans by OCR will come in a later version of Carrel.',
    );
    // A scanner's stamp on every page is not a text layer.
    const stamped = await linesPdf([lines(40, 'Scanned with CamScanner'), lines(40, 'Scanned with CamScanner')]);
    expect(await refusal(stamped, 'stamped.pdf')).toMatch(/^stamped\.pdf has no text layer/u);
  });

  it('refuses a PDF locked by a password, saying what to do', async () => {
    expect(await refusal(await passwordPdf(), 'locked.pdf')).toBe('locked.pdf is protected by a password, which Carrel does not open: save a copy without the password and import that.');
  });

  it('refuses damaged bytes, saying what to do', async () => {
    const damaged = 'broken.pdf is damaged or is not a PDF, so Carrel could not read it: export it again from the program that made it.';
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n%%EOF'), 'broken.pdf')).toBe(damaged);
    const whole = await linesPdf(LETTER);
    expect(await refusal(whole.slice(0, whole.length / 2), 'broken.pdf')).toBe(damaged);
  });

  it('leaves failures that are not the file’s to the caller, as programming faults', () => {
    expect(pdfRefusal(new TypeError('x is undefined'), 'a.pdf')).toBeUndefined();
    expect(pdfRefusal({ name: 'UnknownErrorException', message: 'bad XRef' }, 'a.pdf')?.message).toMatch(/^a\.pdf is damaged/u);
  });
});
