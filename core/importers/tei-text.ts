/**
 * The reading text of a TEI `<text>` for one transcription: divisions with their headings, paragraphs,
 * lists, stanzas, quotations, tables, letters' openers and closers, page and line breaks, an edition's
 * marks, notes set after the text, and the places where people are named. The walk recurses, which is
 * safe because tei-xml.ts refuses files nested deeper than MAX_TEI_DEPTH before any walk.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { BlockKind, MarkKind } from '../document/model.js';
import type { NamedPerson } from './model.js';
import type { BlockDetails, BuiltText } from './reading-text.js';
import { readingFor } from './tei-apparatus.js';
import { attribute, childElements, childNodes, chosenReading, isElement, teiName, textOf, tokens } from './tei-dom.js';
import type { TeiPeople } from './tei-people.js';
import { TeiWriter } from './tei-writer.js';

/** A `<text>` to read, and the heading it opens under when a corpus holds several. */
export interface TeiTextPart {
  text: Element;
  heading?: string;
}

/** Which transcription is read. */
export interface TranscriptionOptions {
  /** The witness whose readings an apparatus gives; undefined reads the base text (the `lem`). */
  siglum?: string;
  /** Its index among the file's transcriptions, for the places of mentions. */
  witness: number;
  people: TeiPeople;
}

/** The reading text of `parts` as the transcription of `options` reads them; mentions go to `options.people`. */
export function readTeiText(parts: readonly TeiTextPart[], options: TranscriptionOptions): BuiltText {
  const walker = new TextWalker(options);
  for (const part of parts) walker.part(part);
  return walker.finish();
}

/** What is not the text: the header, page furniture (running heads, catchwords), registers, links, images. */
const SKIPPED = new Set([
  'teiHeader', 'fw', 'facsimile', 'sourceDoc', 'standOff', 'figDesc', 'graphic', 'binaryObject', 'media', 'desc', 'witDetail',
  'listPerson', 'listPlace', 'listOrg', 'listEvent', 'listNym', 'listRelation', 'listWit', 'interpGrp', 'interp', 'spanGrp', 'span',
  'linkGrp', 'link', 'join', 'joinGrp', 'alt', 'altGrp', 'timeline', 'anchor', 'index', 'certainty', 'precision', 'respons', 'metamark',
]);
/** Elements that hold blocks, whose stray words make paragraphs. */
const CONTAINERS = new Set(['text', 'front', 'body', 'back', 'group', 'opener', 'closer', 'postscript', 'titlePage', 'docTitle', 'argument', 'sp', 'figure', 'floatingText', 'listBibl', 'castList']);
const DIVISION = /^div[1-7]?$/u;
/** Elements that are always a paragraph of their own. */
const PARAGRAPHS = new Set(['p', 'ab', 'lg', 'dateline', 'byline', 'docAuthor', 'docDate', 'docImprint', 'docEdition', 'trailer', 'address', 'speaker']);
/** A paragraph of their own at a division's level, words of the block they stand in otherwise. */
const PARAGRAPHS_WHEN_ALONE = new Set(['stage', 'bibl', 'label']);
/** The marks an element stands for. */
const MARKS: ReadonlyMap<string, MarkKind> = new Map([
  ['hi', 'emphasis'],
  ['emph', 'emphasis'],
  ['supplied', 'supplied'],
  ['unclear', 'unclear'],
  ['del', 'deleted'],
  ['add', 'added'],
]);
/** Children that make a quotation a block quote even inside a paragraph. */
const BLOCK_CHILDREN = new Set(['p', 'ab', 'lg', 'l', 'list', 'table', 'sp', 'floatingText']);
/** Where a `head` is a caption of a list, stanza or table, one level below its division's heading. */
const INNER_HEADS = new Set(['list', 'lg', 'table', 'listBibl', 'castList']);
/** `@rend` and `@type` tokens of a numbered list. */
const ORDERED = new Set(['ordered', 'numbered', 'enumerated', 'decimal', 'arabic', 'roman', 'alphabetic', 'lower-roman', 'upper-roman', 'lower-alpha', 'upper-alpha', 'lower-latin', 'upper-latin']);
/** The longest label a block takes (the document model's bound). */
const MAX_LABEL = 200;

/** One walk of the text for one transcription. */
class TextWalker {
  readonly #out = new TeiWriter();
  readonly #options: TranscriptionOptions;
  /** Notes met inline, written after the text in this order; a note within a note joins the end. */
  readonly #notes: { label: string; note: Element }[] = [];
  readonly #mentions: { place: number; people: NamedPerson[] }[] = [];
  /** The elements that opened a block quote, so that the `quote` of a `cit` opens no second one. */
  readonly #quoteBlocks = new Set<Node>();
  #notesNumbered = 0;
  #divisions = 0;
  #lists = 0;
  #quotes = 0;
  /** Inside a note: its paragraphs, items and lines are lines of the note's one block. */
  #flat = false;

  constructor(options: TranscriptionOptions) {
    this.#options = options;
  }

  part({ text, heading }: TeiTextPart): void {
    if (heading === undefined) return this.#node(text);
    this.#out.block('heading', { level: 1 }, () => this.#out.write(heading));
    this.#divisions += 1;
    this.#node(text);
    this.#divisions -= 1;
  }

  finish(): BuiltText {
    for (let index = 0; index < this.#notes.length; index += 1) {
      const { label, note } = this.#notes[index] as { label: string; note: Element };
      this.#noteBlock(label, note);
    }
    const { places, ...built } = this.#out.build();
    for (const { place, people } of this.#mentions) {
      const at = places.get(place);
      if (at) for (const person of people) this.#options.people.mention(person, { witness: this.#options.witness, ...at });
    }
    return built;
  }

  #children(element: Element): void {
    for (const node of childNodes(element)) this.#node(node);
  }

  #node(node: Node): void {
    const text = textOf(node);
    if (text !== undefined) this.#text(text, node);
    else if (isElement(node)) this.#element(node, teiName(node));
  }

  /** Words; those touching a break inside a word (`<lb break="no"/>`) join it without a space. */
  #text(text: string, node: Node): void {
    let words = text;
    if (breaksInsideWord(node.nextSibling)) words = words.replace(/[ \t\n\r]+$/u, '');
    if (breaksInsideWord(node.previousSibling)) words = words.replace(/^[ \t\n\r]+/u, '');
    this.#out.write(words);
  }

  #element(element: Element, name: string): void {
    if (name === '' || SKIPPED.has(name)) return;
    const mark = MARKS.get(name);
    if (mark !== undefined) return this.#out.mark(mark, () => this.#children(element));
    if (DIVISION.test(name)) return this.#division(element);
    if (CONTAINERS.has(name)) return this.#container(element);
    if (PARAGRAPHS.has(name)) return this.#paragraph(element);
    if (PARAGRAPHS_WHEN_ALONE.has(name)) return this.#paragraphWhenAlone(element);
    switch (name) {
      case 'head':
        return this.#head(element);
      case 'titlePart':
        return this.#blockOf('heading', { level: 1 }, element);
      case 'salute':
        return this.#blockOf('salutation', {}, element);
      case 'signed':
        return this.#blockOf('signature', {}, element);
      case 'l':
      case 'addrLine':
        return this.#line(element);
      case 'list':
        return this.#list(element);
      case 'item':
        return this.#item(element, false, undefined);
      case 'table':
        return this.#table(element);
      case 'quote':
      case 'cit':
      case 'epigraph':
        return this.#quote(element, name);
      case 'note':
        return this.#note(element);
      case 'persName':
      case 'name':
      case 'rs':
        return this.#name(element);
      case 'app': {
        const reading = readingFor(element, this.#options.siglum);
        if (reading) this.#children(reading);
        return;
      }
      case 'choice': {
        const chosen = chosenReading(element);
        if (chosen) this.#node(chosen);
        return;
      }
      case 'gap':
        // The editor's sign for words left out, as printed editions set it: supplied by the editor.
        return this.#out.mark('supplied', () => this.#out.write('[…]'));
      case 'lb':
      case 'cb':
        if (!breaksInsideWord(element)) this.#out.lineBreak();
        return;
      case 'pb':
        // A page block would split the one block of a note, so a page's start inside a note is let go.
        if (!this.#flat) this.#out.page(bounded(attribute(element, 'n') ?? ''));
        return;
      default:
        return this.#children(element);
    }
  }

  /** A paragraph (or, inside a block quote, a quote) of its own; in a note, a line of the note. */
  #blockOf(kind: BlockKind, details: BlockDetails, element: Element, before?: () => void): void {
    const fill = (): void => {
      before?.();
      this.#children(element);
    };
    if (!this.#flat) return this.#out.block(kind, details, fill);
    this.#out.lineBreak();
    fill();
  }

  #paragraph(element: Element): void {
    if (this.#quotes > 0) this.#blockOf('quote', { level: level(this.#quotes) }, element);
    else this.#blockOf('paragraph', {}, element);
  }

  #paragraphWhenAlone(element: Element): void {
    if (teiName(element.parentNode) === 'cit') {
      // A quotation's source, on a line of its own below it.
      this.#out.lineBreak();
      return this.#children(element);
    }
    if (this.#out.inBlock || this.#flat) return this.#children(element);
    this.#paragraph(element);
  }

  #division(element: Element): void {
    this.#divisions += 1;
    this.#container(element);
    this.#divisions -= 1;
  }

  #container(element: Element): void {
    if (this.#flat) return this.#children(element);
    const quoted = this.#quotes > 0;
    this.#out.division(quoted ? 'quote' : 'paragraph', quoted ? { level: level(this.#quotes) } : {}, () => this.#children(element));
  }

  /** A division's heading, by its depth; a list's, stanza's or table's one level below; a figure's caption as a paragraph. */
  #head(element: Element): void {
    const parent = teiName(element.parentNode);
    if (parent === 'figure') return this.#paragraph(element);
    const depth = INNER_HEADS.has(parent) ? this.#divisions + 1 : this.#divisions;
    this.#blockOf('heading', { level: level(depth) }, element);
  }

  /** A verse line or an address line: a line of the stanza or address it stands in, else a paragraph. */
  #line(element: Element): void {
    if (!this.#out.inBlock && !this.#flat) return this.#paragraph(element);
    this.#out.lineBreak();
    this.#children(element);
  }

  /** A list's items by depth; a gloss list's `label` begins the item it labels. */
  #list(element: Element): void {
    const ordered = [...tokens(element, 'rend'), ...tokens(element, 'type')].some((token) => ORDERED.has(token.toLowerCase()));
    this.#lists += 1;
    let label: Element | undefined;
    for (const node of childNodes(element)) {
      const name = teiName(node);
      if (!isElement(node) || (name !== 'item' && name !== 'label')) {
        this.#node(node);
      } else if (name === 'label') {
        if (label) this.#item(label, ordered, undefined);
        label = node;
      } else {
        this.#item(node, ordered, label);
        label = undefined;
      }
    }
    if (label) this.#item(label, ordered, undefined);
    this.#lists -= 1;
  }

  #item(element: Element, ordered: boolean, label: Element | undefined): void {
    const details: BlockDetails = { level: level(this.#lists), ...(ordered && { ordered: true }) };
    this.#blockOf('list-item', details, element, () => {
      if (!label) return;
      this.#children(label);
      this.#out.write(' ');
    });
  }

  /** Cells by row and column from 0 per table; a cell spanning columns (`@cols`) moves the next one along. */
  #table(element: Element): void {
    let row = 0;
    for (const node of childNodes(element)) {
      if (!isElement(node) || teiName(node) !== 'row') {
        this.#node(node);
        continue;
      }
      let column = 0;
      for (const cell of childNodes(node)) {
        if (!isElement(cell) || teiName(cell) !== 'cell') {
          this.#node(cell);
          continue;
        }
        this.#blockOf('table-cell', { row, column }, cell);
        column += Math.max(1, Number.parseInt(attribute(cell, 'cols') ?? '1', 10) || 1);
      }
      row += 1;
    }
  }

  /**
   * A quotation set apart (at a division's level, holding paragraphs or lines, or an epigraph) is a quote
   * block, one level deeper inside another; the `quote` of a `cit` is the cit's block, and a quotation
   * within a sentence stays words of it.
   */
  #quote(element: Element, name: string): void {
    const parent = element.parentNode;
    const setApart = name === 'epigraph' || !this.#out.inBlock || childElements(element).some((child) => BLOCK_CHILDREN.has(teiName(child)));
    if (this.#flat || !setApart || (parent !== null && this.#quoteBlocks.has(parent))) return this.#children(element);
    this.#quotes += 1;
    this.#quoteBlocks.add(element);
    this.#out.block('quote', { level: level(this.#quotes) }, () => this.#children(element));
    this.#quotes -= 1;
  }

  /**
   * A note in the words (`@place` aside: a footnote and a marginal note read alike) is its number
   * there (`@n`, else its place in the count) and its words after the text; a note standing between
   * blocks is a note block where it stands.
   */
  #note(element: Element): void {
    if (!this.#out.inBlock && !this.#flat) return this.#noteBlock(attribute(element, 'n'), element);
    this.#notesNumbered += 1;
    const label = bounded(attribute(element, 'n') ?? String(this.#notesNumbered));
    this.#out.mark('note-ref', () => this.#out.write(label));
    this.#notes.push({ label, note: element });
  }

  #noteBlock(label: string | undefined, note: Element): void {
    const flat = this.#flat;
    this.#flat = true;
    this.#out.block('note', label === undefined ? {} : { label: bounded(label) }, () => this.#children(note));
    this.#flat = flat;
  }

  /** A name: where it points at people (`@ref`, `@key`), a mention of each in this transcription. */
  #name(element: Element): void {
    const people = this.#options.people.peopleNamedBy(element);
    if (people.length === 0) return this.#children(element);
    const place = this.#out.place(() => this.#children(element));
    this.#mentions.push({ place, people });
  }
}

/** True for a line, column or page break inside a word (`break="no"`). */
function breaksInsideWord(node: Node | null): boolean {
  const name = teiName(node);
  return (name === 'lb' || name === 'cb' || name === 'pb') && isElement(node) && attribute(node, 'break') === 'no';
}

/** A depth as a heading's or list's level, 1 to 6. */
function level(depth: number): number {
  return Math.min(6, Math.max(1, depth));
}

function bounded(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}…`;
}
