/** Parses a witness file into a reading text with blocks, marks and metadata. */
import type { ParsedWitness } from '../document/model.js';
import { layoutWitness } from './blocks.js';
import { decodeWitnessText } from './decode.js';
import { toBlock } from './laid-block.js';
import { findMarks } from './marks.js';
import { readMeta } from './meta.js';

/**
 * Decodes a witness file's bytes (UTF-8, BOM dropped) and parses it; throws a `bad-request` CarrelError
 * on bytes that are not UTF-8 text. Offsets of blocks and marks are UTF-16 units into `text`, which is
 * the file's text in NFC with `\n` line ends and nothing else changed.
 */
export function parseWitnessBytes(bytes: Uint8Array): ParsedWitness {
  const text = decodeWitnessText(bytes);
  const layout = layoutWitness(text);
  const blocks = layout.blocks.map(toBlock);
  return { text, blocks, marks: findMarks(text, blocks), meta: readMeta(layout), source: layout.source };
}
