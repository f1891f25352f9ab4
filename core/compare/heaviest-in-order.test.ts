import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestInOrder, type Candidate } from './heaviest-in-order.js';

/** The best total weight of pairs keeping both orders, by trying every subset: the answer to check against. */
function bruteForceBest(candidates: ReadonlyArray<Candidate | undefined>): number {
  let best = 0;
  const visit = (left: number, lastRight: number, total: number): void => {
    best = Math.max(best, total);
    for (let l = left; l < candidates.length; l++) {
      const candidate = candidates[l];
      if (candidate && candidate.right > lastRight) visit(l + 1, candidate.right, total + candidate.weight);
    }
  };
  visit(0, -1, 0);
  return best;
}

const candidates = fc.array(fc.option(fc.record({ right: fc.nat({ max: 9 }), weight: fc.integer({ min: 1, max: 20 }) }), { nil: undefined }), { maxLength: 10 });

describe('pairs that keep the order of both sides', () => {
  it('keep both orders and weigh as much as the best choice found by trying every subset', () => {
    fc.assert(
      fc.property(candidates, (proposed) => {
        const pairs = [...heaviestInOrder(proposed, 10)].sort((a, b) => a[0] - b[0]);
        const rights = pairs.map(([, right]) => right);
        expect(rights).toEqual([...new Set(rights)].sort((a, b) => a - b));
        for (const [left, right] of pairs) expect(proposed[left]?.right).toBe(right);
        const weight = pairs.reduce((sum, [left]) => sum + (proposed[left]?.weight ?? 0), 0);
        expect(weight).toBe(bruteForceBest(proposed));
      }),
      { numRuns: 300 },
    );
  });

  it('drops the lighter of two pairs that cross', () => {
    expect([...heaviestInOrder([{ right: 5, weight: 1 }, { right: 2, weight: 9 }], 6)]).toEqual([[1, 2]]);
  });
});
