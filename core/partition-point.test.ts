import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partition-point.js';

describe('partitionPoint', () => {
  it('finds where a sorted list stops being at or before a value', () => {
    const starts = [0, 10, 10, 22, 30];
    expect([-1, 0, 9, 10, 21, 30, 99].map((offset) => partitionPoint(starts.length, (index) => (starts[index] ?? 0) <= offset))).toEqual([0, 1, 1, 3, 3, 5, 5]);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('agrees with a scan from the start on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, limit) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((value) => value > limit);
        expect(partitionPoint(sorted.length, (index) => (sorted[index] ?? 0) <= limit)).toBe(scanned === -1 ? sorted.length : scanned);
      }),
    );
  });
});
