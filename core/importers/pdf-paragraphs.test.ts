import { describe, expect, it } from 'vitest';
import type { PageLine } from './pdf-lines.js';
import { joinLines, pageBlocks, type PageBlock } from './pdf-paragraphs.js';

/** A line of a 400-unit-wide block from x = 50, its glyphs half its size wide. */
function line(text: string, y: number, options: Partial<PageLine> = {}): PageLine {
  const size = options.size ?? 10;
  const left = options.left ?? 50;
  return { text, left, right: left + text.length * size * 0.5, y, size, rtl: false, join: 'next', block: 0, ...options };
}

/** A full line: 80 characters reach across the block. */
const full = (start: string) => start.padEnd(80, ' x').slice(0, 80);
/** A full line that ends with `end`. */
const ending = (end: string) => ('x '.repeat(40) + end).slice(-80);

const shown = (blocks: PageBlock[]) => blocks.map((block) => `${block.kind}${block.level ?? ''}: ${block.lines.join(' | ')}`);

describe('paragraphs and headings of a page', () => {
  it('joins a word hyphenated at a line end, and keeps the hyphen of a compound before a capital or a digit', () => {
    expect(joinLines('the archi-', 'val record')).toBe('the archival record');
    expect(joinLines('the Franco-', 'Prussian war')).toBe('the Franco-Prussian war');
    expect(joinLines('in the years 1950-', '1953')).toBe('in the years 1950-1953');
    expect(joinLines('a pause -', 'then')).toBe('a pause - then');
    expect(joinLines('a soft\u00ad', 'ened tone')).toBe('a softened tone');
    expect(joinLines('the end.', 'Then')).toBe('the end. Then');
  });

  it('joins the lines of a paragraph, mending a hyphenated word', () => {
    const blocks = pageBlocks([line(ending('the archi-'), 100), line(full('val holdings goes on'), 112), line('to here.', 124)]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.lines).toEqual([`${ending('the archi-').slice(0, -1)}${full('val holdings goes on')} to here.`]);
    expect(blocks[0]?.lines[0]).toContain(' the archival holdings goes on');
  });

  it('starts a paragraph at a first-line indent', () => {
    const blocks = pageBlocks([line(full('One'), 100, { left: 62 }), line(full('goes on'), 112), line(full('Two'), 124, { left: 62 }), line(full('goes on'), 136)]);
    expect(blocks.map((block) => block.lines[0]?.slice(0, 3))).toEqual(['One', 'Two']);
  });

  it('starts a paragraph at each indented line after one that closed a sentence, and keeps an indented quotation whole', () => {
    const single = pageBlocks([line(ending('One sentence.'), 100, { left: 62 }), line(ending('Another.'), 112, { left: 62 }), line(full('Body'), 124)]);
    expect(single.map((block) => block.lines[0]?.slice(0, 80))).toEqual([ending('One sentence.'), ending('Another.')]);
    const quotation = pageBlocks([line(ending('a quotation'), 100, { left: 62 }), line(ending('goes on'), 112, { left: 62 }), line(full('Body'), 124)]);
    expect(quotation).toHaveLength(1);
  });

  it('starts a paragraph after a blank band, and after a short line that ends a sentence', () => {
    const blocks = pageBlocks([line(full('One'), 100), line('The end.', 112), line(full('Two'), 124), line('Three', 160, { join: 'gap', block: 1 })]);
    expect(blocks.map((block) => block.lines.join(' ').slice(0, 5))).toEqual(['One x', 'Two x', 'Three']);
  });

  it('keeps the line breaks of short lines that end no sentence, such as an address', () => {
    const blocks = pageBlocks([
      line('Ministry of Foreign Affairs of the USSR', 100),
      line('Moscow', 112),
      line('Smolenskaya Square', 124),
      line(full('Dear Comrade, the body of the letter'), 160, { join: 'gap', block: 1 }),
    ]);
    // The address is a block of its own, but the letter's body shows how far a full line reaches.
    expect(shown(blocks)[0]).toBe('paragraph: Ministry of Foreign Affairs of the USSR | Moscow | Smolenskaya Square');
  });

  it('makes a list item of each bulleted line, without its bullet, with the lines that hang from it', () => {
    const blocks = pageBlocks([
      line(full('• First point'), 100),
      line(full('runs on'), 112, { left: 62 }),
      line(full('• Second point'), 124),
      line(full('After the list'), 136, { left: 62, join: 'gap', block: 1 }),
    ]);
    expect(blocks.map((block) => `${block.kind}: ${block.lines.join(' | ').slice(0, 12)}`)).toEqual(['list-item: First point ', 'list-item: Second point', 'paragraph: After the li']);
    expect(blocks[0]?.lines).toEqual([`${full('• First point').slice(2)} ${full('runs on')}`]);
  });

  it('makes headings of larger type, level 1 for the largest, and joins a heading over two lines', () => {
    const blocks = pageBlocks([
      line('The Telegram', 60, { size: 20 }),
      line('Part One of the', 90, { size: 13, join: 'gap', block: 1 }),
      line('Correspondence', 106, { size: 13, block: 1 }),
      line(full('Body text'), 130, { join: 'gap', block: 2 }),
      line(full('and more body text'), 142, { block: 2 }),
    ]);
    expect(shown(blocks).slice(0, 2)).toEqual(['heading1: The Telegram', 'heading2: Part One of the Correspondence']);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('goes on into the next column when the sentence does, and starts anew when it ended', () => {
    const goesOn = pageBlocks([line(full('The cable was sent'), 100), line('the next day', 100, { join: 'column', left: 300, block: 1 })]);
    expect(goesOn).toHaveLength(1);
    const ended = pageBlocks([line(ending('The cable was sent.'), 100), line('the next day', 100, { join: 'column', left: 300, block: 1 })]);
    expect(ended).toHaveLength(2);
  });

  it('starts a paragraph where the writing changes direction', () => {
    const blocks = pageBlocks([line(full('An English line'), 100), line(full('שורה בעברית'), 112, { rtl: true })]);
    expect(blocks).toHaveLength(2);
  });

  it('reads a right-to-left paragraph’s indent from the right margin', () => {
    const rtl = { rtl: true };
    const blocks = pageBlocks([line(full('א'), 100, rtl), line(full('ג'), 112, rtl), line(full('ב'), 124, { ...rtl, left: 38 }), line(full('ד'), 136, rtl)]);
    // The third line ends 12 short of the right margin (450), where Hebrew lines start: an indent.
    expect(blocks.map((block) => block.lines[0]?.[0])).toEqual(['א', 'ב']);
  });

  it('puts text printed sideways in a paragraph of its own at the end of the page', () => {
    expect(shown(pageBlocks([line(full('Body'), 100)], ['DRAFT', 'copy 3']))).toEqual([`paragraph: ${full('Body')}`, 'paragraph: DRAFT copy 3']);
  });
});
