import { describe, expect, it } from 'vitest';
import type { Block } from '../document/model.js';
import { findMarks } from './marks.js';

/** One block over the whole text, of the given kind, and the marks found in it as [kind, text]. */
function marksIn(text: string, kind: Block['kind'] = 'paragraph'): [string, string][] {
  return findMarks(text, [{ kind, start: 0, end: text.length }]).map((mark) => [mark.kind, text.slice(mark.start, mark.end)]);
}

describe('findMarks', () => {
  it('reads [Capitalised] as an editorial insertion including its brackets', () => {
    expect(marksIn('Filippov [Stalin] and his friends')).toEqual([['editorial', '[Stalin]']]);
  });

  it('reads [*...*] as a transliteration of the words inside, with markup over [* and *]', () => {
    expect(marksIn('reunification [*pristupit k obiednineniiu*].')).toEqual([
      ['markup', '[*'],
      ['transliteration', 'pristupit k obiednineniiu'],
      ['markup', '*]'],
    ]);
  });

  it('reads a bracket opening in lower case in the text as a transliteration', () => {
    expect(marksIn('made [pri etom bilo ogovoreno], that')).toEqual([
      ['markup', '['],
      ['transliteration', 'pri etom bilo ogovoreno'],
      ['markup', ']'],
    ]);
  });

  it('keeps the editors’ own lower-case words, such as [sic] and [illegible], editorial', () => {
    expect(marksIn('the [sic] word and an [illegible] one')).toEqual([
      ['editorial', '[sic]'],
      ['editorial', '[illegible]'],
    ]);
  });

  it('does not read a lower-case bracket in the archive record as a transliteration', () => {
    expect(marksIn('a note [see below]', 'record')).toEqual([]);
  });

  it('reads **...** as emphasis, with markup over the stars', () => {
    expect(marksIn('**Cable**')).toEqual([
      ['markup', '**'],
      ['emphasis', 'Cable'],
      ['markup', '**'],
    ]);
  });

  it('marks nothing in page furniture', () => {
    expect(marksIn('contact us at [email\u00a0protected] or [Press Office]', 'furniture')).toEqual([]);
  });

  it('never lets a mark cross from one block into the next', () => {
    const text = '**open\n\nclose**';
    const blocks: Block[] = [
      { kind: 'paragraph', start: 0, end: 6 },
      { kind: 'paragraph', start: 8, end: 15 },
    ];
    expect(findMarks(text, blocks)).toEqual([]);
  });

  it('sorts marks by where they start across blocks', () => {
    const text = '[B]\n\n[A] [*c*]';
    const blocks: Block[] = [
      { kind: 'paragraph', start: 5, end: 14 },
      { kind: 'paragraph', start: 0, end: 3 },
    ];
    expect(findMarks(text, blocks).map((mark) => mark.start)).toEqual([0, 5, 9, 11, 12]);
  });
});
