/** Comparing two transcriptions of one document: aligned blocks and the apparatus of their variants. */
import { alignBlocks } from './align-blocks.js';
import { matchAll, noMatches, slideLoneRuns } from './match-tokens.js';
import type { AlignedRow, CompareOptions, ComparedWitness, Comparison } from './model.js';
import { matchMovedBlocks } from './moved-blocks.js';
import { keysFor, tokeniseWitness } from './tokenise.js';
import { variantsOf } from './variants.js';

/** True for a row whose blocks are all page furniture (a side without a block counts as such). */
function onlyFurniture(row: AlignedRow, left: ComparedWitness, right: ComparedWitness): boolean {
  const isFurniture = (witness: ComparedWitness, block: number | null) => block === null || witness.blocks[block]?.kind === 'furniture';
  return isFurniture(left, row.left) && isFurniture(right, row.right);
}

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
  const rows = alignBlocks(leftTokens, rightTokens, matches, left.blocks.length, right.blocks.length);
  return {
    // Furniture left out of the comparison is left out of the view too: "Skip to content" is not the text.
    rows: options.includeFurniture ? rows : rows.filter((row) => !onlyFurniture(row, left, right)),
    variants: variantsOf({ text: left.text, tokens: leftTokens }, { text: right.text, tokens: rightTokens }, matches),
  };
}
