/**
 * The little of the DOM that the HTML and Word importers read, over linkedom: a DOM built from a string
 * that never runs a script nor loads a resource. Typed here because core has no DOM library, and
 * linkedom's own types are the browser's.
 */
import { parseHTML } from 'linkedom';

/** A node of a parsed page. */
export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

/** An element; `localName` is lower case for HTML. */
export interface DomElement extends DomNode {
  readonly localName: string;
  readonly id: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** A text node. */
export interface DomText extends DomNode {
  readonly data: string;
}

/** A parsed page. */
export interface DomDocument {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomDocument;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parses `html` as a browser would, but inert: scripts stay text, nothing is fetched. */
export function parseHtmlDocument(html: string): DomDocument {
  // linkedom types its document as a browser one, which differs by lib (DOM or not) between tsconfigs.
  return parseHTML(html).document as unknown as DomDocument;
}

/** True for an element node. */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** True for a text node. */
export function isText(node: DomNode): node is DomText {
  return node.nodeType === TEXT_NODE;
}

/** An element's text with its layout white space folded to single spaces, trimmed. */
export function foldedText(node: DomNode): string {
  return (node.textContent ?? '').replace(/[ \t\n\r\f]+/gu, ' ').trim();
}
