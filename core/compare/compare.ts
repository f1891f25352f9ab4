/** Comparing two transcriptions of one document: aligned blocks and the apparatus of their variants. */
import { alignBlocks } from './align-blocks.js';
import { matchAll, noMatches, slideLoneRuns } from './match-tokens.js';
import type { CompareOptions, ComparedWitness, Comparison } from './model.js';
import { matchMovedBlocks } from './moved-blocks.js';
import { keysFor, tokeniseWitness } from './tokenise.js';
import { variantsOf } from './variants.js';

/**
 * The two witnesses' blocks aligned row by row and their variants with offsets on both reading texts,
 * as the switches in `options` read them. Pure; a witness compared with itself has no variants.
 */
export function compareWitnesses(left: ComparedWitness, right: ComparedWitness, options: CompareOptions): Comparison {
  const keyOf = keysFor(options);
  const leftTokens = tokeniseWitness(left, options, keyOf);
  const rightTokens = tokeniseWitness(right, options, keyOf);
  const leftKeys = leftTokens.map((token) => token.key);
  const rightKeys = rightTokens.map((token) => token.key);
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
