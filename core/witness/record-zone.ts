/** Lays out the archive's catalogue record that opens an archive-record witness (000). */
import { parseDateLine } from './dates.js';
import { lay } from './laid-block.js';
import { isSalutation } from './letter-lines.js';
import { isBareUrl, recordHeading } from './record-headings.js';
import type { Segment } from './segments.js';
import type { Zone } from './zone.js';

/** A record starts with at most a date and a title before its first heading. */
const MAX_LINES_BEFORE_FIRST_HEADING = 3;

/**
 * The record's blocks, all `record`, labelled by the heading they stand under ("Citation", "Summary"; the
 * lines before the first heading are "Date" and "Title"), or undefined when the witness opens otherwise.
 * The record ends where a heading's value is followed by something that is not another heading.
 */
export function readRecordZone(segments: readonly Segment[]): Zone | undefined {
  const first = segments.findIndex((segment) => recordHeading(segment.text) !== undefined);
  if (first === -1 || first > MAX_LINES_BEFORE_FIRST_HEADING) return undefined;
  const opening = segments.slice(0, first);
  if (opening.some((segment) => isSalutation(segment.text))) return undefined;

  const blocks = opening.map((segment, index) => lay(segment, 'record', openingLabel(segment, opening, index)));
  let index = first;
  for (;;) {
    const heading = segments[index];
    const label = heading && recordHeading(heading.text);
    if (!heading || label === undefined) break;
    blocks.push(lay(heading, 'record', label, true));
    const end = valueEnd(segments, index + 1);
    for (const segment of segments.slice(index + 1, end)) blocks.push(lay(segment, 'record', label));
    index = end;
  }
  return { blocks, next: index };
}

/** A heading's value is a run of list lines ("Contents:"), or one paragraph and any bare links after it
 * (the citation and its URL). Stopping there is what separates the record from the document. */
function valueEnd(segments: readonly Segment[], start: number): number {
  const valueAt = (index: number): Segment | undefined => {
    const segment = segments[index];
    return segment && recordHeading(segment.text) === undefined ? segment : undefined;
  };
  let index = start;
  if (valueAt(index)?.listItem) {
    while (valueAt(index)?.listItem) index += 1;
    return index;
  }
  if (valueAt(index)) index += 1;
  while (isBareUrl(valueAt(index)?.text ?? '')) index += 1;
  return index;
}

/** Before the first heading: a date line, then the title (the first line that is not a date). */
function openingLabel(segment: Segment, opening: readonly Segment[], index: number): string | undefined {
  if (parseDateLine(segment.text) !== undefined) return 'Date';
  const titleIndex = opening.findIndex((candidate) => parseDateLine(candidate.text) === undefined);
  return index === titleIndex ? 'Title' : undefined;
}
