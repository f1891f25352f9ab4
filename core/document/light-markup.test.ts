import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lightMarkup, lightMarkupDelimiters, readsLightMarkup } from './light-markup.js';

/** The segments as [kind, the characters they show]. */
function shown(text: string): [string, string][] {
  return lightMarkup(text).map((segment) => [segment.kind, text.slice(segment.start, segment.end)]);
}

describe('lightMarkup', () => {
  it('shows a **title** bold without its stars, across line breaks', () => {
    expect(shown('May 14, 1950\n**Cable from Vyshinsky\nto Mao**\n\nCitation:')).toEqual([
      ['plain', 'May 14, 1950\n'],
      ['bold', 'Cable from Vyshinsky\nto Mao'],
      ['plain', '\n\nCitation:'],
    ]);
  });

  it('shows an autolink as its address, a link to it', () => {
    const text = 'See <http://digitalarchive.wilsoncenter.org/document/115976> now';
    expect(shown(text)).toEqual([
      ['plain', 'See '],
      ['link', 'http://digitalarchive.wilsoncenter.org/document/115976'],
      ['plain', ' now'],
    ]);
    expect(lightMarkup(text)[1]).toMatchObject({ href: 'http://digitalarchive.wilsoncenter.org/document/115976' });
  });

  it('shows a [*transliteration*] italic in its brackets, without the stars', () => {
    expect(shown('reunification [*pristupit k obiednineniiu*].')).toEqual([
      ['plain', 'reunification ['],
      ['italic', 'pristupit k obiednineniiu'],
      ['plain', '].'],
    ]);
  });

  it('drops the closing half of a bold cut off at the start of an excerpt, the words before it bold', () => {
    expect(shown('to attack South Korea** Citation')).toEqual([
      ['bold', 'to attack South Korea'],
      ['plain', ' Citation'],
    ]);
  });

  it('drops the opening half of a bold cut off at the end of an excerpt, the words after it bold', () => {
    expect(shown('the **decision to move')).toEqual([
      ['plain', 'the '],
      ['bold', 'decision to move'],
    ]);
  });

  it('drops the halves of a transliteration cut at both ends of an excerpt, keeping its brackets', () => {
    expect(shown('ogovoreno*], that [*pri etom')).toEqual([
      ['italic', 'ogovoreno'],
      ['plain', '], that ['],
      ['italic', 'pri etom'],
    ]);
  });

  it('leaves stars and angle brackets that are not markup as the source wrote them', () => {
    for (const text of ['2 ** 3 = 8', 'a < b > c', '<ftp://host/file>', 'note *this*', '** Citation']) {
      expect(shown(text)).toEqual([['plain', text]]);
    }
  });

  it('keeps every character that is not a delimiter, in order, each in one segment', () => {
    const pieces = fc.constantFrom('**', '[*', '*]', '<http://a.b/c>', '<', '>', 'word', ' ', '\n', '*', '[', ']');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const segments = lightMarkup(text);
        const delimiters = lightMarkupDelimiters(text);
        const covered = [...segments.map((segment) => [segment.start, segment.end] as const), ...delimiters].sort((a, b) => a[0] - b[0]);
        let cursor = 0;
        for (const [start, end] of covered) {
          expect(start).toBe(cursor);
          expect(end).toBeGreaterThan(start);
          cursor = end;
        }
        expect(cursor).toBe(text.length);
        // What is dropped is only ever markup: stars, and the angle brackets of a link.
        for (const [start, end] of delimiters) expect(text.slice(start, end)).toMatch(/^[*<>]+$/u);
      }),
    );
  });
});

describe('readsLightMarkup', () => {
  it('is true wherever lightMarkup would drop something', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('**', '[*', '*]', '<http://a.b>', '<', 'a', ' '), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (lightMarkupDelimiters(text).length > 0) expect(readsLightMarkup(text)).toBe(true);
      }),
    );
  });
});
