import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from './segments.js';

describe('cutting text into segments', () => {
  it('cuts overlapping passages where each begins and ends, listing who covers each piece', () => {
    expect([...segment(0, 20, [{ start: 2, end: 10 }, { start: 6, end: 14 }])]).toEqual([
      { start: 0, end: 2, covering: [] },
      { start: 2, end: 6, covering: [0] },
      { start: 6, end: 10, covering: [0, 1] },
      { start: 10, end: 14, covering: [1] },
      { start: 14, end: 20, covering: [] },
    ]);
  });

  it('handles nesting, identical passages and passages reaching outside the stretch', () => {
    expect([...segment(5, 15, [{ start: 0, end: 30 }, { start: 8, end: 9 }, { start: 8, end: 9 }])]).toEqual([
      { start: 5, end: 8, covering: [0] },
      { start: 8, end: 9, covering: [0, 1, 2] },
      { start: 9, end: 15, covering: [0] },
    ]);
  });

  it('gives one uncovered segment when no passage touches the stretch, and none for an empty stretch', () => {
    expect([...segment(3, 7, [{ start: 10, end: 12 }, { start: 4, end: 4 }])]).toEqual([{ start: 3, end: 7, covering: [] }]);
    expect([...segment(3, 3, [{ start: 0, end: 9 }])]).toEqual([]);
  });

  it('covers the stretch exactly, and lists for each segment every passage over all of it', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.array(interval, { maxLength: 12 }), (from, length, intervals) => {
        const segments = [...segment(from, from + length, intervals)];
        expect(segments.map((piece) => piece.end - piece.start).reduce((sum, size) => sum + size, 0)).toBe(length);
        segments.forEach((piece, index) => {
          expect(piece.start).toBe(index === 0 ? from : segments[index - 1]?.end);
          const over = intervals.flatMap(({ start, end }, position) => (end > start && start <= piece.start && end >= piece.end ? [position] : []));
          expect(piece.covering).toEqual(over);
        });
      }),
    );
  });
});
