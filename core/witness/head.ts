/**
 * The beginning of a laid-out transcription, for the first screen of a long one: a prefix of its text that
 * ends where a block does, so that every block in it is whole and its offsets are those of the
 * whole text.
 */
import type { WitnessDetail } from '../api.js';

/**
 * `detail` up to the end of the first block to reach `upTo` (the blocks and marks lying wholly there, `partOf` the
 * whole text's length), or `detail` itself when that end is the text's. A page's start at the cut comes
 * with the rest: it belongs to what follows.
 */
export function witnessHead(detail: WitnessDetail, upTo: number): WitnessDetail {
  let cut = detail.text.length;
  for (const block of detail.blocks) if (block.end >= upTo && block.end < cut) cut = block.end;
  if (cut >= detail.text.length) return detail;
  return {
    ...detail,
    text: detail.text.slice(0, cut),
    blocks: detail.blocks.filter((block) => block.start < cut && block.end <= cut),
    marks: detail.marks.filter((mark) => mark.end <= cut),
    partOf: detail.text.length,
  };
}
