/**
 * Builds a reading text block by block, as the structured formats (HTML, TEI, Word, PDF) are walked:
 * the offsets of blocks and marks are counted here once, so no importer counts them itself.
 */
import type { Block, BlockKind, Mark, MarkKind } from '../document/model.js';

/** What a block may say besides its kind and place. */
export type BlockDetails = Omit<Block, 'kind' | 'start' | 'end'>;

/** The reading text, its blocks and its marks, offsets in UTF-16 units. */
export interface BuiltText {
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** Between two blocks. */
const BLOCK_BREAK = '\n\n';
/** The white space a source's layout is made of; a no-break space is content and stays. */
const LAYOUT_SPACE = /[ \t\n\r\f]+/gu;

/** [start, end) of what a `span` wrote, in UTF-16 units of the reading text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A reading text in the making. Text written into a block has its layout white space folded to one
 * space, none at the block's start or end, and is composed to NFC; blocks are parted by a blank line;
 * a block left empty leaves no trace. The text is kept in pieces and joined once, so that building a
 * long one stays linear.
 */
export class ReadingText {
  readonly #pieces: string[] = [];
  #length = 0;
  /** Where the last words written end: a mark or a span ends there, never on a break after them. */
  #wordsEnd = 0;
  /** Whether the text ends with a line or block break. */
  #atBreak = false;
  readonly #blocks: Block[] = [];
  readonly #marks: Mark[] = [];
  #open: Block | undefined;
  /** How many pieces there were before the open block's separator, so that an empty block can take it back. */
  #piecesBefore = 0;
  #lengthBefore = 0;
  /** A space is owed before the next word written into the open block. */
  #spaceOwed = false;
  /** Spans being written, innermost last; those from `#firstUnstarted` on have no words yet. */
  readonly #spans: { start: number }[] = [];
  #firstUnstarted = 0;

  /** Opens a block of `kind`, closing the one open. */
  open(kind: BlockKind, details: BlockDetails = {}): void {
    this.close();
    this.#piecesBefore = this.#pieces.length;
    this.#lengthBefore = this.#length;
    if (this.#length > 0) this.#append(BLOCK_BREAK);
    this.#atBreak = true;
    this.#open = { kind, start: this.#length, end: this.#length, ...details };
    this.#spaceOwed = false;
  }

  /** Closes the open block, if any; an empty one is dropped with its separator. */
  close(): void {
    const block = this.#open;
    if (!block) return;
    this.#open = undefined;
    if (this.#length === block.start) {
      this.#pieces.length = this.#piecesBefore;
      this.#length = this.#lengthBefore;
      return;
    }
    this.#blocks.push({ ...block, end: this.#length });
  }

  /** Writes inline text into the open block (a paragraph opens when none is). */
  write(text: string): void {
    if (!this.#open) this.open('paragraph');
    const block = this.#open as Block;
    let words = text.normalize('NFC').replace(LAYOUT_SPACE, ' ');
    if (words.startsWith(' ')) {
      this.#spaceOwed = true;
      words = words.slice(1);
    }
    if (words === '') return;
    const trailing = words.endsWith(' ');
    if (trailing) words = words.slice(0, -1);
    if (this.#spaceOwed && this.#length > block.start && !this.#atBreak) this.#append(' ');
    this.#startSpans();
    this.#append(words);
    this.#wordsEnd = this.#length;
    this.#atBreak = false;
    this.#spaceOwed = trailing;
  }

  /** A line break inside the open block (a poem's line, an address, TEI `<lb/>`). */
  lineBreak(): void {
    if (!this.#open || this.#length === this.#open.start) return;
    this.#append('\n');
    this.#atBreak = true;
    this.#spaceOwed = false;
  }

  /**
   * Where the words that `fill` writes landed, from the first to the last (no space or break at either
   * edge), or undefined when it writes none.
   */
  span(fill: () => void): Span | undefined {
    const span = { start: -1 };
    this.#spans.push(span);
    fill();
    this.#spans.pop();
    this.#firstUnstarted = Math.min(this.#firstUnstarted, this.#spans.length);
    if (span.start < 0 || this.#wordsEnd <= span.start) return undefined;
    return { start: span.start, end: this.#wordsEnd };
  }

  /** Marks the words that `fill` writes as `kind`; nothing when it writes none. */
  mark(kind: MarkKind, fill: () => void): void {
    const span = this.span(fill);
    if (span) this.#marks.push({ kind, ...span });
  }

  /** Where page `label` of the source begins: an empty `page` block, closing the block open. */
  page(label: string): void {
    this.close();
    this.#blocks.push({ kind: 'page', start: this.#length, end: this.#length, label });
  }

  /** The text so far, closing the open block. */
  build(): BuiltText {
    this.close();
    const marks = [...this.#marks].sort((a, b) => a.start - b.start || a.end - b.end);
    return { text: this.#pieces.join(''), blocks: [...this.#blocks], marks };
  }

  #append(piece: string): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
  }

  /** The spans still without words begin at the words about to be written. */
  #startSpans(): void {
    for (let index = this.#firstUnstarted; index < this.#spans.length; index += 1) (this.#spans[index] as { start: number }).start = this.#length;
    this.#firstUnstarted = this.#spans.length;
  }
}
