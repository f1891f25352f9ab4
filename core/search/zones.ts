/**
 * Which part of a transcription a search hit falls in: the document's own text, the archive's record
 * around it (title, citation, summary), or a saved web page's furniture. Search lists them apart, so that
 * a name in the citation does not crowd out the same name in the telegram.
 */
import type { TextZone } from '../api.js';
import { partitionPoint } from '../partition-point.js';

/** A block outside the text: [start, end) in the reading text and the zone it makes. */
export interface ZoneBlock {
  zone: Exclude<TextZone, 'text'>;
  start: number;
  end: number;
}

/**
 * The zone of the hit starting at `offset`, given the blocks outside the text in text order (blocks never
 * overlap). Everything no such block holds is text, the line breaks between blocks included.
 */
export function zoneAt(blocks: readonly ZoneBlock[], offset: number): TextZone {
  const block = blocks[partitionPoint(blocks.length, (index) => (blocks[index]?.start ?? Infinity) <= offset) - 1];
  return block !== undefined && offset < block.end ? block.zone : 'text';
}
