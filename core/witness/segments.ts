/** Cuts a reading text into the stretches that become blocks, before anything is known of their kind. */
import { parseDateLine } from './dates.js';

/** A stretch of the reading text that becomes one block: a run of non-blank lines, or one list line. */
export interface Segment {
  /** [start, end) in the reading text: whole lines, without the final line break. */
  start: number;
  end: number;
  /** The stretch trimmed, for matching; offsets still cover the untrimmed lines. */
  text: string;
  /** A numbered ("1. ") or dashed ("- ") line, which is laid out on its own even inside a paragraph. */
  listItem: boolean;
}

/** Numbered or dashed list lines; a dash needs a space after it so that "-30°" stays prose. */
const LIST_LINE = /^\s*(?:\d{1,3}[.)]|[-–•])\s+\S/u;
/** Blank includes lines of spaces or non-breaking spaces only: they separate paragraphs on screen too. */
const BLANK_LINE = /^\s*$/u;

interface Line {
  start: number;
  end: number;
}

/**
 * Splits on blank lines, then gives every list line its own segment (000 runs its copy list together),
 * and every line that is only a date (000 runs its date into the title below it).
 */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run.at(-1);
    if (first && last) segments.push(makeSegment(text, first.start, last.end, false));
    run = [];
  };
  for (const line of linesOf(text)) {
    const content = text.slice(line.start, line.end);
    if (BLANK_LINE.test(content)) {
      flush();
    } else if (LIST_LINE.test(content) || parseDateLine(content) !== undefined) {
      flush();
      segments.push(makeSegment(text, line.start, line.end, LIST_LINE.test(content)));
    } else {
      run.push(line);
    }
  }
  flush();
  return segments;
}

/** A list line without its number or dash ("1. Comr. Stalin" gives "Comr. Stalin"). */
export function listItemContent(line: string): string {
  return line.trim().replace(/^(?:\d{1,3}[.)]|[-–•])\s+/u, '');
}

function makeSegment(text: string, start: number, end: number, listItem: boolean): Segment {
  return { start, end, text: text.slice(start, end).trim(), listItem };
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      yield { start, end: text.length };
      return;
    }
    yield { start, end: newline };
    start = newline + 1;
  }
}
