import { describe, expect, it } from 'vitest';
import type { Block, Mark } from '../../core/document/model.js';
import { layoutBlocks, marksByBlock } from './block-layout.js';

const block = (kind: Block['kind'], start: number, end: number): Block => ({ kind, start, end });

describe('layoutBlocks', () => {
  it('keeps record and furniture out of the text, and groups header fields and list items', () => {
    const layout = layoutBlocks([
      block('furniture', 0, 5),
      block('record', 6, 10),
      block('field', 11, 15),
      block('field', 16, 20),
      block('paragraph', 21, 30),
      block('list-item', 31, 35),
      block('list-item', 36, 40),
      block('furniture', 41, 45),
    ]);
    expect(layout.furniture.map((b) => b.start)).toEqual([0, 41]);
    expect(layout.record.map((b) => b.start)).toEqual([6]);
    expect(layout.text.map((group) => group.type)).toEqual(['fields', 'block', 'list']);
  });

  it('sets headings among header fields as part of the header, and lone headings alone', () => {
    const layout = layoutBlocks([
      block('heading', 0, 5),
      block('field', 6, 10),
      block('heading', 11, 15),
      block('salutation', 16, 20),
      block('heading', 21, 25),
      block('paragraph', 26, 30),
    ]);
    expect(layout.text.map((group) => (group.type === 'block' ? group.block.kind : `${group.type}:${group.blocks.length}`))).toEqual([
      'fields:3',
      'salutation',
      'heading',
      'paragraph',
    ]);
  });

  it('drops empty blocks, but keeps where a page begins, before the block that begins there', () => {
    expect(layoutBlocks([block('paragraph', 4, 4)]).text).toEqual([]);
    const page = { ...block('page', 10, 10), label: '2' };
    expect(layoutBlocks([block('paragraph', 0, 8), page, block('paragraph', 10, 20)]).text.map((group) => group.type === 'block' && group.block.kind)).toEqual([
      'paragraph',
      'page',
      'paragraph',
    ]);
  });

  it('numbers a list whose first item is ordered, and sets table cells row by row, a new table at row 0, column 0', () => {
    const cell = (start: number, row: number, column: number): Block => ({ ...block('table-cell', start, start + 1), row, column });
    const layout = layoutBlocks([
      { ...block('list-item', 0, 1), ordered: true },
      cell(2, 0, 0),
      cell(4, 0, 1),
      cell(6, 1, 0),
      cell(8, 1, 1),
      cell(10, 0, 0),
    ]);
    expect(layout.text.map((group) => (group.type === 'table' ? group.rows.map((row) => row.map((c) => c.start)) : group.type === 'list' && group.ordered))).toEqual([
      true,
      [
        [2, 4],
        [6, 8],
      ],
      [[10]],
    ]);
  });
});

describe('marksByBlock', () => {
  it('gives each block the marks that touch it, including one that spans two blocks', () => {
    const [first, second, third] = [block('paragraph', 0, 10), block('paragraph', 12, 20), block('paragraph', 22, 30)];
    const marks: Mark[] = [
      { kind: 'editorial', start: 2, end: 4 },
      { kind: 'emphasis', start: 8, end: 14 },
      { kind: 'markup', start: 10, end: 12 },
    ];
    const of = marksByBlock([first, second, third], marks);
    expect(of(first).map((m) => m.kind)).toEqual(['editorial', 'emphasis']);
    expect(of(second).map((m) => m.kind)).toEqual(['emphasis']);
    expect(of(third)).toEqual([]);
  });
});
