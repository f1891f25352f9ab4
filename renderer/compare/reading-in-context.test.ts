import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/document/model.js';
import { blockIndexAt, readingInContext, type ReadingInContext } from './reading-in-context.js';

const text = 'Filippov.”\n\nTelegraph the fulfillment [ispolneniie telegraf’te].';
const blocks: Block[] = [
  { kind: 'signature', start: 0, end: 10 },
  { kind: 'paragraph', start: 12, end: text.length },
];
const at = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

/** The excerpt cut as the apparatus shows it: the words before, the reading, the words after. */
function pieces({ excerpt, start, end }: ReadingInContext) {
  return { before: excerpt.slice(0, start), reading: excerpt.slice(start, end), after: excerpt.slice(end) };
}

describe('a reading in its context', () => {
  it('shows up to three words before and two after a changed word', () => {
    const start = text.indexOf('telegraf');
    expect(pieces(readingInContext(text, blocks, at(start, start + 'telegraf’te'.length)))).toEqual({
      before: 'the fulfillment [ispolneniie ',
      reading: 'telegraf’te',
      after: '].',
    });
  });

  it('keeps the context of a reading inside its own block', () => {
    expect(pieces(readingInContext(text, blocks, at(8, 8)))).toEqual({ before: 'Filippov', reading: '', after: '.”' });
  });
});

describe('a reading across a line break', () => {
  it('reads each line break as one space, so the reading keeps its offsets and its markup', () => {
    const title = '**Cable from Vyshinsky\nto Mao**';
    const start = title.indexOf('to Mao');
    const found = readingInContext(title, [{ kind: 'record', start: 0, end: title.length }], { start, end: start + 6, text: 'to Mao' });
    expect(found).toEqual({ excerpt: '**Cable from Vyshinsky to Mao**', start, end: start + 6 });
  });
});

describe('the block at an offset', () => {
  const spaced: Block[] = [
    { kind: 'paragraph', start: 0, end: 10 },
    { kind: 'paragraph', start: 10, end: 20 },
    { kind: 'paragraph', start: 22, end: 30 },
  ];

  it('is the block holding it, the earlier one where two meet, and none in a gap or past the end', () => {
    expect([0, 5, 10, 15, 20, 21, 22, 30, 31].map((offset) => blockIndexAt(spaced, offset))).toEqual([0, 0, 0, 1, 1, -1, 2, 2, -1]);
    expect(blockIndexAt([], 0)).toBe(-1);
  });
});

describe('a reading in a long block', () => {
  it('takes only the words next to it, and no spaces where no word follows', () => {
    const long = `${'word '.repeat(5000)}target   `;
    const start = long.indexOf('target');
    const reading = { start, end: start + 6, text: 'target' };
    expect(pieces(readingInContext(long, [{ kind: 'paragraph', start: 0, end: long.length }], reading))).toEqual({ before: 'word word word ', reading: 'target', after: '' });
  });
});
