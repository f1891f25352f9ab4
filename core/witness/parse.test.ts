import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BlockKind, MarkKind, ParsedWitness } from '../document/model.js';
import { parseWitnessBytes } from './parse.js';

const seedBytes = (name: string): Uint8Array => readFileSync(new URL(`../../assets/telegram/${name}`, import.meta.url));
const ARCHIVE_RECORD = '000_f2d2cbb9f3cdde5d.txt';
const WEB_PAGE = '001_8ff2a0690ef0c10c.txt';

/** The first block, in text order, whose text starts with `opening`; fails the test when there is none. */
function blockStarting(witness: ParsedWitness, opening: string): { kind: BlockKind; label?: string; text: string } {
  const found = witness.blocks
    .map((block) => ({ ...block, text: witness.text.slice(block.start, block.end) }))
    .filter((block) => block.text.startsWith(opening));
  const [block] = found;
  if (!block) throw new Error(`no block starts with ${JSON.stringify(opening)}`);
  return block.label === undefined ? { kind: block.kind, text: block.text } : { kind: block.kind, label: block.label, text: block.text };
}

function kindOf(witness: ParsedWitness, opening: string): BlockKind {
  return blockStarting(witness, opening).kind;
}

/** The text under each mark of one kind, in order. */
function marked(witness: ParsedWitness, kind: MarkKind): string[] {
  return witness.marks.filter((mark) => mark.kind === kind).map((mark) => witness.text.slice(mark.start, mark.end));
}

const DISTRIBUTION = ['Comr. Stalin', 'Comr. Molotov', 'Comr. Vyshinsky', 'Comr. 10th department', 'Comr. Copy'];
const PROVENANCE_000 =
  "The document, from the Russian Presidential Archives, was given by Russian President Boris Yeltsin to South Korean President Kim Young-Sam during the latter's visit to Moscow in June 1994, and was made available to CWIHP by the South Korean Embassy in Washington.";

describe('the archive record (000)', () => {
  const bytes = seedBytes(ARCHIVE_RECORD);
  const witness = parseWitnessBytes(bytes);

  it('is recognised as an archive record', () => {
    expect(witness.source).toBe('archive-record');
  });

  it('keeps the file text exactly, since it is already NFC with \\n line ends', () => {
    expect(witness.text).toBe(new TextDecoder().decode(bytes));
  });

  it('states every metadata field the record gives, and nothing else', () => {
    expect(witness.meta).toEqual({
      title:
        "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea",
      date: '1950-05-14',
      dateText: 'May 14, 1950',
      sender: 'Vyshinsky',
      recipient: 'Mao Zedong',
      classification: 'Top Secret',
      archive: 'Russian Presidential Archives',
      recordId: '115976',
      collection: 'History and Public Policy Program Digital Archive',
      sourceUrl: 'http://digitalarchive.wilsoncenter.org/document/115976',
      citation:
        "“Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea,” May 14, 1950, History and Public Policy Program Digital Archive, " +
        PROVENANCE_000,
      summary:
        "The cable contains Stalin's personal response to Mao's 13 May telegram. Using the code-name “Filippov,” Stalin confirms his agreement with the North Korean proposal to “move toward reunification,” contingent on Beijing's assent.",
      provenance: PROVENANCE_000,
      originalLanguage: 'Russian',
      documentNumber: '8600',
      distribution: DISTRIBUTION,
    });
  });

  it('takes the sender from the unquoted signature VYSHINSKY, not from the quoted "Filippov."', () => {
    expect(kindOf(witness, 'VYSHINSKY')).toBe('signature');
    expect(witness.meta.sender).toBe('Vyshinsky');
  });

  it('lays out the catalogue record before the translation as record blocks under their headings', () => {
    expect(blockStarting(witness, 'May 14, 1950')).toMatchObject({ kind: 'record', label: 'Date' });
    expect(blockStarting(witness, '**Cable from')).toMatchObject({ kind: 'record', label: 'Title' });
    expect(blockStarting(witness, 'Citation:')).toMatchObject({ kind: 'record', label: 'Citation' });
    expect(blockStarting(witness, '“Cable from')).toMatchObject({ kind: 'record', label: 'Citation' });
    expect(blockStarting(witness, '<http://')).toMatchObject({ kind: 'record', label: 'Citation' });
    expect(blockStarting(witness, 'The cable contains')).toMatchObject({ kind: 'record', label: 'Summary' });
    expect(blockStarting(witness, 'This document was made possible')).toMatchObject({ kind: 'record', label: 'Credits' });
    expect(blockStarting(witness, 'Russian')).toMatchObject({ kind: 'record', label: 'Original Language' });
    expect(blockStarting(witness, '- English Translation')).toMatchObject({ kind: 'record', label: 'Contents' });
  });

  it('lays out the telegram header as headings and labelled fields', () => {
    expect(kindOf(witness, 'MFA USSR')).toBe('heading');
    expect(kindOf(witness, 'Tenth Department')).toBe('heading');
    expect(kindOf(witness, 'CIPHERED TELEGRAM')).toBe('heading');
    expect(kindOf(witness, 'SPECIAL')).toBe('heading');
    expect(blockStarting(witness, 'Top Secret')).toMatchObject({ kind: 'field', label: 'Classification' });
    expect(blockStarting(witness, 'Making copies')).toMatchObject({ kind: 'field', label: 'Handling' });
    expect(blockStarting(witness, 'Special no. 550')).toMatchObject({ kind: 'field', label: 'Special no.' });
    expect(blockStarting(witness, '113')).toMatchObject({ kind: 'field', label: 'Number' });
    expect(blockStarting(witness, 'Issuing No. 8600')).toMatchObject({ kind: 'field', label: 'Issuing No.' });
    expect(blockStarting(witness, 'Received on')).toMatchObject({ kind: 'field', label: 'Received' });
    expect(blockStarting(witness, 'Sent on')).toMatchObject({ kind: 'field', label: 'Sent' });
    expect(blockStarting(witness, 'Destination:')).toMatchObject({ kind: 'field', label: 'Destination' });
    expect(blockStarting(witness, 'For Mao Zedong.')).toMatchObject({ kind: 'field', label: 'For' });
  });

  it('reads “Comr. Mao Zedong! as the salutation and Filippov.” as a signature', () => {
    expect(kindOf(witness, '“Comr. Mao Zedong!')).toBe('salutation');
    expect(kindOf(witness, 'In a conversation')).toBe('paragraph');
    expect(blockStarting(witness, 'Filippov.')).toMatchObject({ kind: 'signature', text: 'Filippov.”' });
    expect(kindOf(witness, 'Telegraph the fulfillment')).toBe('paragraph');
  });

  it('lays out the closing: copies and date as fields, "Copies:" as a heading, one list item a line', () => {
    expect(blockStarting(witness, '5 copies')).toMatchObject({ kind: 'field', label: 'Copies' });
    expect(blockStarting(witness, '14 May 1950')).toMatchObject({ kind: 'field', label: 'Date' });
    expect(kindOf(witness, 'Copies:')).toBe('heading');
    const items = witness.blocks.filter((block) => block.kind === 'list-item');
    expect(items.map((block) => witness.text.slice(block.start, block.end))).toEqual(DISTRIBUTION.map((name, i) => `${i + 1}. ${name}`));
  });

  it('reads [*...*] as a transliteration of the inner words, its delimiters as markup', () => {
    expect(marked(witness, 'transliteration')).toEqual(['pristupit k obiednineniiu', 'pri etom bilo ogovoreno', "ispolneniie telegraf'te"]);
    expect(marked(witness, 'markup').filter((text) => text !== '**')).toEqual(['[*', '*]', '[*', '*]', '[*', '*]']);
  });

  it('reads Filippov [Stalin] as an editorial insertion, brackets included', () => {
    expect(marked(witness, 'editorial')).toEqual(['[Stalin]']);
  });

  it('reads the **title** as emphasis across its line breaks, with the stars as markup', () => {
    expect(marked(witness, 'emphasis')).toEqual([
      "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's\nStance on Permission for North Korea to attack South\nKorea",
    ]);
    expect(marked(witness, 'markup').filter((text) => text === '**')).toHaveLength(2);
  });

  it('gives the same text, blocks, marks and metadata when the file has CRLF line ends', () => {
    const crlf = new TextEncoder().encode(new TextDecoder().decode(bytes).replace(/\n/g, '\r\n'));
    expect(parseWitnessBytes(crlf)).toEqual(witness);
  });
});

describe('the saved web page (001)', () => {
  const bytes = seedBytes(WEB_PAGE);
  const witness = parseWitnessBytes(bytes);

  it('is recognised as a web page', () => {
    expect(witness.source).toBe('web-page');
  });

  it('keeps its 17 non-breaking spaces where the page has them', () => {
    expect(witness.text).toBe(new TextDecoder().decode(bytes));
    expect(witness.text.match(/\u00a0/g)).toHaveLength(17);
    expect(witness.text).toContain('Tenth Department \u00a0\u00a0');
    expect(witness.text).toContain('Destination: PEKING \u00a0To Whom: SovAmbassador');
    expect(witness.text).toContain('[email\u00a0protected]');
  });

  it('states every metadata field the page gives, and nothing else', () => {
    expect(witness.meta).toEqual({
      title: 'Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong',
      date: '1950-05-14',
      dateText: 'May 14, 1950',
      sender: 'Vyshinsky',
      recipient: 'Mao Zedong',
      classification: 'Top Secret',
      archive: 'Russian Presidential Archives',
      collection: 'History and Public Policy Program Digital Archive',
      summary:
        'The cable contains Stalin’s personal response to Mao\'s 13 May telegram. Using the code-name “Filippov,” Stalin confirms his agreement with the North Korean proposal to “move toward reunification,” contingent on Beijing’s agreement.',
      provenance:
        'The document, from the Russian Presidential Archives, was given by Russian President Boris Yeltsin to South Korean President Kim Young-Sam during the latter’s visit to Moscow in June 1994, and was made available to CWIHP by the South Korean Embassy in Washington. A copy was subsequently found in RGASPI, f. 558, op. 11, d. 334, ll.0055.',
      documentNumber: '8600',
      distribution: DISTRIBUTION,
    });
  });

  it('takes the sender from the title, since the page drops the VYSHINSKY signature', () => {
    expect(witness.text).not.toContain('VYSHINSKY');
    expect(witness.meta.sender).toBe('Vyshinsky');
  });

  it('lays out navigation, credits, rights text and the metadata panel as furniture', () => {
    for (const opening of [
      'Skip to content',
      'This document was made possible',
      'The History and Public Policy Program welcomes reuse',
      'To enquire about',
      'Document Information',
      'Original Uploaded Date',
      'Record ID',
      'Original Classification',
      'Leon Levy Foundation',
    ]) {
      expect(kindOf(witness, opening), opening).toBe('furniture');
    }
    const panelValue = witness.blocks.at(-2);
    expect(panelValue && witness.text.slice(panelValue.start, panelValue.end)).toBe('Top Secret');
    expect(panelValue?.kind).toBe('furniture');
  });

  it('lays out the page title and date as record blocks, the trailing summary and provenance too', () => {
    expect(blockStarting(witness, 'May 14, 1950')).toMatchObject({ kind: 'record', label: 'Date' });
    expect(blockStarting(witness, 'Ciphered Telegram No. 8600')).toMatchObject({ kind: 'record', label: 'Title' });
    expect(blockStarting(witness, 'The cable contains')).toMatchObject({ kind: 'record', label: 'Summary' });
    expect(blockStarting(witness, 'The document, from')).toMatchObject({ kind: 'record', label: 'Provenance' });
  });

  it('lays out the telegram as the archive record does, with “Cde. as the salutation', () => {
    expect(kindOf(witness, 'Tenth Department')).toBe('heading');
    expect(blockStarting(witness, 'Top Secret')).toMatchObject({ kind: 'field', label: 'Classification' });
    expect(blockStarting(witness, 'Issuing No. 8600')).toMatchObject({ kind: 'field', label: 'Issuing No.' });
    expect(blockStarting(witness, 'Destination:')).toMatchObject({ kind: 'field', label: 'Destination' });
    expect(kindOf(witness, '“Cde. Mao Zedong!')).toBe('salutation');
    expect(kindOf(witness, 'In a conversation')).toBe('paragraph');
    expect(kindOf(witness, 'Telegraph the fulfillment')).toBe('paragraph');
    expect(witness.blocks.filter((block) => block.kind === 'list-item')).toHaveLength(5);
  });

  it('reads Filippov [Stalin].” as a signature, its gloss as an editorial insertion', () => {
    expect(blockStarting(witness, 'Filippov [Stalin].')).toMatchObject({ kind: 'signature', text: 'Filippov [Stalin].”' });
    expect(marked(witness, 'editorial')).toEqual(['[Stalin]', '[Stalin]']);
  });

  it('reads a lower-case bracket in the text as a transliteration, though the page drops the stars', () => {
    expect(marked(witness, 'transliteration')).toEqual(['pristupit k obiednineniiu', 'pri etom bilo ogovoreno', 'ispolneniie telegraf’te']);
    expect(marked(witness, 'markup')).toEqual(['[', ']', '[', ']', '[', ']']);
  });

  it('puts no mark on furniture, such as the mangled "[email protected]"', () => {
    const at = witness.text.indexOf('[email\u00a0protected]');
    expect(witness.marks.filter((mark) => mark.end > at && mark.start < at + 17)).toEqual([]);
  });
});

describe('both seeds', () => {
  const witnesses = [ARCHIVE_RECORD, WEB_PAGE].map((name) => parseWitnessBytes(seedBytes(name)));

  it('lay out blocks in order, without overlap, never ending in a line break or blank', () => {
    for (const { text, blocks } of witnesses) {
      let previousEnd = 0;
      for (const block of blocks) {
        expect(block.start).toBeGreaterThanOrEqual(previousEnd);
        expect(block.end).toBeGreaterThan(block.start);
        expect(text.slice(block.start, block.end)).not.toMatch(/\n$/);
        expect(text.slice(block.start, block.end).trim()).not.toBe('');
        previousEnd = block.end;
      }
    }
  });

  it('keep every mark inside one block', () => {
    for (const { blocks, marks } of witnesses) {
      for (const mark of marks) {
        expect(blocks.some((block) => block.start <= mark.start && mark.end <= block.end)).toBe(true);
      }
    }
  });
});
