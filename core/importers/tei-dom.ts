/**
 * Reading a parsed TEI tree: elements by their TEI name, attributes, and the plain words of an element
 * (for metadata and names). Elements of other vocabularies (SVG, MathML) have no TEI name, so nothing
 * in the importer ever mistakes them for TEI.
 */
import type { Element, Node } from '@xmldom/xmldom';

/** The TEI P5 namespace; files without a namespace (older TEI Lite) are read as TEI too. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** True for an element node. */
export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** The characters of a text or CDATA node; undefined for any other node. */
export function textOf(node: Node): string | undefined {
  if (node.nodeType !== TEXT_NODE && node.nodeType !== CDATA_SECTION_NODE) return undefined;
  return (node as Node & { data: string }).data;
}

/** An element's TEI name (`div`, `persName`); '' for anything else, so that foreign elements match nothing. */
export function teiName(node: Node | null | undefined): string {
  if (!isElement(node)) return '';
  const namespace = node.namespaceURI;
  return namespace === TEI_NS || namespace === null || namespace === '' ? (node.localName ?? node.nodeName) : '';
}

/** The element children of `element`, those named `names` when any are given. */
export function childElements(element: Element | undefined, ...names: string[]): Element[] {
  const found: Element[] = [];
  if (!element) return found;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (names.length === 0 || names.includes(teiName(node)))) found.push(node);
  }
  return found;
}

/** The element reached from `element` by a path of child names (`fileDesc`, `titleStmt`), if any. */
export function childAt(element: Element | undefined, ...path: string[]): Element | undefined {
  let at = element;
  for (const name of path) at = childElements(at, name)[0];
  return at;
}

/** Every descendant of `element` named one of `names`, in document order (walked without recursion). */
export function descendants(element: Element | undefined, ...names: string[]): Element[] {
  const found: Element[] = [];
  const stack = childElements(element).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (names.includes(teiName(next))) found.push(next);
    // Pushed one by one: spreading a body's hundred thousand children as arguments would overflow.
    const children = childElements(next);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index] as Element);
  }
  return found;
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The element's `xml:id`, if it has one. */
export function xmlId(element: Element): string | undefined {
  const value = (element.getAttributeNS(XML_NS, 'id') ?? element.getAttribute('xml:id'))?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The element's `xml:lang`, if it has one. */
export function xmlLang(element: Element): string | undefined {
  const value = (element.getAttributeNS(XML_NS, 'lang') ?? element.getAttribute('xml:lang'))?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The whitespace-separated tokens of an attribute (`@ref`, `@wit` may name several). */
export function tokens(element: Element, name: string): string[] {
  return attribute(element, name)?.split(/\s+/u) ?? [];
}

/**
 * Which child of a `choice` a reader is shown: the edited form over the source's, that is `corr` over
 * `sic`, `expan` over `abbr`, `reg` over `orig`, so that the reading text reads and searches as the
 * editor established it; any other choice (`seg` alternatives) shows its first child.
 */
export function chosenReading(choice: Element): Element | undefined {
  const options = childElements(choice);
  for (const preferred of ['corr', 'expan', 'reg']) {
    const option = options.find((element) => teiName(element) === preferred);
    if (option) return option;
  }
  return options[0];
}

/** Elements whose edges part words even when the file puts no space there (`<forename>` `<surname>`). */
const WORD_PARTING = new Set(['forename', 'surname', 'roleName', 'addName', 'genName', 'nameLink', 'persName', 'orgName', 'placeName', 'title', 'idno', 'p', 'ab', 'l', 'item', 'head', 'licence', 'addrLine']);
/** Elements whose words are not part of the element's plain words. */
const WORDLESS = new Set(['note', 'del', 'sic', 'orig', 'abbr', 'fw', 'witDetail', 'desc', 'figDesc']);
/** Where an element parting words begins or ends; U+0000 cannot occur in XML, so it is never the file's. */
const EDGE = '\u0000';

/**
 * The words of `element` as one line: notes and deletions left out, a `choice` read as the reader is
 * shown it, white space folded, NFC. For metadata and names, not for the reading text.
 */
export function plainText(element: Element | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const collect = (node: Node): void => {
    const text = textOf(node);
    if (text !== undefined) {
      parts.push(text);
      return;
    }
    if (!isElement(node)) return;
    const name = teiName(node);
    if (name === '' || WORDLESS.has(name)) return;
    if (name === 'lb') parts.push(' ');
    const children = name === 'choice' ? [chosenReading(node)].filter((child) => child !== undefined) : childNodes(node);
    const parting = WORD_PARTING.has(name);
    if (parting) parts.push(EDGE);
    for (const child of children) collect(child);
    if (parting) parts.push(EDGE);
  };
  for (const child of childNodes(element)) collect(child);
  return parts
    .join('')
    .replace(/\u0000+/gu, (edges: string, at: number, whole: string) => (partsWords(whole.charAt(at - 1), whole.charAt(at + edges.length)) ? ' ' : ''))
    .normalize('NFC')
    .replace(/[ \t\n\r\f]+/gu, ' ')
    .trim();
}

/** True when an element's edge between `before` and `after` must be a space: "Anna" "Keller", not "Keller" ",". */
function partsWords(before: string, after: string): boolean {
  return /[\p{L}\p{N}\p{M}.,;:!?)\]'"’”]/u.test(before) && /[\p{L}\p{N}(\['"‘“]/u.test(after);
}

/** The child nodes of `node`, as an array. */
export function childNodes(node: Node): Node[] {
  const nodes: Node[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) nodes.push(child);
  return nodes;
}
