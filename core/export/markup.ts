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
  make(): MarkupElement;
}

/** Text (escaped when written), an element (now or deferred), or raw markup. */
export type MarkupNode = string | MarkupElement | DeferredElement | RawMarkup;

/** An element that `make` makes when it is written (see DeferredElement). */
export function deferred(make: () => MarkupElement): DeferredElement {
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

/** How many pieces the writer gathers before it hands them on as one chunk: a few hundred KB of text. */
const PIECES_PER_CHUNK = 8192;

/** The tree as text: the chunks of markupChunks joined. */
export function serialize(node: MarkupNode, mode: 'xml' | 'html'): string {
  return joined(markupChunks(node, mode));
}

/**
 * The tree as text, in chunks of a few hundred KB, so that a writer can send a large export to a file
 * without ever holding all of it. In `xml` mode an empty element is written `<x/>`; in `html` mode it
 * gets an end tag unless it is a void element, which HTML writes without one.
 */
export function* markupChunks(node: MarkupNode, mode: 'xml' | 'html'): Generator<string, void, undefined> {
  const made = madeNow(node);
  if (isLeaf(made)) {
    yield leaf(made, mode);
    return;
  }
  const pieces: string[] = [];
  yield* written(made, mode, '', pieces);
  if (pieces.length > 0) yield pieces.join('');
}

/**
 * Writes an element with children into `pieces`, and hands the pieces on as a chunk whenever enough
 * have gathered. Leaves are written by `leaf`: a generator for each would cost more than the text.
 */
function* written(node: MarkupElement, mode: 'xml' | 'html', indent: string, pieces: string[]): Generator<string, void, undefined> {
  const { children } = node;
  pieces.push(`${openTag(node)}>`);
  if (node.mixed || children.some((child) => typeof child === 'string' || 'raw' in child)) {
    for (const child of children) {
      const made = madeNow(child);
      if (isLeaf(made)) pieces.push(leaf(made, mode));
      else yield* written(made, mode, '', pieces);
    }
    pieces.push(`</${node.name}>`);
  } else {
    const inner = `${indent}  `;
    for (const child of children) {
      const made = madeNow(child);
      pieces.push(`\n${inner}`);
      if (isLeaf(made)) pieces.push(leaf(made, mode));
      else yield* written(made, mode, inner, pieces);
    }
    pieces.push(`\n${indent}</${node.name}>`);
  }
  if (pieces.length >= PIECES_PER_CHUNK) yield pieces.splice(0).join('');
}

/** The node, a deferred element made. */
function madeNow(node: MarkupNode): Exclude<MarkupNode, DeferredElement> {
  return typeof node !== 'string' && 'make' in node ? node.make() : node;
}

/** Text, raw markup or an element without children: written in one piece. */
type Leaf = string | RawMarkup | (MarkupElement & { children: readonly [] });

function isLeaf(node: Exclude<MarkupNode, DeferredElement>): node is Leaf {
  return typeof node === 'string' || 'raw' in node || node.children.length === 0;
}

function leaf(node: Leaf, mode: 'xml' | 'html'): string {
  if (typeof node === 'string') return escapeText(node);
  if ('raw' in node) return node.raw;
  const open = openTag(node);
  if (mode === 'xml') return `${open}/>`;
  return VOID_HTML.has(node.name) ? `${open}>` : `${open}></${node.name}>`;
}

/** `<name` and the attributes that have a value, escaped; undefined ones are left out. */
function openTag(node: MarkupElement): string {
  let open = `<${node.name}`;
  for (const name in node.attributes) {
    const value = node.attributes[name];
    if (value !== undefined) open += ` ${name}="${escapeAttribute(value)}"`;
  }
  return open;
}
