/**
 * Lays out what a saved web page puts around the document: its head (navigation, date, title, credits)
 * and its apparatus after the document (summary, provenance, rights, metadata panel).
 */
import { parseDateLine } from './dates.js';
import { lay, type LaidBlock } from './laid-block.js';
import { isFurniturePhrase, isInformationLabel, isPageLabel } from './page-furniture.js';
import type { Segment } from './segments.js';
import type { Zone } from './zone.js';

/** Values in the metadata panel are short ("Top Secret", a funder's name); prose after it is not a value. */
const MAX_PANEL_VALUE_LENGTH = 80;

/**
 * The page's head: chrome is `furniture`; the date line and the first other line are `record` blocks
 * labelled "Date" and "Title". Stops at the first line that is none of these: the document's first.
 */
export function readPageHead(segments: readonly Segment[]): Zone {
  const blocks: LaidBlock[] = [];
  let hasDate = false;
  let hasTitle = false;
  for (const segment of segments) {
    if (isFurniturePhrase(segment.text) || isPageLabel(segment.text)) {
      blocks.push(lay(segment, 'furniture'));
    } else if (!hasDate && parseDateLine(segment.text) !== undefined) {
      blocks.push(lay(segment, 'record', 'Date'));
      hasDate = true;
    } else if (!hasTitle && !segment.text.includes('\n')) {
      blocks.push(lay(segment, 'record', 'Title'));
      hasTitle = true;
    } else {
      break;
    }
  }
  return { blocks, next: blocks.length };
}

/**
 * The apparatus after the document: chrome and the metadata panel's labels and values are `furniture`;
 * the paragraph under "Document Information", or one that tells where the document came from, is the
 * "Provenance" record; the first other paragraph is the archive's "Summary".
 */
export function readApparatus(segments: readonly Segment[]): LaidBlock[] {
  let inPanel = false;
  let provenanceNext = false;
  let hasSummary = false;
  return segments.map((segment) => {
    const { text } = segment;
    if (isFurniturePhrase(text)) return lay(segment, 'furniture');
    if (isPageLabel(text)) {
      provenanceNext = isInformationLabel(text);
      inPanel ||= !provenanceNext;
      return lay(segment, 'furniture');
    }
    if (inPanel && !text.includes('\n') && text.length <= MAX_PANEL_VALUE_LENGTH) return lay(segment, 'furniture');
    if (provenanceNext || isProvenance(text)) {
      provenanceNext = false;
      return lay(segment, 'record', 'Provenance');
    }
    if (hasSummary) return lay(segment, 'record');
    hasSummary = true;
    return lay(segment, 'record', 'Summary');
  });
}

/** Provenance tells how the document reached the archive: "The document, from the ... Archives, was given". */
function isProvenance(text: string): boolean {
  return (
    /^The (?:document|original)\b.*\bArchives?\b/.test(text) ||
    /\b(?:was|were) (?:given|donated|transferred|declassified|obtained)\b.*\b(?:by|from)\b/.test(text)
  );
}
