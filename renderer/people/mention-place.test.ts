import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/document/model.js';
import { mentionPlaces } from './mention-place.js';

const block = (kind: Block['kind'], start: number, end: number, more: Partial<Block> = {}): Block => ({ kind, start, end, ...more });

describe('mentionPlaces', () => {
  const telegram = [
    block('record', 0, 100, { label: 'Title' }),
    block('record', 101, 300, { label: 'Citation' }),
    block('field', 301, 320, { label: 'For' }),
    block('salutation', 321, 340),
    block('paragraph', 341, 500),
    block('paragraph', 501, 600),
    block('signature', 601, 610),
    block('list-item', 611, 625),
    block('list-item', 626, 640),
    block('furniture', 641, 700),
  ];
  const placeOf = mentionPlaces(telegram);

  it('tells the same name in the archive’s title and its citation apart', () => {
    expect(placeOf(50)).toBe('In the archive record: title');
    expect(placeOf(150)).toBe('In the archive record: citation');
  });

  it('counts the paragraphs of the text, and names its other parts', () => {
    expect(placeOf(341)).toBe('In the text, paragraph 1');
    expect(placeOf(550)).toBe('In the text, paragraph 2');
    expect(placeOf(305)).toBe('In the text, header: For');
    expect(placeOf(321)).toBe('In the text, salutation');
    expect(placeOf(605)).toBe('In the text, signature');
  });

  it('numbers a list’s items from its first', () => {
    expect(placeOf(612)).toBe('In the text, list item 1');
    expect(placeOf(630)).toBe('In the text, list item 2');
  });

  it('says a saved web page’s chrome is not the text', () => {
    expect(placeOf(650)).toBe('In the web page furniture');
  });

  it('names the page, counting paragraphs from its start, in any order the blocks come', () => {
    const pdf = mentionPlaces([
      block('paragraph', 60, 90),
      block('page', 50, 50, { label: '2' }),
      block('paragraph', 10, 40),
      block('page', 0, 0, { label: '1' }),
      block('paragraph', 91, 120),
    ]);
    expect(pdf(20)).toBe('In the text, page 1, paragraph 1');
    expect(pdf(100)).toBe('In the text, page 2, paragraph 2');
  });

  it('says only “In the text” between blocks or without any', () => {
    expect(placeOf(100)).toBe('In the text');
    expect(mentionPlaces([])(5)).toBe('In the text');
  });
});
