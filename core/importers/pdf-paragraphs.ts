/**
 * A page's lines, in reading order, gathered into paragraphs, headings and bulleted list items as a
 * reader would see them: a blank band, a first-line indent, a bullet, a change of writing direction or
 * a short line closing a sentence starts a paragraph; a short line otherwise (an address, a verse)
 * keeps its line break; a larger type makes a heading (its lines joined: it wrapped only for want of
 * room); and a word hyphenated at a line's end is joined again.
 */
import type { PageLine } from './pdf-lines.js';

/** A paragraph, heading or bulleted list item of a page, as the lines a reader sees in it (the line
 * breaks the page keeps); a list item's bullet is left out, as the reader draws its own. */
export interface PageBlock {
  kind: 'paragraph' | 'heading' | 'list-item';
  /** A heading's level: 1 for the largest type, 2 for the rest; 1 for a list item. */
  level?: number;
  lines: string[];
}

/** A line in type this much larger than the page's body text is a heading... */
const HEADING_SIZE = 1.2;
/** ...of level 1 from this much larger. */
const TITLE_SIZE = 1.6;
/** Longer than this, large type is a pull quote or a large-print page, not a heading. */
const HEADING_LENGTH = 200;
/** A line starting this many font sizes in from its block's margin is indented (up to the most)... */
const INDENT = 0.8;
const INDENT_MOST = 8;
/** ...and one reaching less than this share of its block's width is short. */
const SHORT_LINE = 0.65;

/** A line ending a sentence, whatever closes it (quotes, brackets); Arabic and CJK stops too. */
const SENTENCE_END = /[.!?:…؟۔。！？]["'”’»)\]]*$/u;
/** A list's bullet, as word processors print it, and the space after it. */
const BULLET = /^[•◦▪▫‣⁃●○■□·]\s+/u;

/** A block in the making, with the line that opened it. */
interface OpenBlock {
  block: PageBlock;
  first: PageLine;
}

/** The paragraphs, headings and list items of a page whose lines are in reading order; `aside` is text set sideways. */
export function pageBlocks(lines: readonly PageLine[], aside: readonly string[] = []): PageBlock[] {
  const blocks: PageBlock[] = [];
  const body = bodySize(lines);
  const margins = marginsOf(lines);
  let open: OpenBlock | undefined;
  let previous: PageLine | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    const level = headingLevel(line, body);
    const how = open && previous ? follows(open, previous, line, level === headingLevel(previous, body), margins) : 'paragraph';
    if (!open || how === 'paragraph') {
      open = { block: blockOf(line, level), first: line };
      blocks.push(open.block);
    } else if (how === 'break' && open.block.kind !== 'heading') {
      open.block.lines.push(line.text);
    } else {
      const { lines: shown } = open.block;
      shown[shown.length - 1] = joinLines(shown.at(-1) ?? '', line.text);
    }
    previous = line;
  }
  const sideways = aside.join(' ').replace(/\s+/gu, ' ').trim();
  if (sideways !== '') blocks.push({ kind: 'paragraph', lines: [sideways] });
  return blocks;
}

function blockOf(line: PageLine, level: number | undefined): PageBlock {
  if (level !== undefined) return { kind: 'heading', level, lines: [line.text] };
  const bullet = BULLET.exec(line.text);
  if (bullet) return { kind: 'list-item', level: 1, lines: [line.text.slice(bullet[0].length)] };
  return { kind: 'paragraph', lines: [line.text] };
}

/**
 * Two lines of one paragraph joined. A word hyphenated at the line's end is joined again when the next
 * line goes on in lower case ("archi-" "val": "archival"); before a capital or a digit the hyphen is a
 * compound's or a range's and stays, without a space ("Franco-" "Prussian": "Franco-Prussian"). A
 * compound whose second part is in lower case ("well-" "known") is read as one word: the page does
 * not say which it is, and a hyphenated line end is far the likelier. A soft hyphen always goes.
 */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  if (/\p{L}[-\u2010]$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  if (/[\p{L}\p{N}][-\u2010]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}

type Follows = 'paragraph' | 'break' | 'join';

interface Margins {
  left: number;
  right: number;
}

function follows(open: OpenBlock, previous: PageLine, line: PageLine, sameKind: boolean, margins: Map<number, Margins>): Follows {
  // A change of type size or of writing direction (a Hebrew line after an English one) starts anew.
  if (!sameKind || line.rtl !== previous.rtl || line.join === 'gap') return 'paragraph';
  // A paragraph goes on into the next column when its sentence does.
  if (line.join === 'column') return !SENTENCE_END.test(previous.text) && /^\p{Ll}/u.test(line.text) ? 'join' : 'paragraph';
  if (BULLET.test(line.text)) return 'paragraph';
  const block = margins.get(line.block) ?? { left: line.left, right: line.right };
  // A list item's lines after the first hang in from its bullet: not a new paragraph's indent.
  const hangs = open.block.kind === 'list-item' && indent(line, { left: open.first.left, right: open.first.right });
  // An indent after a line that was not (or that closed a sentence: a paragraph of one line) starts a
  // paragraph; a block quote's lines are all indented.
  if (!hangs && indent(line, block) && (!indent(previous, block) || SENTENCE_END.test(previous.text))) return 'paragraph';
  if (reach(previous, block) < SHORT_LINE * (block.right - block.left)) return SENTENCE_END.test(previous.text) ? 'paragraph' : 'break';
  return 'join';
}

/** The line starts in from its block's margin, as a paragraph's first line does (from the right in Hebrew). */
function indent(line: PageLine, block: Margins): boolean {
  const inset = line.rtl ? block.right - line.right : line.left - block.left;
  return inset >= INDENT * line.size && inset <= INDENT_MOST * line.size;
}

/** How far the line reaches from where its block's lines start. */
function reach(line: PageLine, block: Margins): number {
  return line.rtl ? block.right - line.left : line.right - block.left;
}

/**
 * Each block's margins. Blocks that start at one margin share the widest one's measure, so that an
 * address above a letter's body is seen to stop short of it, though it is a block of its own.
 */
function marginsOf(lines: readonly PageLine[]): Map<number, Margins> {
  const own = new Map<number, Margins & { rtl: boolean; size: number }>();
  for (const line of lines) {
    const known = own.get(line.block);
    own.set(
      line.block,
      known
        ? { ...known, left: Math.min(known.left, line.left), right: Math.max(known.right, line.right) }
        : { left: line.left, right: line.right, rtl: line.rtl, size: line.size },
    );
  }
  const margins = new Map<number, Margins>();
  for (const [block, { left, right, rtl, size }] of own) {
    const start = rtl ? right : left;
    let measure = right - left;
    for (const other of own.values()) {
      if (other.rtl === rtl && Math.abs((rtl ? other.right : other.left) - start) < size) measure = Math.max(measure, other.right - other.left);
    }
    margins.set(block, rtl ? { left: right - measure, right } : { left, right: left + measure });
  }
  return margins;
}

/** The size most of the page's characters are set in. */
function bodySize(lines: readonly PageLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  let body = 0;
  let weight = -1;
  for (const [size, count] of weights) {
    if (count > weight) [body, weight] = [size, count];
  }
  return body;
}

function headingLevel(line: PageLine, body: number): number | undefined {
  if (body <= 0 || line.size < HEADING_SIZE * body || line.text.length > HEADING_LENGTH) return undefined;
  return line.size >= TITLE_SIZE * body ? 1 : 2;
}
