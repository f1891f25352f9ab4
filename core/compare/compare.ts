/** Comparing two transcriptions of one document: aligned blocks and the apparatus of their variants. */
import { alignBlocks } from './align-blocks.js';
import { matchAll, noMatches, slideLoneRuns } from './match-tokens.js';
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

/**
 * The two witnesses' blocks aligned row by row and their variants with offsets on both reading texts,
 * as the switches in `options` read them. Pure; a witness compared with itself has no variants.
 */
export function compareWitnesses(left: ComparedWitness, right: ComparedWitness, options: CompareOptions): Comparison {
  const leftTokens = tokeniseWitness(left, options);
  const rightTokens = tokeniseWitness(right, options);
  const [leftKeys, rightKeys] = internKeys(leftTokens, rightTokens);
  const matches = noMatches(leftTokens.length, rightTokens.length);
  const leftSide = { keys: leftKeys, blocks: leftTokens.map((token) => token.block) };
  const rightSide = { keys: rightKeys, blocks: rightTokens.map((token) => token.block) };
  matchAll(matches, leftSide, rightSide);
  matchMovedBlocks(leftTokens, rightTokens, leftKeys, rightKeys, matches);
  slideLoneRuns(matches.left, matches.right, leftSide);
  slideLoneRuns(matches.right, matches.left, rightSide);
  return {
    rows: alignBlocks(leftTokens, rightTokens, matches, left.blocks.length, right.blocks.length),
    variants: variantsOf({ text: left.text, tokens: leftTokens }, { text: right.text, tokens: rightTokens }, matches),
  };
}
