/**
 * Lays out the document itself: a letter or telegram has a header (letterhead and fields), a salutation,
 * its text, and a closing (signatures, fields, a copy list). Without a salutation there is no telling a
 * header from prose, so the text is laid out as paragraphs and list items only.
 */
import { lay, type LaidBlock } from './laid-block.js';
import { fieldLabel, isLetterhead, isSalutation, isSectionHeading, isSignature } from './letter-lines.js';
import { isPageChrome } from './page-furniture.js';
import type { Segment } from './segments.js';
import type { Zone } from './zone.js';

/** A closing is short lines; a paragraph longer than this after it is the archive's apparatus. */
const MAX_CLOSING_PARAGRAPH = 200;

/** The document's blocks from segment `from` on; `next` is where the page's apparatus begins, if any. */
export function readLetter(segments: readonly Segment[], from: number): Zone {
  const body = segments.slice(from);
  const salutation = body.findIndex((segment) => isSalutation(segment.text));
  const blocks: LaidBlock[] = [];
  if (salutation !== -1) body.slice(0, salutation).forEach((segment) => blocks.push(layHeaderLine(segment)));

  let phase: 'text' | 'closing' = 'text';
  let listSeen = false;
  for (let index = Math.max(salutation, 0); index < body.length; index += 1) {
    const segment = body[index];
    if (!segment) break;
    if (index === salutation) {
      blocks.push(lay(segment, 'salutation'));
      continue;
    }
    if (isPageChrome(segment.text) || (phase === 'closing' && endsClosing(segment, listSeen))) {
      return { blocks, next: from + index };
    }
    if (salutation !== -1 && isSignature(segment.text) && blocks.at(-1)?.kind !== 'salutation') {
      blocks.push(lay(segment, 'signature'));
      phase = 'closing';
    } else if (segment.listItem) {
      blocks.push(lay(segment, 'list-item'));
      listSeen ||= phase === 'closing';
    } else if (phase === 'closing') {
      blocks.push(layClosingLine(segment));
    } else {
      blocks.push(lay(segment, 'paragraph'));
    }
  }
  return { blocks, next: segments.length };
}

/** Before the salutation: fields by their patterns, letterhead lines as headings. */
function layHeaderLine(segment: Segment): LaidBlock {
  const label = fieldLabel(segment.text);
  if (label !== undefined) return lay(segment, 'field', label);
  return lay(segment, isLetterhead(segment.text) ? 'heading' : 'paragraph');
}

/** After a signature: closing fields ("5 copies", a date), "Copies:" headings, else paragraphs
 * (a postscript such as "Telegraph the fulfillment."). */
function layClosingLine(segment: Segment): LaidBlock {
  const label = fieldLabel(segment.text);
  if (label !== undefined) return lay(segment, 'field', label);
  return lay(segment, isSectionHeading(segment.text) ? 'heading' : 'paragraph');
}

/** The closing ends at a paragraph after its copy list, or at one too long to be a closing line. */
function endsClosing(segment: Segment, listSeen: boolean): boolean {
  if (segment.listItem) return false;
  return (listSeen && !isSectionHeading(segment.text)) || segment.text.length > MAX_CLOSING_PARAGRAPH;
}
