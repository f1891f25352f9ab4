import { describe, expect, it } from 'vitest';
import { layoutWitness } from './blocks.js';

/** Each block as [kind, label, text], the shape a reader of the layout cares about. */
function laidOut(text: string): [string, string | undefined, string][] {
  return layoutWitness(text).blocks.map((block) => [block.kind, block.label, text.slice(block.start, block.end)]);
}

const PLAIN_NOTES = [
  'Notes on the Korean War sources',
  '',
  'The ciphered telegrams of May 1950 survive in two archives, and the',
  'translations published online differ in small ways from one another.',
  '',
  '',
  'Compare the transliterations before quoting either of them.',
  '',
].join('\n');

describe('layoutWitness', () => {
  it('lays a plain text file out as paragraphs, joining wrapped lines', () => {
    expect(layoutWitness(PLAIN_NOTES).source).toBe('plain');
    expect(laidOut(PLAIN_NOTES)).toEqual([
      ['paragraph', undefined, 'Notes on the Korean War sources'],
      [
        'paragraph',
        undefined,
        'The ciphered telegrams of May 1950 survive in two archives, and the\ntranslations published online differ in small ways from one another.',
      ],
      ['paragraph', undefined, 'Compare the transliterations before quoting either of them.'],
    ]);
  });

  it('gives each numbered or dashed line of a paragraph its own list-item block', () => {
    expect(laidOut('To read:\n1. the record\n2. the web page\n- both')).toEqual([
      ['paragraph', undefined, 'To read:'],
      ['list-item', undefined, '1. the record'],
      ['list-item', undefined, '2. the web page'],
      ['list-item', undefined, '- both'],
    ]);
  });

  it('treats a line of spaces and non-breaking spaces as a blank line', () => {
    expect(laidOut('First.\n \u00a0 \nSecond.').map(([, , text]) => text)).toEqual(['First.', 'Second.']);
  });

  it('reads a letter by its salutation: header fields before it, signatures and copy list after it', () => {
    const letter = [
      'Secret',
      'Issuing No. 12',
      'Dear Comrade Ivanov,',
      'The shipment leaves on Monday and reaches the border by the end of the week.',
      'PETROV',
      '2 copies',
      '1. Comr. Ivanov',
      '2. Comr. Sidorov',
    ].join('\n\n');
    expect(laidOut(letter).map(([kind, label]) => (label ? `${kind}:${label}` : kind))).toEqual([
      'field:Classification',
      'field:Issuing No.',
      'salutation',
      'paragraph',
      'signature',
      'field:Copies',
      'list-item',
      'list-item',
    ]);
  });

  it('does not take a short line of the text for a signature before the text has begun', () => {
    expect(laidOut('Dear Anna,\n\nGreetings\n\nAll is well here.\n\nBoris')).toEqual([
      ['salutation', undefined, 'Dear Anna,'],
      ['paragraph', undefined, 'Greetings'],
      ['paragraph', undefined, 'All is well here.'],
      ['signature', undefined, 'Boris'],
    ]);
  });

  it('splits a date line off the line below it, as the archive record runs its date into its title', () => {
    expect(laidOut('Notes\n\nMay 14, 1950\nA day of cables').map(([, , text]) => text)).toEqual([
      'Notes',
      'May 14, 1950',
      'A day of cables',
    ]);
  });

  it('reads a page without a salutation as paragraphs up to the first page chrome', () => {
    const page = 'Skip to content\n\nA Title\n\nThe text of the page.\n\nRecord ID\n\n4242';
    expect(layoutWitness(page).source).toBe('web-page');
    expect(laidOut(page)).toEqual([
      ['furniture', undefined, 'Skip to content'],
      ['record', 'Title', 'A Title'],
      ['paragraph', undefined, 'The text of the page.'],
      ['furniture', undefined, 'Record ID'],
      ['furniture', undefined, '4242'],
    ]);
  });

  it('ends an archive record at the first paragraph that is not a heading or its value', () => {
    const record = 'Citation:\n\nA citation.\n\n<https://example.org/document/7>\n\nContents:\n\n- Translation\n\nThe text.';
    expect(layoutWitness(record).source).toBe('archive-record');
    expect(laidOut(record).at(-1)).toEqual(['paragraph', undefined, 'The text.']);
    expect(laidOut(record).filter(([kind]) => kind === 'record')).toHaveLength(5);
  });
});
