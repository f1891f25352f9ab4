import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../document/model.js';
import { chicagoNote } from './chicago.js';

const TELEGRAM: DocumentMeta = {
  title: "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea",
  date: '1950-05-14',
  dateText: 'May 14, 1950',
  sender: 'Vyshinsky',
  recipient: 'Mao Zedong',
  archive: 'Russian Presidential Archives',
  collection: 'History and Public Policy Program Digital Archive',
  sourceUrl: 'http://digitalarchive.wilsoncenter.org/document/115976',
};

describe('chicagoNote', () => {
  it('cites the telegram as title, date, collection, archive and URL', () => {
    expect(chicagoNote(TELEGRAM)).toBe(
      "“Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea,” May 14, 1950, History and Public Policy Program Digital Archive, Russian Presidential Archives, http://digitalarchive.wilsoncenter.org/document/115976.",
    );
  });

  it('writes an ISO date the long way, and falls back to the date as written', () => {
    expect(chicagoNote({ title: 'T', date: '1950-05-14' })).toBe('“T,” May 14, 1950.');
    expect(chicagoNote({ title: 'T', dateText: 'mid-May 1950' })).toBe('“T,” mid-May 1950.');
  });

  it('leaves out missing fields with their commas', () => {
    expect(chicagoNote({ title: 'Ciphered Telegram No. 8600', archive: 'Russian Presidential Archives' })).toBe(
      '“Ciphered Telegram No. 8600,” Russian Presidential Archives.',
    );
    expect(chicagoNote({ title: 'Ciphered Telegram No. 8600' })).toBe('“Ciphered Telegram No. 8600.”');
  });

  it('puts no comma after a title that ends in a question mark', () => {
    expect(chicagoNote({ title: 'Who Started the War?', date: '1950-06-25' })).toBe('“Who Started the War?” June 25, 1950.');
  });

  it('describes an untitled document by its correspondents', () => {
    expect(chicagoNote({ sender: 'Vyshinsky', recipient: 'Mao Zedong', date: '1950-05-14' })).toBe('Vyshinsky to Mao Zedong, May 14, 1950.');
    expect(chicagoNote({})).toBe('Untitled document.');
  });

  it('names the author first, and the item, its collection and repository before the archive', () => {
    expect(
      chicagoNote({
        title: 'Letter to Pavel Orlov',
        author: 'Anna Keller',
        date: '1921-03-03',
        idno: 'KFP 12/3',
        archivalCollection: 'Keller Family Papers',
        repository: 'Manuscripts Reading Room',
        archive: 'Example City Archives',
      }),
    ).toBe('Anna Keller, “Letter to Pavel Orlov,” March 3, 1921, KFP 12/3, Keller Family Papers, Manuscripts Reading Room, Example City Archives.');
    expect(chicagoNote({ author: 'Anna Keller', recipient: 'Pavel Orlov' })).toBe('Anna Keller to Pavel Orlov.');
  });

  it('names an archive once when it is also the collection', () => {
    expect(chicagoNote({ title: 'T', archive: 'Wilson Center', collection: 'Wilson Center' })).toBe('“T,” Wilson Center.');
  });

  it('never leaves empty parts or doubled punctuation, whichever fields are missing', () => {
    const optional = fc.option(fc.constantFrom('', ' ', 'Text', 'Text,', 'Text.'), { nil: undefined });
    const meta = fc.record({
      title: optional,
      date: fc.option(fc.constantFrom('1950-05-14', 'not a date'), { nil: undefined }),
      dateText: optional,
      sender: optional,
      recipient: optional,
      archive: optional,
      collection: optional,
      sourceUrl: optional,
    });
    fc.assert(
      fc.property(meta, (value) => {
        const note = chicagoNote(value);
        expect(note).not.toMatch(/,\s*,|,\s*\.|\.\.|^\s*,|\s,|“,|“”/u);
        expect(note).toMatch(/[.”]$/u);
      }),
    );
  });
});
