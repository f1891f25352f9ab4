/**
 * DOMPurify run over linkedom, so that a saved page's scripts, frames, forms and embedded objects are gone
 * before anything reads it. Nothing here renders or fetches: the page only ever becomes text.
 */
import createDOMPurify, { type WindowLike } from 'dompurify';
import { DOMParser, Element, HTMLTemplateElement, Node, NodeFilter, parseHTML } from 'linkedom';
import type { DomDocument, DomElement } from './html-dom.js';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/** Elements removed together with everything inside them: none of their text is the page's text. */
const FORBIDDEN = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'template', 'noscript'];
/** Elements that would only point at resources; dropped so that no address of one survives to be followed. */
const RESOURCES = ['img', 'picture', 'source', 'video', 'audio', 'track', 'link', 'base', 'meta'];

/**
 * The page `html` parsed and sanitised by DOMPurify: scripts, styles, frames, objects, forms and their
 * controls removed with their content, event-handler attributes and `javascript:` links stripped.
 */
export function sanitizedDocument(html: string): DomDocument {
  const purify = createDOMPurify(linkedomWindow());
  if (!purify.isSupported) throw new Error('DOMPurify cannot run over linkedom.');
  const root: DomElement = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    USE_PROFILES: { html: true },
    // Readability reads the page's title (to take the site's name off it and find the heading that repeats it).
    ADD_TAGS: ['title'],
    FORBID_TAGS: [...FORBIDDEN, ...RESOURCES],
    ADD_FORBID_CONTENTS: FORBIDDEN,
  });
  // RETURN_DOM with WHOLE_DOCUMENT gives the <html> element of the document DOMPurify parsed.
  const document = (root as unknown as { ownerDocument: DomDocument | null }).ownerDocument;
  if (!document) throw new Error('DOMPurify returned an element outside a document.');
  return document;
}

/**
 * The window DOMPurify asks for, made of linkedom's classes. Two adaptations, both because DOMPurify
 * reads node properties through the prototypes' getters (so that a page cannot shadow them), while
 * linkedom keeps some of them on each node: it would read every node's type and parent as null, and
 * sanitise nothing. And linkedom has no `document.implementation`, whose presence DOMPurify checks; its
 * `createHTMLDocument` is only DOMPurify's fallback when DOMParser fails.
 */
function linkedomWindow(): WindowLike {
  const { document } = parseHTML(EMPTY_PAGE);
  Object.defineProperty(document, 'implementation', {
    value: { createHTMLDocument: () => parseHTML(EMPTY_PAGE).document },
  });
  const window = {
    document,
    DOMParser,
    Element: { prototype: Object.create(Element.prototype, { parentNode: ownProperty('parentNode') }) },
    Node: { prototype: Object.create(Node.prototype, { nodeType: ownProperty('nodeType'), ownerDocument: ownProperty('ownerDocument') }) },
    NodeFilter,
    HTMLTemplateElement,
  };
  // Typed as the browser's window, which core has no types for; DOMPurify reads only these members.
  return window as unknown as WindowLike;
}

/** A getter that reads the property the node holds itself. */
function ownProperty(name: string): PropertyDescriptor {
  return {
    get(this: Record<string, unknown>) {
      return this[name];
    },
  };
}
