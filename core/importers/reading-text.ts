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

/**
 * A reading text in the making. Text written into a block has its layout white space folded to one
 * space, none at the block's start or end, and is composed to NFC; blocks are parted by a blank line;
 * a block left empty leaves no trace.
 */
export class ReadingText {
  #text = '';
  readonly #blocks: Block[] = [];
  readonly #marks: Mark[] = [];
  #open: Block | undefined;
  /** Where the open block's separator began, so that an empty block can take it back. */
  #separatorAt = 0;
  /** A space is owed before the next word written into the open block. */
  #spaceOwed = false;

  /** Opens a block of `kind`, closing the one open. */
  open(kind: BlockKind, details: BlockDetails = {}): void {
    this.close();
    this.#separatorAt = this.#text.length;
    if (this.#text.length > 0) this.#text += BLOCK_BREAK;
    this.#open = { kind, start: this.#text.length, end: this.#text.length, ...details };
    this.#spaceOwed = false;
  }

  /** Closes the open block, if any; an empty one is dropped with its separator. */
  close(): void {
    const block = this.#open;
    if (!block) return;
    this.#open = undefined;
    if (this.#text.length === block.start) {
      this.#text = this.#text.slice(0, this.#separatorAt);
      return;
    }
    this.#blocks.push({ ...block, end: this.#text.length });
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
    if (this.#spaceOwed && this.#text.length > block.start && !this.#text.endsWith('\n')) this.#text += ' ';
    this.#text += words;
    this.#spaceOwed = trailing;
  }

  /** A line break inside the open block (a poem's line, an address, TEI `<lb/>`). */
  lineBreak(): void {
    if (!this.#open || this.#text.length === this.#open.start) return;
    this.#text += '\n';
    this.#spaceOwed = false;
  }

  /** Marks whatever `fill` writes as `kind`; nothing when it writes nothing. */
  mark(kind: MarkKind, fill: () => void): void {
    const before = this.#text.length;
    const spaced = this.#spaceOwed;
    fill();
    const start = spaced && this.#text[before] === ' ' ? before + 1 : before;
    if (this.#text.length > start) this.#marks.push({ kind, start, end: this.#text.length });
  }

  /** Where page `label` of the source begins: an empty `page` block, closing the block open. */
  page(label: string): void {
    this.close();
    const at = this.#text.length;
    this.#blocks.push({ kind: 'page', start: at, end: at, label });
  }

  /** The text so far, closing the open block. */
  build(): BuiltText {
    this.close();
    const marks = [...this.#marks].sort((a, b) => a.start - b.start || a.end - b.end);
    return { text: this.#text, blocks: [...this.#blocks], marks };
  }
}
