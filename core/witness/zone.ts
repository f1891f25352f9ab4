/** What each reader of a part of the witness (record, page head, letter) hands back. */
import type { LaidBlock } from './laid-block.js';

/** The blocks a part was laid out into, and the index of the first segment after it. */
export interface Zone {
  blocks: LaidBlock[];
  next: number;
}
