import { describe, expect, it } from 'vitest';
import { ReadingText } from './reading-text.js';

/** The characters each block covers, by kind. */
function shown(built: ReturnType<ReadingText['build']>): string[] {
  return built.blocks.map((block) => `${block.kind}:${built.text.slice(block.start, block.end)}`);
}

describe('a reading text built block by block', () => {
  it('parts blocks by a blank line and folds layout white space inside them', () => {
    const text = new ReadingText();
    text.open('heading', { level: 1 });
    text.write('  The   cable\n');
    text.open('paragraph');
    text.write('Comrade ');
    text.write(' Mao\tZedong ');
    const built = text.build();
    expect(built.text).toBe('The cable\n\nComrade Mao Zedong');
    expect(shown(built)).toEqual(['heading:The cable', 'paragraph:Comrade Mao Zedong']);
    expect(built.blocks[0]?.level).toBe(1);
  });

  it('keeps a no-break space, composes to NFC, and opens a paragraph for text written outside a block', () => {
    const text = new ReadingText();
    text.write('No.\u00a08600 e\u0301te');
    expect(text.build()).toMatchObject({ text: 'No.\u00a08600 \u00e9te', blocks: [{ kind: 'paragraph', start: 0, end: 12 }] });
  });

  it('drops an empty block together with its separator', () => {
    const text = new ReadingText();
    text.open('paragraph');
    text.write('One');
    text.open('paragraph');
    text.write('   ');
    text.open('paragraph');
    text.write('Two');
    expect(shown(text.build())).toEqual(['paragraph:One', 'paragraph:Two']);
  });

  it('marks exactly the words written inside a mark, not the space before them', () => {
    const text = new ReadingText();
    text.write('the ');
    text.mark('supplied', () => text.write('missing'));
    text.write(' word');
    text.mark('unclear', () => text.write('  '));
    const built = text.build();
    expect(built.text).toBe('the missing word');
    expect(built.marks).toEqual([{ kind: 'supplied', start: 4, end: 11 }]);
  });

  it('breaks lines inside a block, never at its start', () => {
    const text = new ReadingText();
    text.open('paragraph');
    text.lineBreak();
    text.write('Roses are red, ');
    text.lineBreak();
    text.write(' violets blue');
    expect(text.build().text).toBe('Roses are red,\nviolets blue');
  });

  it('records where a page begins as an empty page block between blocks', () => {
    const text = new ReadingText();
    text.page('1');
    text.write('First page.');
    text.page('2');
    text.write('Second page.');
    const built = text.build();
    expect(built.text).toBe('First page.\n\nSecond page.');
    expect(built.blocks).toEqual([
      { kind: 'page', start: 0, end: 0, label: '1' },
      { kind: 'paragraph', start: 0, end: 11 },
      { kind: 'page', start: 11, end: 11, label: '2' },
      { kind: 'paragraph', start: 13, end: 25 },
    ]);
  });
});

describe('a span of the reading text', () => {
  it('covers the words written inside it, from the first to the last, across a line break and nested spans', () => {
    const text = new ReadingText();
    text.write('Comrade');
    let inner: ReturnType<ReadingText['span']>;
    const outer = text.span(() => {
      text.write(' Mao ');
      inner = text.span(() => text.write('Zedong'));
      text.lineBreak();
    });
    text.write('Moscow');
    const built = text.build();
    expect(built.text).toBe('Comrade Mao Zedong\nMoscow');
    expect(outer && built.text.slice(outer.start, outer.end)).toBe('Mao Zedong');
    expect(inner && built.text.slice(inner.start, inner.end)).toBe('Zedong');
  });

  it('is undefined when nothing but white space is written in it', () => {
    const text = new ReadingText();
    text.write('one');
    expect(text.span(() => text.write('   '))).toBeUndefined();
  });
});
