/** Parses a witness file into a reading text with blocks, marks and metadata. STUB: helper A implements. */
import type { ParsedWitness } from '../document/model.js';

/** Decodes a witness file's bytes (UTF-8, BOM dropped) and parses it; throws CarrelError on bytes that are not UTF-8 text. */
export function parseWitnessBytes(bytes: Uint8Array): ParsedWitness {
  void bytes;
  throw new Error('not implemented');
}
