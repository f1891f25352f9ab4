/**
 * A page's runs put in reading order as lines: runs that share a baseline form a line, read left to
 * right (right to left when most of it is Hebrew or Arabic); the page is cut along the white space that
 * crosses it (a gutter between columns, a blank band between blocks), each part read in turn, top to
 * bottom and column after column. That is the "recursive XY cut" of document analysis, kept cautious:
 * a vertical cut needs a few lines on each side, each a fair share of the width, so that a column of
 * labels ("Date:", "From:") is not read apart from its values.
 */
import type { PlacedRun } from './pdf-runs.js';

/** How a line follows the one before it in reading order. */
export type LineJoin = 'next' | 'gap' | 'column';

/** A line of a page in reading order. */
export interface PageLine {
  /** Its runs joined, with a space wherever the page leaves one. */
  text: string;
  /** Its extent along the line and its baseline, in page units. */
  left: number;
  right: number;
  y: number;
  /** The font size most of its characters have. */
  size: number;
  rtl: boolean;
  /** `next` when it follows the line above within a block, `gap` after white space across the block,
   * `column` at the top of the next column. */
  join: LineJoin;
  /** The block of the page it was read in: lines of one block share margins. */
  block: number;
}

/** Runs whose boxes overlap by this share of the smaller one's height are on one line (a superscript too). */
const SAME_LINE_OVERLAP = 0.5;
/** A gap along a line wider than this many font sizes parts it into pieces that may lie in different columns. */
const PIECE_GAP = 1;
/** A gutter between columns is at least this many font sizes wide... */
const GUTTER = 1;
/** ...and has at least this many lines on each side, each side at least this share of the width. */
const COLUMN_LINES = 3;
const COLUMN_SHARE = 0.2;
/** White space across a block parts it when lines there are this much further apart than its usual spacing... */
const BAND_GAP_PITCH = 1.3;
/** ...and the blank between them is at least this many font sizes high. */
const BAND_GAP_BLANK = 0.3;
/** Beyond this many font sizes of gap between runs on a line, a space is read between them. */
const WORD_GAP = 0.1;
/** A glyph box reaches this far above and below the baseline, in font sizes. */
const ASCENT = 0.8;
const DESCENT = 0.2;

/** A piece of a line: its runs in left-to-right order, which line it belongs to, and its box. */
interface Piece {
  runs: PlacedRun[];
  line: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  y: number;
  size: number;
}

/** The lines of a page in reading order. */
export function readingLines(runs: readonly PlacedRun[]): PageLine[] {
  const pieces = piecesOf(linesOf(runs));
  if (pieces.length === 0) return [];
  const lines: PageLine[] = [];
  let block = 0;
  const read = (region: Piece[], join: LineJoin): void => {
    const cut = columnsOf(region) ?? bandsOf(region);
    if (cut) {
      cut.parts.forEach((part, index) => read(part, index === 0 ? join : cut.join));
      return;
    }
    lines.push(...leafLines(region, join, block));
    block += 1;
  };
  read(pieces, 'next');
  return lines;
}

/** Runs grouped into lines by overlapping boxes, top to bottom. */
function linesOf(runs: readonly PlacedRun[]): PlacedRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PlacedRun[][] = [];
  let current: PlacedRun[] = [];
  let tallest: PlacedRun | undefined;
  for (const run of sorted) {
    if (tallest && overlap(run, tallest) >= SAME_LINE_OVERLAP * Math.min(run.size, tallest.size)) {
      current.push(run);
      if (run.size > tallest.size) tallest = run;
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [run];
    tallest = run;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

function overlap(a: PlacedRun, b: PlacedRun): number {
  return Math.min(a.y + DESCENT * a.size, b.y + DESCENT * b.size) - Math.max(a.y - ASCENT * a.size, b.y - ASCENT * b.size);
}

/** Each line parted where a wide gap separates its runs. */
function piecesOf(lines: readonly PlacedRun[][]): Piece[] {
  const pieces: Piece[] = [];
  lines.forEach((line, index) => {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    let runs: PlacedRun[] = [];
    for (const run of sorted) {
      const last = runs.at(-1);
      if (last && run.x - (last.x + last.width) > PIECE_GAP * Math.max(run.size, last.size)) {
        pieces.push(piece(runs, index));
        runs = [];
      }
      runs.push(run);
    }
    if (runs.length > 0) pieces.push(piece(runs, index));
  });
  return pieces;
}

function piece(runs: PlacedRun[], line: number): Piece {
  const size = dominantSize(runs);
  return {
    runs,
    line,
    left: Math.min(...runs.map((run) => run.x)),
    right: Math.max(...runs.map((run) => run.x + run.width)),
    top: Math.min(...runs.map((run) => run.y - ASCENT * run.size)),
    bottom: Math.max(...runs.map((run) => run.y + DESCENT * run.size)),
    y: baselineOf(runs, size),
    size,
  };
}

interface Cut {
  parts: Piece[][];
  join: LineJoin;
}

/** The region parted at its widest gutter into columns, in reading order; none when no gutter qualifies. */
function columnsOf(region: Piece[]): Cut | undefined {
  const sorted = [...region].sort((a, b) => a.left - b.left);
  const left = sorted[0]?.left ?? 0;
  const width = Math.max(...region.map((piece) => piece.right)) - left;
  const gutterWidth = GUTTER * medianSize(region);
  let best: { at: number; width: number } | undefined;
  let reach = -Infinity;
  for (const [index, piece] of sorted.entries()) {
    const gap = piece.left - reach;
    if (index > 0 && gap >= gutterWidth && (!best || gap > best.width)) {
      const before = sorted.slice(0, index);
      const after = sorted.slice(index);
      if (isColumn(before, width) && isColumn(after, width)) best = { at: index, width: gap };
    }
    reach = Math.max(reach, piece.right);
  }
  if (!best) return undefined;
  const parts = [sorted.slice(0, best.at), sorted.slice(best.at)];
  if (isRightToLeft(region)) parts.reverse();
  return { parts, join: 'column' };
}

function isColumn(pieces: Piece[], regionWidth: number): boolean {
  const lines = new Set(pieces.map((piece) => piece.line)).size;
  const width = Math.max(...pieces.map((piece) => piece.right)) - Math.min(...pieces.map((piece) => piece.left));
  return lines >= COLUMN_LINES && width >= COLUMN_SHARE * regionWidth;
}

/** The region parted top to bottom wherever a blank band crosses it, wider than its lines' spacing. */
function bandsOf(region: Piece[]): Cut | undefined {
  const sorted = [...region].sort((a, b) => a.top - b.top);
  const pitch = linePitch(region);
  const parts: Piece[][] = [];
  let part: Piece[] = [];
  let bottom = -Infinity;
  let baseline = -Infinity;
  for (const piece of sorted) {
    const blank = piece.top - bottom;
    const size = Math.max(piece.size, medianSize(part));
    if (part.length > 0 && blank >= BAND_GAP_BLANK * size && piece.y - baseline >= BAND_GAP_PITCH * pitch) {
      parts.push(part);
      part = [];
    }
    part.push(piece);
    bottom = Math.max(bottom, piece.bottom);
    baseline = Math.max(baseline, piece.y);
  }
  parts.push(part);
  return parts.length > 1 ? { parts, join: 'gap' } : undefined;
}

/** The usual distance between baselines in a region: a low quantile, so that paragraph gaps do not count. */
function linePitch(region: Piece[]): number {
  const baselines = [...new Set(region.map((piece) => piece.y))].sort((a, b) => a - b);
  const size = medianSize(region);
  const steps: number[] = [];
  for (let index = 1; index < baselines.length; index += 1) {
    const step = (baselines[index] ?? 0) - (baselines[index - 1] ?? 0);
    // A superscript's raised baseline is no line of its own.
    if (step >= 0.5 * size) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 4)] ?? 1.2 * size;
}

/** A region no cut parts: its pieces joined back into lines, top to bottom. */
function leafLines(region: Piece[], join: LineJoin, block: number): PageLine[] {
  const byLine = new Map<number, Piece[]>();
  for (const piece of region) byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece]);
  const lines = [...byLine.values()].map((pieces) => lineOf(pieces.flatMap((piece) => piece.runs), block));
  lines.sort((a, b) => a.y - b.y);
  return lines.map((line, index) => ({ ...line, join: index === 0 ? join : 'next' }));
}

function lineOf(runs: PlacedRun[], block: number): PageLine {
  const rtlWeight = runs.reduce((sum, run) => sum + (run.rtl ? run.text.length : 0), 0);
  const rtl = 2 * rtlWeight > runs.reduce((sum, run) => sum + run.text.length, 0);
  // Runs in logical order: each run's text already is; a right-to-left line reads its runs from the right.
  const ordered = [...runs].sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
  let text = '';
  let previous: PlacedRun | undefined;
  for (const run of ordered) {
    if (previous && isOverprint(previous, run)) continue;
    if (previous) {
      const gap = rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width);
      if (gap > WORD_GAP * Math.max(run.size, previous.size)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  const size = dominantSize(runs);
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    left: Math.min(...runs.map((run) => run.x)),
    right: Math.max(...runs.map((run) => run.x + run.width)),
    y: baselineOf(runs, size),
    size,
    rtl,
    join: 'next',
    block,
  };
}

/** The same text printed again a hair's breadth away: a typewriter's or a word processor's fake bold. */
function isOverprint(previous: PlacedRun, run: PlacedRun): boolean {
  return run.text === previous.text && Math.abs(run.x - previous.x) < 0.2 * run.size && Math.abs(run.y - previous.y) < 0.2 * run.size;
}

function isRightToLeft(region: Piece[]): boolean {
  let rtl = 0;
  let all = 0;
  for (const run of region.flatMap((piece) => piece.runs)) {
    all += run.text.length;
    if (run.rtl) rtl += run.text.length;
  }
  return 2 * rtl > all;
}

/** The font size most characters have, so that a drop cap or a footnote mark does not set a line's size. */
function dominantSize(runs: readonly PlacedRun[]): number {
  const weights = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 10) / 10;
    weights.set(size, (weights.get(size) ?? 0) + run.text.length);
  }
  let best = runs[0]?.size ?? 0;
  let weight = -1;
  for (const [size, count] of weights) {
    if (count > weight) [best, weight] = [size, count];
  }
  return best;
}

/** The baseline of the runs in the line's own size, not a superscript's. */
function baselineOf(runs: readonly PlacedRun[], size: number): number {
  return (runs.find((run) => Math.abs(run.size - size) < 0.05) ?? runs[0])?.y ?? 0;
}

function medianSize(pieces: readonly Piece[]): number {
  const sizes = pieces.map((piece) => piece.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}
