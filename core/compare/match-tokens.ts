/** Which tokens of two witnesses are the same words, in order: the longest common run found by jsdiff. */
import { diffArrays } from 'diff';

/** For each token of one side, the index of its counterpart on the other side, or -1 where it has none. */
export interface TokenMatches {
  left: Int32Array;
  right: Int32Array;
}

/** Unmatched slots for `leftLength` and `rightLength` tokens, to be filled by `matchInOrder`. */
export function noMatches(leftLength: number, rightLength: number): TokenMatches {
  return { left: new Int32Array(leftLength).fill(-1), right: new Int32Array(rightLength).fill(-1) };
}

/**
 * Records in `matches` an order-keeping matching of the tokens `leftIndexes` and `rightIndexes` (indexes
 * into the sides' token lists), whose keys are `leftKeys` and `rightKeys`. Keys are interned numbers so
 * that jsdiff compares them with `===` alone. The common head and tail are matched here first: jsdiff's
 * Myers diff costs grow with the length it walks, and most of two transcriptions is shared.
 */
export function matchInOrder(
  matches: TokenMatches,
  leftIndexes: readonly number[],
  rightIndexes: readonly number[],
  leftKeys: readonly number[],
  rightKeys: readonly number[],
): void {
  const pair = (l: number, r: number): void => {
    const left = leftIndexes[l] ?? -1;
    const right = rightIndexes[r] ?? -1;
    matches.left[left] = right;
    matches.right[right] = left;
  };
  let head = 0;
  while (head < leftKeys.length && head < rightKeys.length && leftKeys[head] === rightKeys[head]) {
    pair(head, head);
    head++;
  }
  let tail = 0;
  while (
    tail < leftKeys.length - head &&
    tail < rightKeys.length - head &&
    leftKeys[leftKeys.length - 1 - tail] === rightKeys[rightKeys.length - 1 - tail]
  ) {
    pair(leftKeys.length - 1 - tail, rightKeys.length - 1 - tail);
    tail++;
  }
  const changes = diffArrays(leftKeys.slice(head, leftKeys.length - tail), rightKeys.slice(head, rightKeys.length - tail));
  let l = head;
  let r = head;
  for (const change of changes) {
    if (change.added) r += change.count;
    else if (change.removed) l += change.count;
    else for (let i = 0; i < change.count; i++) pair(l++, r++);
  }
}

/**
 * Moves each run that only one side has past the same words after it, as far as they repeat, so that
 * it starts at a word rather than at a mark the diff happened to leave behind: an added ". A copy was
 * found." after "Washington" becomes "A copy was found.". Runs facing a run of the other side stay, as
 * they pair into a changed place. `blocks` keeps a run inside its block.
 */
export function slideLoneRuns(own: Int32Array, other: Int32Array, keys: readonly number[], blocks: readonly number[]): void {
  let start = 0;
  while (start < own.length) {
    if ((own[start] ?? 0) >= 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < own.length && (own[end] ?? 0) < 0 && blocks[end] === blocks[start]) end++;
    const before = start === 0 ? -1 : (own[start - 1] ?? -1);
    const lone = (start === 0 || before >= 0) && (own[end] ?? -1) === before + 1;
    while (lone && end < own.length && blocks[end] === blocks[start] && keys[end] === keys[start] && (own[end] ?? -1) >= 0) {
      const partner = own[end] ?? -1;
      own[start] = partner;
      other[partner] = start;
      own[end] = -1;
      start++;
      end++;
    }
    start = end;
  }
}
