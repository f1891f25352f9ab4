/**
 * The reading text as the TEI walk writes it, over reading-text.ts. TEI nests blocks in blocks (a list
 * or a page break inside a paragraph, a stanza inside a quotation), while a reading text's blocks never
 * overlap: so each element keeps a frame, and the words after a nested block resume the element's own
 * block as a new block of the same kind. It also tells where a passage (a person's name) landed.
 */
import type { BlockKind, MarkKind } from '../document/model.js';
import { ReadingText, type BlockDetails, type BuiltText, type Span } from './reading-text.js';

/** An element's block: `implicit` for a division, whose stray words make a paragraph of their own. */
interface Frame {
  kind: BlockKind;
  details: BlockDetails;
  implicit: boolean;
}

/** [start, end) of a passage in the reading text. */
export type Place = Span;

/** The reading text, and where each passage `place` was asked for landed (by its number). */
export interface WrittenText extends BuiltText {
  places: Map<number, Place>;
}

/** Writes a reading text from nested TEI elements. */
export class TeiWriter {
  readonly #out = new ReadingText();
  readonly #frames: Frame[] = [{ kind: 'paragraph', details: {}, implicit: true }];
  /** The frame whose block is open in #out, if any. */
  #open: Frame | undefined;
  readonly #places: Place[] = [];

  /** True inside an element that is a block of its own (a paragraph, an item), false at a division's level. */
  get inBlock(): boolean {
    return !this.#top.implicit;
  }

  /** Writes what `fill` writes as one block of `kind` (resumed after any block nested in it). */
  block(kind: BlockKind, details: BlockDetails, fill: () => void): void {
    this.#within({ kind, details, implicit: false }, fill);
  }

  /** Walks a division: words standing in it outside any block make blocks of `kind` (a paragraph). */
  division(kind: BlockKind, details: BlockDetails, fill: () => void): void {
    this.#within({ kind, details, implicit: true }, fill);
  }

  /** Writes inline words into the current block; white space alone opens none. */
  write(text: string): void {
    if (this.#open !== this.#top && !/[^ \t\n\r\f]/u.test(text)) return;
    this.#resume();
    this.#out.write(text);
  }

  /** A line break in the current block, if it has begun. */
  lineBreak(): void {
    if (this.#open === this.#top) this.#out.lineBreak();
  }

  /** Marks what `fill` writes as `kind`. */
  mark(kind: MarkKind, fill: () => void): void {
    // Opened first, so that the mark never takes in the break before a block that `fill` would open.
    this.#resume();
    this.#out.mark(kind, fill);
  }

  /** Writes what `fill` writes as a passage whose place `build()` tells under the number returned. */
  place(fill: () => void): number {
    this.#resume();
    const span = this.#out.span(fill) ?? { start: 0, end: 0 };
    this.#places.push(span);
    return this.#places.length - 1;
  }

  /** Where a page of the source begins; a page without a number (`label` '') has no label. */
  page(label: string): void {
    this.#out.page(label);
    this.#open = undefined;
  }

  /** The reading text, its blocks and marks, and the places of passages (empty ones left out). */
  build(): WrittenText {
    const built = this.#out.build();
    const places = new Map<number, Place>();
    this.#places.forEach((place, number) => {
      if (place.end > place.start) places.set(number, place);
    });
    const blocks = built.blocks.map((block) => {
      if (block.kind !== 'page' || block.label !== '') return block;
      const page = { ...block };
      delete page.label;
      return page;
    });
    return { ...built, blocks, places };
  }

  get #top(): Frame {
    return this.#frames.at(-1) as Frame;
  }

  #within(frame: Frame, fill: () => void): void {
    this.#frames.push(frame);
    fill();
    this.#frames.pop();
    if (this.#open === frame) {
      this.#out.close();
      this.#open = undefined;
    }
  }

  /** Opens the current frame's block, unless it is the one open: a block resumed after a nested one. */
  #resume(): void {
    const top = this.#top;
    if (this.#open === top) return;
    this.#out.open(top.kind, top.details);
    this.#open = top;
  }
}
