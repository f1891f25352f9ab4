import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/document/model.js';
import { readingInContext } from './reading-in-context.js';

const text = 'Filippov.”\n\nTelegraph the fulfillment [ispolneniie telegraf’te].';
const blocks: Block[] = [
  { kind: 'signature', start: 0, end: 10 },
  { kind: 'paragraph', start: 12, end: text.length },
];
const at = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });

describe('a reading in its context', () => {
  it('shows up to three words before and two after a changed word', () => {
    const start = text.indexOf('telegraf');
    expect(readingInContext(text, blocks, at(start, start + 'telegraf’te'.length))).toEqual({
      before: 'the fulfillment [ispolneniie ',
      reading: 'telegraf’te',
      after: '].',
    });
  });

  it('keeps the context of a reading inside its own block', () => {
    expect(readingInContext(text, blocks, at(8, 8))).toEqual({ before: 'Filippov', reading: '', after: '.”' });
  });
});
