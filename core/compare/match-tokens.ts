/** Which tokens of two witnesses are the same words, in order: the longest common run found by jsdiff. */
import { diffArrays } from 'diff';
import { heaviestInOrder, type Candidate } from './heaviest-in-order.js';

/** For each token of one side, the index of its counterpart on the other side, or -1 where it has none. */
export interface TokenMatches {
  left: Int32Array;
  right: Int32Array;
}

/** One side's tokens as the matching needs them: each token's interned key and block index. */
export interface SideKeys {
  keys: readonly number[];
  blocks: readonly number[];
}

/** Unmatched slots for `leftLength` and `rightLength` tokens, to be filled by `matchInOrder`. */
export function noMatches(leftLength: number, rightLength: number): TokenMatches {
  return { left: new Int32Array(leftLength).fill(-1), right: new Int32Array(rightLength).fill(-1) };
}

/**
 * Records in `matches` an order-keeping matching of the tokens `leftIndexes` and `rightIndexes` (indexes
 * into the sides' token lists, whose keys are `allLeftKeys` and `allRightKeys`). Keys are numbers, so
 * jsdiff compares them with `===` alone. The common head and tail are matched here first: jsdiff's Myers
 * diff costs grow with the length it walks, and most of two transcriptions is shared.
 */
export function matchInOrder(
  matches: TokenMatches,
  leftIndexes: readonly number[],
  rightIndexes: readonly number[],
  allLeftKeys: readonly number[],
  allRightKeys: readonly number[],
): void {
  const leftKeys = leftIndexes.map((i) => allLeftKeys[i] ?? -1);
  const rightKeys = rightIndexes.map((i) => allRightKeys[i] ?? -1);
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
export function slideLoneRuns(own: Int32Array, other: Int32Array, { keys, blocks }: SideKeys): void {
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

/** Token indexes grouped by block, in order, with each block's keys joined as one comparable string. */
function blockRuns(blocks: readonly number[], keys: readonly number[]): Array<{ tokens: number[]; key: string }> {
  const runs: Array<{ tokens: number[]; key: string }> = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length > 0) runs.push({ tokens: run, key: run.map((i) => keys[i]).join(' ') });
    run = [];
  };
  blocks.forEach((block, i) => {
    if (i > 0 && block !== blocks[i - 1]) close();
    run.push(i);
  });
  close();
  return runs;
}

/**
 * Of the units (blocks, runs of words) whose key occurs once on each side, the heaviest set that keeps
 * both orders, as a map from left unit to right unit: the anchors of a patience diff.
 */
function uniqueAnchors(leftKeys: readonly string[], rightKeys: readonly string[], weightOf: (left: number) => number): Map<number, number> {
  const seen = new Map<string, { left: number; right: number; leftCount: number; rightCount: number }>();
  const entry = (key: string): { left: number; right: number; leftCount: number; rightCount: number } => {
    let found = seen.get(key);
    if (found === undefined) seen.set(key, (found = { left: -1, right: -1, leftCount: 0, rightCount: 0 }));
    return found;
  };
  leftKeys.forEach((key, i) => {
    const found = entry(key);
    found.left = i;
    found.leftCount++;
  });
  rightKeys.forEach((key, i) => {
    const found = entry(key);
    found.right = i;
    found.rightCount++;
  });
  const candidates: Array<Candidate | undefined> = leftKeys.map(() => undefined);
  for (const found of seen.values()) {
    if (found.leftCount === 1 && found.rightCount === 1) candidates[found.left] = { right: found.right, weight: weightOf(found.left) };
  }
  return heaviestInOrder(candidates, rightKeys.length);
}

/** Below this many tokens on a side, a stretch goes straight to jsdiff. */
const LONG_STRETCH = 2000;

/** Each position's run of three keys (the last two positions have none), as one comparable string. */
function trigrams(indexes: readonly number[], keys: readonly number[]): string[] {
  return indexes.slice(2).map((_, p) => `${keys[indexes[p] ?? -1]} ${keys[indexes[p + 1] ?? -1]} ${keys[indexes[p + 2] ?? -1]}`);
}

/**
 * `matchInOrder` for a stretch that may be long (every paragraph of a text edited somewhere, a long
 * block moved): runs of three words found once on each side anchor it first, so that jsdiff only walks
 * between them.
 */
export function matchStretch(matches: TokenMatches, leftIndexes: readonly number[], rightIndexes: readonly number[], allLeftKeys: readonly number[], allRightKeys: readonly number[]): void {
  if (leftIndexes.length < LONG_STRETCH || rightIndexes.length < LONG_STRETCH) {
    matchInOrder(matches, leftIndexes, rightIndexes, allLeftKeys, allRightKeys);
    return;
  }
  const anchors = uniqueAnchors(trigrams(leftIndexes, allLeftKeys), trigrams(rightIndexes, allRightKeys), () => 1);
  let l = 0;
  let r = 0;
  for (const [anchorLeft, anchorRight] of [...anchors].sort((a, b) => a[0] - b[0])) {
    matchInOrder(matches, leftIndexes.slice(l, anchorLeft), rightIndexes.slice(r, anchorRight), allLeftKeys, allRightKeys);
    const [leftToken, rightToken] = [leftIndexes[anchorLeft] ?? -1, rightIndexes[anchorRight] ?? -1];
    matches.left[leftToken] = rightToken;
    matches.right[rightToken] = leftToken;
    [l, r] = [anchorLeft + 1, anchorRight + 1];
  }
  matchInOrder(matches, leftIndexes.slice(l), rightIndexes.slice(r), allLeftKeys, allRightKeys);
}

/**
 * Records in `matches` an order-keeping matching of all tokens of both sides. Blocks whose words occur
 * once on each side are matched first (as patience diff anchors on unique lines), and the token diff
 * runs only on the stretches between them (anchored again on unique runs of words when long): one Myers
 * diff over a megabyte's tokens costs seconds, the stretches together milliseconds.
 */
export function matchAll(matches: TokenMatches, left: SideKeys, right: SideKeys): void {
  const leftRuns = blockRuns(left.blocks, left.keys);
  const rightRuns = blockRuns(right.blocks, right.keys);
  const anchors = uniqueAnchors(
    leftRuns.map((run) => run.key),
    rightRuns.map((run) => run.key),
    (run) => leftRuns[run]?.tokens.length ?? 0,
  );
  const between = (leftFrom: number, leftTo: number, rightFrom: number, rightTo: number): void => {
    const leftTokens = leftRuns.slice(leftFrom, leftTo).flatMap((run) => run.tokens);
    const rightTokens = rightRuns.slice(rightFrom, rightTo).flatMap((run) => run.tokens);
    if (leftTokens.length > 0 && rightTokens.length > 0) {
      matchStretch(matches, leftTokens, rightTokens, left.keys, right.keys);
    }
  };
  let l = 0;
  let r = 0;
  for (const [anchorLeft, anchorRight] of [...anchors].sort((a, b) => a[0] - b[0])) {
    between(l, anchorLeft, r, anchorRight);
    const rightTokens = rightRuns[anchorRight]?.tokens ?? [];
    (leftRuns[anchorLeft]?.tokens ?? []).forEach((token, k) => {
      const partner = rightTokens[k] ?? -1;
      matches.left[token] = partner;
      matches.right[partner] = token;
    });
    [l, r] = [anchorLeft + 1, anchorRight + 1];
  }
  between(l, leftRuns.length, r, rightRuns.length);
}
