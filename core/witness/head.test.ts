import { describe, expect, it } from 'vitest';
import type { WitnessDetail } from '../api.js';
import { witnessHead } from './head.js';

const TEXT = 'First paragraph.\n\nSecond paragraph.\n\nThird one.';
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

const detail: WitnessDetail = {
  id: 'w1',
  documentId: 'd1',
  label: 'Plain text',
  source: 'plain',
  fileName: 'three.txt',
  text: TEXT,
  blocks: [
    { kind: 'paragraph', ...at('First paragraph.') },
    { kind: 'page', start: at('Second paragraph.').start, end: at('Second paragraph.').start },
    { kind: 'paragraph', ...at('Second paragraph.') },
    { kind: 'paragraph', ...at('Third one.') },
  ],
  marks: [
    { kind: 'emphasis', ...at('First') },
    { kind: 'emphasis', ...at('paragraph.\n\nSecond') },
    { kind: 'emphasis', ...at('Third') },
  ],
  meta: {},
};

describe('the beginning of a transcription', () => {
  it('ends with the first block that reaches the length asked for, whole, with the blocks and marks inside it', () => {
    const head = witnessHead(detail, at('Second').end);
    expect(head.text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(head.blocks).toEqual(detail.blocks.slice(0, 3));
    expect(head.marks).toEqual(detail.marks.slice(0, 2));
    expect(head.partOf).toBe(TEXT.length);
  });

  it('leaves a page that starts where the cut is to the rest', () => {
    const head = witnessHead(detail, 3);
    expect(head.text).toBe('First paragraph.');
    expect(head.blocks).toEqual(detail.blocks.slice(0, 1));
    expect(head.marks).toEqual(detail.marks.slice(0, 1));
  });

  it('is the whole transcription, unmarked, when its end is the text’s', () => {
    expect(witnessHead(detail, at('Third').start)).toBe(detail);
    expect(witnessHead(detail, TEXT.length + 100)).toBe(detail);
  });
});
