/**
 * A small tree for XML and HTML output, escaped in one place. Elements whose children are all elements
 * are indented one per line; an element holding text keeps its content on one line, because there
 * whitespace is part of the text (a `<p>`, a `<note>`, a `<persName>`).
 */

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

/** Text (escaped when written), an element, or raw markup. */
export type MarkupNode = string | MarkupElement | RawMarkup;

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

/** Text for element content: `&`, `<` and `>` escaped, characters XML cannot hold replaced with U+FFFD. */
export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Text for a double-quoted attribute value; line breaks kept as references so they survive normalisation. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/gu, '&quot;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;').replace(/\t/gu, '&#9;');
}

/** HTML elements that have no end tag. */
const VOID_HTML = new Set(['br', 'hr', 'meta', 'link', 'img', 'wbr']);

/**
 * The tree as text. In `xml` mode an empty element is written `<x/>`; in `html` mode it gets an end tag
 * unless it is a void element, which HTML writes without one.
 */
export function serialize(node: MarkupNode, mode: 'xml' | 'html', indent = ''): string {
  if (typeof node === 'string') return escapeText(node);
  if ('raw' in node) return node.raw;
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const open = `<${node.name}${attributes}`;
  if (node.children.length === 0) {
    if (mode === 'xml') return `${open}/>`;
    return VOID_HTML.has(node.name) ? `${open}>` : `${open}></${node.name}>`;
  }
  const blockOnly = !node.mixed && node.children.every((child) => typeof child !== 'string' && !('raw' in child));
  if (!blockOnly) return `${open}>${node.children.map((child) => serialize(child, mode)).join('')}</${node.name}>`;
  const inner = `${indent}  `;
  const lines = node.children.map((child) => `\n${inner}${serialize(child, mode, inner)}`).join('');
  return `${open}>${lines}\n${indent}</${node.name}>`;
}
