/**
 * A small tree for XML and HTML output, escaped in one place. Elements whose children are all elements
 * are indented one per line; an element holding text keeps its content on one line, because there
 * whitespace is part of the text (a `<p>`, a `<note>`, a `<persName>`).
 */
import { joined } from './chunks.js';

/** Markup already made safe elsewhere (rendered Markdown, our own CSS), written as is. */
export interface RawMarkup {
  raw: string;
}

/** An element with attributes (undefined ones are left out) and children. */
export interface MarkupElement {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
  children: readonly MarkupNode[];
  /** Content is text with elements in it: written on one line even when every child is an element. */
  mixed: boolean;
}

/**
 * An element made only when it is written: an export's hundred thousand notes are then never all held
 * at once, each one garbage as soon as it is written. It is laid out as an element.
 */
export interface DeferredElement {
  /** `indent` is where the writer puts the element: what a block written at once (writtenBlockEl) is indented by. */
  make(indent: string): MarkupElement | StreamedElement | WrittenElement;
}

/**
 * An element with running text already written out (see writtenEl), laid out as an element: the many
 * small ones (a mark, an anchor, a quote) cost a string each rather than a tree of objects.
 */
export interface WrittenElement {
  written: string;
}

/**
 * An element of running text whose content is made as it is written: a paragraph holding a hundred
 * thousand passages is then never held whole. Read its content once.
 */
export interface StreamedElement {
  name: string;
  attributes: Readonly<Record<string, string | undefined>>;
  content: Iterable<MarkupNode>;
}

/** An element of running text (as textEl) whose content is made as it is written. */
export function streamedTextEl(name: string, attributes: Readonly<Record<string, string | undefined>>, content: Iterable<MarkupNode>): StreamedElement {
  return { name, attributes, content };
}

/** What a tag is written from. */
type Tag = Pick<MarkupElement, 'name' | 'attributes'>;

/** Text (escaped when written), an element (now, deferred, streamed or already written), or raw markup. */
export type MarkupNode = string | MarkupElement | DeferredElement | StreamedElement | WrittenElement | RawMarkup;

/** An element that `make` makes when it is written (see DeferredElement). */
export function deferred(make: (indent: string) => MarkupElement | StreamedElement | WrittenElement): DeferredElement {
  return { make };
}

/**
 * Children as nodes or lists of nodes. Pass long lists as lists, not spread: spreading a hundred
 * thousand anchors into arguments overflows the call stack.
 */
type Children = (MarkupNode | readonly MarkupNode[])[];

/** An element; `attributes` may hold undefined values, which are dropped. */
export function el(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: Children): MarkupElement {
  return { name, attributes, children: children.flat(), mixed: false };
}

/** An element whose content is running text (a paragraph): never indented inside, even if it holds only marks. */
export function textEl(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: Children): MarkupElement {
  return { name, attributes, children: children.flat(), mixed: true };
}

/**
 * The element textEl would make, written out at once: exactly the text the writer would give it.
 * Its content is text, raw markup or other written elements, all on one line.
 */
export function writtenEl(
  mode: 'xml' | 'html',
  name: string,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: (string | WrittenElement | RawMarkup)[]
): WrittenElement {
  const element = { name, attributes, children: [], mixed: true };
  if (children.length === 0) return { written: emptyElement(element, mode) };
  let written = `${openTag(element)}>`;
  for (const child of children) written += typeof child === 'string' ? escapeText(child) : 'raw' in child ? child.raw : child.written;
  return { written: `${written}</${name}>` };
}

/**
 * The element el would make of written elements, written out at once as the writer lays it out at
 * `indent`: each child on a line of its own, one step further in. A note in a list costs one string
 * this way rather than a tree the writer walks.
 */
export function writtenBlockEl(
  mode: 'xml' | 'html',
  indent: string,
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
  ...children: WrittenElement[]
): WrittenElement {
  const element = { name, attributes };
  if (children.length === 0) return { written: emptyElement(element, mode) };
  let written = `${openTag(element)}>`;
  for (const child of children) written += `\n${indent}  ${child.written}`;
  return { written: `${written}\n${indent}</${name}>` };
}

// Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return; lone
// surrogates; U+FFFE and U+FFFF): replaced so that one stray byte in a witness cannot break the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
// Whether text holds anything escapeText changes (in u mode a surrogate range matches lone surrogates
// only): most text holds nothing, and one test is much cheaper than four replacements.
const TEXT_TO_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const ATTRIBUTE_TO_ESCAPE = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** Text for element content: `&`, `<` and `>` escaped, characters XML cannot hold replaced with U+FFFD. */
export function escapeText(text: string): string {
  if (!TEXT_TO_ESCAPE.test(text)) return text;
  return text.replace(NOT_XML, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Text for a double-quoted attribute value; line breaks kept as references so they survive normalisation. */
export function escapeAttribute(value: string): string {
  if (!ATTRIBUTE_TO_ESCAPE.test(value)) return value;
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;').replace(/\t/gu, '&#9;');
}

/** HTML elements that have no end tag. */
const VOID_HTML = new Set(['br', 'hr', 'meta', 'link', 'img', 'wbr']);

/** How much text (UTF-16 units) the writer gathers before it hands it on as one chunk. */
const CHUNK_LENGTH = 256 * 1024;

/** The tree as text: the chunks of markupChunks joined. */
export function serialize(node: MarkupNode, mode: 'xml' | 'html'): string {
  return joined(markupChunks(node, mode));
}

/**
 * The tree as text, in chunks of a few hundred KB, so that a writer can send a large export to a file
 * without ever holding all of it. In `xml` mode an empty element is written `<x/>`; in `html` mode it
 * gets an end tag unless it is a void element, which HTML writes without one.
 *
 * One generator walks the tree with a stack of open elements: a generator per element (delegating
 * with yield*) cost more than the text it wrote, for a hundred thousand notes.
 */
export function* markupChunks(node: MarkupNode, mode: 'xml' | 'html'): Generator<string, void, undefined> {
  const made = madeNow(node, '');
  if (isLeaf(made)) {
    yield leaf(made, mode);
    return;
  }
  // Pieces joined at once when there is a chunk's worth: cheaper than a string grown piece by piece.
  let pieces: string[] = [];
  let length = 0;
  const add = (piece: string): void => {
    pieces.push(piece);
    length += piece.length;
  };
  const open: OpenElement[] = [];
  const enter = (element: MarkupElement | StreamedElement, indent: string): void => {
    const children = ('content' in element ? element.content : element.children)[Symbol.iterator]();
    const first = children.next();
    if (first.done === true) {
      add(emptyElement(element, mode));
      return;
    }
    add(`${openTag(element)}>`);
    const inline = !('children' in element) || element.mixed || element.children.some((child) => typeof child === 'string' || 'raw' in child);
    open.push({ name: element.name, inline, indent, children, next: first });
  };
  enter(made, '');
  for (let top = open.at(-1); top !== undefined; top = open.at(-1)) {
    // Checked at every piece, not only where an element ends: one paragraph may hold a whole export.
    if (length >= CHUNK_LENGTH) {
      yield pieces.join('');
      pieces = [];
      length = 0;
    }
    const { name, inline, indent, next } = top;
    if (next.done === true) {
      add(inline ? `</${name}>` : `\n${indent}</${name}>`);
      open.pop();
      continue;
    }
    top.next = top.children.next();
    const childIndent = inline ? '' : `${indent}  `;
    const child = madeNow(next.value, childIndent);
    if (!inline) add(`\n${childIndent}`);
    if (isLeaf(child)) add(leaf(child, mode));
    else enter(child, childIndent);
  }
  if (pieces.length > 0) yield pieces.join('');
}

/** An element whose start tag is written: its children still to write, the next one read ahead. */
interface OpenElement {
  name: string;
  /** Content on one line (text or marks in it); otherwise one child per line, indented. */
  inline: boolean;
  indent: string;
  children: Iterator<MarkupNode>;
  next: IteratorResult<MarkupNode>;
}

/** The node, a deferred element made to stand at `indent`. */
function madeNow(node: MarkupNode, indent: string): Exclude<MarkupNode, DeferredElement> {
  return typeof node !== 'string' && 'make' in node ? node.make(indent) : node;
}

/** Text, raw markup, a written element or an element without children: written in one piece. */
type Leaf = string | RawMarkup | WrittenElement | (MarkupElement & { children: readonly [] });

function isLeaf(node: Exclude<MarkupNode, DeferredElement>): node is Leaf {
  return typeof node === 'string' || 'raw' in node || 'written' in node || ('children' in node && node.children.length === 0);
}

function leaf(node: Leaf, mode: 'xml' | 'html'): string {
  if (typeof node === 'string') return escapeText(node);
  if ('raw' in node) return node.raw;
  if ('written' in node) return node.written;
  return emptyElement(node, mode);
}

/** An element without children: `<x/>` in XML, `<x></x>` in HTML (`<x>` for a void element). */
function emptyElement(node: Tag, mode: 'xml' | 'html'): string {
  const open = openTag(node);
  if (mode === 'xml') return `${open}/>`;
  return VOID_HTML.has(node.name) ? `${open}>` : `${open}></${node.name}>`;
}

/** `<name` and the attributes that have a value, escaped; undefined ones are left out. */
function openTag(node: Tag): string {
  let open = `<${node.name}`;
  for (const name in node.attributes) {
    const value = node.attributes[name];
    if (value !== undefined) open += ` ${name}="${escapeAttribute(value)}"`;
  }
  return open;
}
