/**
 * Word comments, offered to the reader as notes on the passages they cover. mammoth keeps a comment's
 * reference but neither the range it covers nor its date, so the range's ends are turned into bookmarks
 * (which mammoth keeps, as anchors) before conversion, and the comments themselves are read from
 * word/comments.xml.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Block } from '../document/model.js';
import { offsetOfPlace, type TextPlace } from './html-blocks.js';
import type { DomElement } from './html-dom.js';
import type { PassageComment } from './model.js';

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const START = '_carrelCommentStart';
const END = '_carrelCommentEnd';
const RANGE_MARK = /<w:commentRange(Start|End)\b([^>]*?)\bw:id="(\d+)"([^>]*?)\/>/gu;
const BOOKMARK = new RegExp(`^(${START}|${END})(\\d+)$`, 'u');
/** mammoth's anchor on a comment's reference (with the style map's "comment-reference => sup"). */
const REFERENCE = /^comment-ref-(\d+)$/u;

/** A comment as word/comments.xml gives it. */
export interface WordComment {
  text: string;
  author?: string;
  date?: string;
}

/**
 * word/document.xml with each comment's range start and end made a bookmark, which mammoth turns into an
 * `<a id>` anchor at that place in its HTML. Word writes these marks as empty elements of the `w` prefix.
 */
export function markCommentRanges(documentXml: string): string {
  return documentXml.replace(RANGE_MARK, (_mark, side: string, _before: string, id: string) => {
    const name = side === 'Start' ? START : END;
    return `<w:bookmarkStart w:id="carrel-${side}-${id}" w:name="${name}${id}"/>`;
  });
}

/** The comments of word/comments.xml by id; none when the part is missing or not XML. */
export function readWordComments(commentsXml: string | undefined): Map<string, WordComment> {
  const comments = new Map<string, WordComment>();
  if (commentsXml === undefined) return comments;
  let elements: XmlElement[];
  try {
    elements = Array.from(new DOMParser().parseFromString(commentsXml, 'text/xml').getElementsByTagNameNS(WORD, 'comment'));
  } catch {
    return comments;
  }
  for (const element of elements) {
    const id = element.getAttributeNS(WORD, 'id');
    if (id === null) continue;
    const paragraphs = Array.from(element.getElementsByTagNameNS(WORD, 'p')).map(paragraphText);
    comments.set(id, {
      text: paragraphs.join('\n').trim(),
      author: element.getAttributeNS(WORD, 'author')?.trim() || undefined,
      date: element.getAttributeNS(WORD, 'date')?.trim() || undefined,
    });
  }
  return comments;
}

/** Where the walk met each comment's range ends and reference; its `claim` takes their anchors out of the text. */
export class CommentAnchors {
  readonly #starts = new Map<string, TextPlace>();
  readonly #ends = new Map<string, TextPlace>();
  readonly #references = new Map<string, TextPlace>();

  /** For walkBlocks: records an anchor's place, and passes over mammoth's list of comments at the end. */
  readonly claim = (element: DomElement, place: TextPlace): boolean => {
    if (element.localName === 'dl') return element.querySelector('dt[id^="comment-"]') !== null;
    if (element.localName !== 'a' || element.id === '') return false;
    const bookmark = BOOKMARK.exec(element.id);
    if (bookmark) {
      (bookmark[1] === START ? this.#starts : this.#ends).set(bookmark[2] ?? '', place);
      return true;
    }
    const reference = REFERENCE.exec(element.id);
    if (reference) {
      this.#references.set(reference[1] ?? '', place);
      return true;
    }
    return false;
  };

  /**
   * Each comment on the passage it covers in `text`: its range when Word recorded one, else the block
   * where its reference stands. A comment whose place the text does not hold (in a header) is left out.
   */
  place(text: string, blocks: readonly Block[], comments: ReadonlyMap<string, WordComment>): PassageComment[] {
    const placed: PassageComment[] = [];
    for (const [id, comment] of comments) {
      if (comment.text === '') continue;
      const passage = this.#range(text, id) ?? this.#referenceBlock(text, blocks, id);
      if (!passage) continue;
      placed.push({
        witness: 0,
        ...passage,
        text: comment.text,
        ...(comment.author === undefined ? {} : { author: comment.author }),
        ...(comment.date === undefined ? {} : { date: comment.date }),
      });
    }
    return placed.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  #range(text: string, id: string): { start: number; end: number } | undefined {
    const start = this.#starts.get(id);
    const end = this.#ends.get(id);
    if (start === undefined || end === undefined) return undefined;
    const from = offsetOfPlace(text, start, 'start');
    const to = offsetOfPlace(text, end, 'end');
    return to > from ? { start: from, end: to } : undefined;
  }

  #referenceBlock(text: string, blocks: readonly Block[], id: string): { start: number; end: number } | undefined {
    const reference = this.#references.get(id) ?? this.#ends.get(id);
    if (reference === undefined) return undefined;
    const at = offsetOfPlace(text, reference, 'end');
    const block = blocks.find((candidate) => candidate.kind !== 'page' && candidate.start < at && at <= candidate.end);
    return block ? { start: block.start, end: block.end } : undefined;
  }
}

/** A paragraph's text: its runs' text, tabs and line breaks, as Word shows it. */
function paragraphText(paragraph: XmlElement): string {
  let text = '';
  const visit = (node: XmlElement): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const element = child as XmlElement;
      if (element.namespaceURI === WORD && element.localName === 't') text += element.textContent ?? '';
      else if (element.namespaceURI === WORD && element.localName === 'tab') text += '\t';
      else if (element.namespaceURI === WORD && (element.localName === 'br' || element.localName === 'cr')) text += '\n';
      else visit(element);
    }
  };
  visit(paragraph);
  return text;
}
