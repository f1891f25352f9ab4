/**
 * Walks an HTML element tree into a ReadingText: the one walker for saved web pages and for the HTML that
 * mammoth makes of a Word document, so that both read headings, paragraphs, lists, quotes, tables,
 * emphasis and footnotes alike.
 */
import type { BlockKind, MarkKind } from '../document/model.js';
import { foldedText, isElement, isText, type DomElement, type DomNode } from './html-dom.js';
import type { BlockDetails, ReadingText } from './reading-text.js';

/** How far the text has come: the number of characters other than layout white space written so far. */
export type TextPlace = number;

/** What a caller adds to the walk. */
export interface BlockWalk {
  /** The kind of a block, given the element that opens it and the kind its tag gives: a saved page sets its chrome apart as 'furniture'. */
  kindOf?: (element: DomElement, kind: BlockKind) => BlockKind;
  /** Offered every visible element first, with how far the text has come there; true when the caller took it, and the walker passes over it. */
  claim?: (element: DomElement, place: TextPlace) => boolean;
}

/** Never text: code, embedded things, controls and what is not shown. */
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'form', 'input', 'button', 'select', 'option', 'textarea', 'svg', 'math', 'img', 'picture', 'source', 'video', 'audio',
  'track', 'canvas', 'map', 'area', 'dialog',
]);
/** Elements that part the text into blocks; any other element is inline. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const INLINE_MARKS: Readonly<Record<string, MarkKind>> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'emphasis',
  b: 'emphasis',
  del: 'deleted',
  s: 'deleted',
  strike: 'deleted',
  ins: 'added',
};
const HEADING = /^h([1-6])$/u;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;
/** The characters ReadingText folds away; every other one it keeps, in order. */
const LAYOUT_SPACE = /[ \t\n\r\f]/gu;
/** A note reference is a number, a letter or three, or a sign, maybe in brackets: "1", "[12]", "iv", "*". */
const NOTE_REF_TEXT = /^\[?(?:\p{N}{1,4}|\p{L}{1,3}|[*†‡§]{1,3})\]?$/u;

/**
 * Writes the visible text under `root` into `text`, block by block: h1-h6 as headings with their level,
 * p and other text as paragraphs, li as list items (depth and numbering), blockquote as quotes, table
 * cells with their row and column, em/i/strong/b as emphasis, del/s as deleted and ins as added, br as
 * a line break. A link to a note (`<sup><a href="#fn1">1</a></sup>`) is a `note-ref` mark and the
 * element it points to a `note` block labelled with the reference. Hidden elements are passed over.
 */
export function walkBlocks(root: DomElement, text: ReadingText, walk: BlockWalk = {}): void {
  new BlockWalker(text, walk).element(root);
}

/**
 * The offset in `text` that `place` (as a `claim` saw it) stands for: where the next character written
 * after it begins (`start`) or where the last one written before it ends (`end`).
 */
export function offsetOfPlace(text: string, place: TextPlace, side: 'start' | 'end'): number {
  let kept = 0;
  let index = 0;
  for (; index < text.length && kept < place; index++) {
    if (!isLayoutSpace(text.charCodeAt(index))) kept++;
  }
  if (side === 'start') while (index < text.length && isLayoutSpace(text.charCodeAt(index))) index++;
  return index;
}

/** A block the walk is inside: the element that opened it and what its text is. */
interface Context {
  element: DomElement;
  kind: BlockKind;
  details: BlockDetails;
  /** List items, table cells and notes take the paragraphs inside them as lines, not blocks of their own. */
  absorbs: boolean;
}

interface Table {
  row: number;
  column: number;
}

class BlockWalker {
  readonly #text: ReadingText;
  readonly #walk: BlockWalk;
  readonly #contexts: Context[] = [];
  /** The context whose block is open in the text, if any. */
  #open: Context | undefined;
  #written: TextPlace = 0;
  readonly #lists: boolean[] = [];
  readonly #tables: Table[] = [];
  #quoteDepth = 0;
  #preDepth = 0;
  /** A line break is due before the next words of the open block: owed, so that no block ends with one. */
  #breakOwed = false;
  /** Notes by the id of the element that holds them, labelled as their references are. */
  readonly #notes = new Map<string, string>();
  /** Ids of note references, so that a note's link back to its reference is passed over. */
  readonly #references = new Set<string>();

  constructor(text: ReadingText, walk: BlockWalk) {
    this.#text = text;
    this.#walk = walk;
  }

  element(element: DomElement): void {
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (this.#walk.claim?.(element, this.#written)) return;
    if (tag === 'br') {
      this.#breakOwed = true;
      return;
    }

    const note = element.id === '' ? undefined : this.#notes.get(element.id);
    if (note !== undefined) return this.#block(element, 'note', { label: note }, true);
    if (tag === 'a' && this.#isBacklink(element)) return;
    if (tag === 'a' && isNoteReference(element)) return this.#noteReference(element);

    const heading = HEADING.exec(tag);
    if (heading) return this.#block(element, 'heading', { level: Number(heading[1]) }, false);
    switch (tag) {
      case 'ul':
      case 'ol':
      case 'menu':
        return this.#nested(() => this.#lists.push(tag === 'ol'), element, () => this.#lists.pop());
      case 'li':
        return this.#block(element, 'list-item', { level: clampLevel(this.#lists.length), ordered: this.#lists.at(-1) === true }, true);
      case 'blockquote':
        return this.#nested(() => this.#quoteDepth++, element, () => this.#quoteDepth--);
      case 'table':
        return this.#nested(() => this.#tables.push({ row: -1, column: 0 }), element, () => this.#tables.pop());
      case 'tr':
        return this.#row(element);
      case 'td':
      case 'th':
        return this.#cell(element);
      case 'pre':
        return this.#nested(() => this.#preDepth++, element, () => this.#preDepth--);
    }
    const mark = INLINE_MARKS[tag];
    if (mark && !hasBlockInside(element)) {
      this.#prepare(foldedText(element) !== '');
      // A space the mark's own text begins with is owed before the mark, so that the mark does not cover it.
      if (/^[ \t\n\r\f]/u.test(element.textContent ?? '')) this.#text.write(' ');
      this.#text.mark(mark, () => this.#children(element));
      return;
    }
    if (BLOCK_LEVEL.has(tag)) return this.#block(element, this.#paragraphKind(), this.#paragraphDetails(), false);
    this.#children(element);
  }

  #children(element: DomElement): void {
    for (const child of Array.from(element.childNodes)) this.#node(child);
  }

  #node(node: DomNode): void {
    if (isElement(node)) this.element(node);
    else if (isText(node)) this.#write(node.data);
  }

  /** An element whose text is a block of `kind` of its own, or lines of the list item, cell or note it is in. */
  #block(element: DomElement, kind: BlockKind, details: BlockDetails, absorbs: boolean): void {
    const inside = this.#contexts.at(-1);
    if (inside?.absorbs && kind !== 'list-item' && kind !== 'note') {
      this.#breakOwed = true;
      this.#children(element);
      this.#breakOwed = true;
      return;
    }
    const context: Context = { element, kind, details, absorbs };
    this.#contexts.push(context);
    this.#children(element);
    this.#contexts.pop();
    if (this.#open === context) this.#close();
  }

  /** A list, quote, table or pre: a block of its own whose children read with something counted. */
  #nested(enter: () => void, element: DomElement, leave: () => void): void {
    enter();
    try {
      this.#block(element, this.#paragraphKind(), this.#paragraphDetails(), false);
    } finally {
      leave();
    }
  }

  #row(element: DomElement): void {
    const table = this.#tables.at(-1);
    if (table) {
      table.row++;
      table.column = 0;
    }
    this.#children(element);
  }

  #cell(element: DomElement): void {
    const table = this.#tables.at(-1);
    if (!table) return this.#block(element, this.#paragraphKind(), this.#paragraphDetails(), true);
    const column = table.column;
    table.column += Math.max(1, Number.parseInt(element.getAttribute('colspan') ?? '1', 10) || 1);
    this.#block(element, 'table-cell', { row: Math.max(0, table.row), column }, true);
  }

  #noteReference(element: DomElement): void {
    const target = (element.getAttribute('href') ?? '').slice(1);
    const shown = foldedText(element);
    this.#notes.set(target, shown.replace(/^\[|\]$/gu, ''));
    if (element.id !== '') this.#references.add(element.id);
    this.#prepare(true);
    this.#text.mark('note-ref', () => this.#write(shown));
  }

  /** A note's link back to where it is referred to ("↑", "↩"). */
  #isBacklink(element: DomElement): boolean {
    const href = element.getAttribute('href') ?? '';
    return element.getAttribute('role') === 'doc-backlink' || (href.startsWith('#') && this.#references.has(href.slice(1)));
  }

  #paragraphKind(): BlockKind {
    return this.#quoteDepth > 0 ? 'quote' : 'paragraph';
  }

  #paragraphDetails(): BlockDetails {
    return this.#quoteDepth > 0 ? { level: clampLevel(this.#quoteDepth) } : {};
  }

  #write(data: string): void {
    if (this.#preDepth > 0 && /[\r\n]/u.test(data)) {
      data.split(/\r\n?|\n/u).forEach((line, index) => {
        if (index > 0) this.#breakOwed = true;
        this.#write(line);
      });
      return;
    }
    const words = data.normalize('NFC');
    const kept = words.replace(LAYOUT_SPACE, '').length;
    // White space alone opens no block: it only parts the words of one already open.
    if (kept === 0 && this.#open === undefined) return;
    this.#prepare(kept > 0);
    this.#text.write(words);
    this.#written += kept;
  }

  /** Opens the block of the innermost context, and pays a line break owed when words follow. */
  #prepare(words: boolean): void {
    this.#openBlock();
    if (words && this.#breakOwed) {
      this.#text.lineBreak();
      this.#breakOwed = false;
    }
  }

  /** Opens the block of the innermost context, unless it is the one open. */
  #openBlock(): void {
    const context = this.#contexts.at(-1);
    if (!context || this.#open === context) return;
    const kind = this.#walk.kindOf?.(context.element, context.kind) ?? context.kind;
    // Page chrome keeps no structure: its level or cell would describe a text it is not part of.
    this.#text.open(kind, kind === context.kind ? context.details : {});
    this.#open = context;
    this.#breakOwed = false;
  }

  #close(): void {
    this.#text.close();
    this.#open = undefined;
    this.#breakOwed = false;
  }
}

function isLayoutSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function clampLevel(depth: number): number {
  return Math.min(6, Math.max(1, depth));
}

/** Hidden by an attribute or an inline style: the reader of the page never saw it. */
function isHidden(element: DomElement): boolean {
  return (
    element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}

/** A short in-page link set as a superscript, or declared a note reference. */
function isNoteReference(element: DomElement): boolean {
  const href = element.getAttribute('href') ?? '';
  if (!href.startsWith('#') || href.length < 2 || !NOTE_REF_TEXT.test(foldedText(element))) return false;
  if (element.getAttribute('role') === 'doc-noteref') return true;
  const parent = element.parentNode;
  const inSuperscript = parent !== null && isElement(parent) && parent.localName === 'sup' && foldedText(parent) === foldedText(element);
  const superscript = element.children.length === 1 && element.children[0]?.localName === 'sup';
  return inSuperscript || superscript;
}

function hasBlockInside(element: DomElement): boolean {
  return Array.from(element.children).some((child) => BLOCK_LEVEL.has(child.localName) || hasBlockInside(child));
}
