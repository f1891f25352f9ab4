/** The block type the witness layout works with before it is handed out as a plain `Block`. */
import type { Block, BlockKind } from '../document/model.js';
import type { Segment } from './segments.js';

/** A block still carrying its trimmed text, and whether it is a heading that only names the next blocks. */
export interface LaidBlock extends Block {
  text: string;
  /** "Citation:" is a `record` block labelled "Citation" but is not part of the citation itself. */
  isLabel: boolean;
}

/** Gives a segment its kind (and label, for `field` and `record` blocks). */
export function lay(segment: Segment, kind: BlockKind, label?: string, isLabel = false): LaidBlock {
  const block: LaidBlock = { kind, start: segment.start, end: segment.end, text: segment.text, isLabel };
  if (label !== undefined) block.label = label;
  return block;
}

/** Drops the layout's working fields, leaving what the contract's `Block` carries. */
export function toBlock(block: LaidBlock): Block {
  const { kind, start, end, label } = block;
  return label === undefined ? { kind, start, end } : { kind, start, end, label };
}
