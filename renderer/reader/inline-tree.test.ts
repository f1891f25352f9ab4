import { describe, expect, it } from 'vitest';
import type { InlineNode } from './inline-tree.js';
import { inlineTree } from './inline-tree.js';

/** The offsets the tree's text runs cover, in order. */
function covered(nodes: InlineNode[]): number[] {
  return nodes.flatMap((node) => (node.type === 'text' ? Array.from({ length: node.end - node.start }, (_, i) => node.start + i) : covered(node.children)));
}

describe('inlineTree', () => {
  it('covers a block without marks with one run', () => {
    expect(inlineTree(3, 9, [])).toEqual([{ type: 'text', start: 3, end: 9 }]);
  });

  it('nests the delimiters of a transliteration inside it', () => {
    const tree = inlineTree(0, 20, [
      { kind: 'transliteration', start: 5, end: 15 },
      { kind: 'markup', start: 5, end: 7 },
      { kind: 'markup', start: 13, end: 15 },
    ]);
    expect(tree).toHaveLength(3);
    const mark = tree[1];
    expect(mark).toMatchObject({ type: 'mark', kind: 'transliteration', start: 5, end: 15 });
    expect(mark?.type === 'mark' && mark.children.map((c) => c.type === 'mark' ? c.kind : 'text')).toEqual(['markup', 'text', 'markup']);
    expect(covered(tree)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('splits a mark that crosses the end of another, keeping every offset once', () => {
    const tree = inlineTree(0, 10, [
      { kind: 'emphasis', start: 1, end: 5 },
      { kind: 'editorial', start: 3, end: 8 },
    ]);
    expect(covered(tree)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(tree.map((n) => [n.type === 'mark' ? n.kind : 'text', n.start, n.end])).toEqual([
      ['text', 0, 1],
      ['emphasis', 1, 5],
      ['editorial', 5, 8],
      ['text', 8, 10],
    ]);
  });

  it('clips marks to the block', () => {
    expect(covered(inlineTree(4, 8, [{ kind: 'emphasis', start: 0, end: 6 }]))).toEqual([4, 5, 6, 7]);
  });
});
