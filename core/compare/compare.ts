/** Comparing two transcriptions of one document: aligned blocks and the apparatus of their variants. */
import { alignBlocks } from './align-blocks.js';
import { matchInOrder, noMatches, slideLoneRuns } from './match-tokens.js';
import type { CompareOptions, ComparedWitness, Comparison } from './model.js';
import { matchMovedBlocks } from './moved-blocks.js';
import { tokeniseWitness, type Token } from './tokenise.js';
import { variantsOf } from './variants.js';

/** Each token's key as a small number, the same number for the same key on both sides. */
function internKeys(left: readonly Token[], right: readonly Token[]): [number[], number[]] {
  const ids = new Map<string, number>();
  const intern = (token: Token): number => {
    let id = ids.get(token.key);
    if (id === undefined) ids.set(token.key, (id = ids.size));
    return id;
  };
  return [left.map(intern), right.map(intern)];
}

const indexes = (length: number): number[] => Array.from({ length }, (_, i) => i);

/**
 * The two witnesses' blocks aligned row by row and their variants with offsets on both reading texts,
 * as the switches in `options` read them. Pure; a witness compared with itself has no variants.
 */
export function compareWitnesses(left: ComparedWitness, right: ComparedWitness, options: CompareOptions): Comparison {
  const leftTokens = tokeniseWitness(left, options);
  const rightTokens = tokeniseWitness(right, options);
  const [leftKeys, rightKeys] = internKeys(leftTokens, rightTokens);
  const matches = noMatches(leftTokens.length, rightTokens.length);
  matchInOrder(matches, indexes(leftTokens.length), indexes(rightTokens.length), leftKeys, rightKeys);
  matchMovedBlocks(leftTokens, rightTokens, leftKeys, rightKeys, matches);
  slideLoneRuns(matches.left, matches.right, leftKeys, leftTokens.map((token) => token.block));
  slideLoneRuns(matches.right, matches.left, rightKeys, rightTokens.map((token) => token.block));
  return {
    rows: alignBlocks(leftTokens, rightTokens, matches, left.blocks.length, right.blocks.length),
    variants: variantsOf({ text: left.text, tokens: leftTokens }, { text: right.text, tokens: rightTokens }, matches),
  };
}
