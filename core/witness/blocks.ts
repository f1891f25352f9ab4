/** Lays a reading text out into blocks and tells which kind of witness it is from what the file shows. */
import type { LaidBlock } from './laid-block.js';
import { readLetter } from './letter-zone.js';
import { isPageChrome } from './page-furniture.js';
import { readApparatus, readPageHead } from './page-zones.js';
import { readRecordZone } from './record-zone.js';
import { segmentText } from './segments.js';

/** The kinds of transcription the telegram's archive gives. */
export type ArchiveSource = 'archive-record' | 'web-page' | 'plain';

/** A witness's blocks in text order, still carrying their text, and the kind of witness it is. */
export interface WitnessLayout {
  blocks: LaidBlock[];
  source: ArchiveSource;
}

/**
 * An archive record opens with its catalogue headings ("Citation:"); a saved web page shows page chrome
 * ("Skip to content", "Record ID"); anything else is plain text. The document itself is laid out the same
 * way in all three, and whatever follows it (a page's summary and rights text) is apparatus.
 */
export function layoutWitness(text: string): WitnessLayout {
  const segments = segmentText(text);
  const record = readRecordZone(segments);
  const isPage = record === undefined && segments.some((segment) => isPageChrome(segment.text));
  const head = record ?? (isPage ? readPageHead(segments) : { blocks: [], next: 0 });
  const letter = readLetter(segments, head.next);
  const apparatus = readApparatus(segments.slice(letter.next));
  const source: ArchiveSource = record ? 'archive-record' : isPage ? 'web-page' : 'plain';
  return { blocks: [...head.blocks, ...letter.blocks, ...apparatus], source };
}
