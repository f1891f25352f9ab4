import { describe, expect, it } from 'vitest';
import { intervalIndex, overlapSegments } from './interval-index.js';

const span = (id: string, start: number, end: number) => ({ id, start, end });

describe('intervalIndex', () => {
  it('finds every interval covering an offset, nested and overlapping ones included', () => {
    const index = intervalIndex([span('outer', 0, 100), span('inner', 10, 20), span('cross', 15, 40), span('later', 50, 60)]);
    expect(index.covering(16).map((s) => s.id)).toEqual(['outer', 'inner', 'cross']);
    expect(index.covering(55).map((s) => s.id)).toEqual(['outer', 'later']);
  });

  it('treats the end as outside the interval and the start as inside', () => {
    const index = intervalIndex([span('a', 5, 8)]);
    expect(index.covering(4)).toEqual([]);
    expect(index.covering(5).map((s) => s.id)).toEqual(['a']);
    expect(index.covering(8)).toEqual([]);
  });

  it('picks the innermost of nested intervals', () => {
    const index = intervalIndex([span('outer', 0, 100), span('middle', 10, 50), span('inner', 20, 30)]);
    expect(index.innermost(25)?.id).toBe('inner');
    expect(index.innermost(40)?.id).toBe('middle');
    expect(index.innermost(200)).toBeUndefined();
  });

  it('agrees with a plain scan on many random intervals', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 500 }, (_, i) => {
      const start = random(1000);
      return span(String(i), start, start + 1 + random(60));
    });
    const index = intervalIndex(spans);
    for (let offset = 0; offset < 1100; offset += 7) {
      const expected = spans.filter((s) => s.start <= offset && offset < s.end).map((s) => s.id).sort();
      expect(index.covering(offset).map((s) => s.id).sort()).toEqual(expected);
    }
  });

  it('ignores empty intervals', () => {
    expect(intervalIndex([span('empty', 3, 3)]).covering(3)).toEqual([]);
  });
});

describe('overlapSegments', () => {
  it('finds where a passage nests inside another', () => {
    expect(overlapSegments([span('outer', 0, 100), span('inner', 10, 20)])).toEqual([{ start: 10, end: 20 }]);
  });

  it('finds only the shared part of two crossing passages', () => {
    expect(overlapSegments([span('a', 0, 10), span('b', 5, 15)])).toEqual([{ start: 5, end: 10 }]);
  });

  it('does not count passages that only touch', () => {
    expect(overlapSegments([span('a', 0, 5), span('b', 5, 9)])).toEqual([]);
  });

  it('merges overlaps that run into each other, and ignores a lone passage', () => {
    expect(overlapSegments([span('a', 0, 10), span('b', 2, 6), span('c', 5, 8), span('d', 20, 30)])).toEqual([{ start: 2, end: 8 }]);
  });
});
