/**
 * A witness's reading text as a TEI `<div>`: its label as the heading, notes on passages no longer
 * found, then one `<p>` a block. In the text: an `<anchor>` where each passage starts and ends, the
 * passage's `<note>` right after its end anchor, `<persName ref>` around passages tagged with people
 * wherever such an element nests within one paragraph, and, in the base transcription, the apparatus
 * inline (tei-apparatus.ts).
 */
import type { Block } from '../document/model.js';
import type { ExportWitness } from './bundle.js';
import { el, escapeText, serialize, streamedTextEl, textEl, writtenEl, type MarkupElement, type MarkupNode, type WrittenElement } from './markup.js';
import { firstBlockEndingAfter, lastBlockStartingBefore, readingBlocks, type Names, type Passage } from './passages.js';
import type { AppPiece } from './tei-apparatus.js';
import { teiIds } from './tei-ids.js';

/** What a witness's div holds besides its text. */
export interface WitnessContent {
  /** The passages on this witness, in text order. */
  passages: readonly Passage[];
  /** The note written after a passage. */
  noteOf(passage: Passage): WrittenElement;
  /** Notes written under the heading: those on passages no longer found in this witness. */
  headNotes: readonly WrittenElement[];
  /** The apparatus pieces, when this witness is the base of one. */
  apparatus: readonly AppPiece[];
}

/** A point in the laid-out text: a block (by index) and an offset within it. */
interface Point {
  block: number;
  offset: number;
}

/** A passage placed in the blocks: where its anchors go and, if it gets one, its persName. */
interface Placed {
  passage: Passage;
  start: Point;
  end: Point;
  /** `#person-…` references, when the passage is wrapped in persName. */
  persons?: string;
}

/** An element around [start, end) of a block; of two around the same words, the lower rank is outside. */
interface Span {
  start: number;
  end: number;
  rank: number;
  /** The element, and the list its content goes in (the element itself, or its `<lem>`). */
  open(): { element: MarkupElement; inside: MarkupNode[] };
}

/** A persName around the same words as an app goes outside it: the Stylesheets print a lemma as plain text. */
const SPAN_RANK = { persName: 0, app: 1 } as const;

/** The witness as `<div type="witness">`. */
export function witnessDiv(witness: ExportWitness, content: WitnessContent, names: Names): MarkupElement {
  const blocks = readingBlocks(witness);
  const apps = blocks.map((): AppPiece[] => []);
  for (const piece of content.apparatus) apps[piece.block]?.push(piece);
  const placed = wrapPeople(
    content.passages.map((passage) => place(passage, blocks)),
    names,
    apps,
  );
  // Each block's own passages (those with an anchor in it), in order: a block never reads them all.
  const byBlock = blocks.map((): Placed[] => []);
  for (const item of placed) {
    byBlock[item.start.block]?.push(item);
    if (item.end.block !== item.start.block) byBlock[item.end.block]?.push(item);
  }
  const paragraphs = blocks.map((block, index) => streamedTextEl('p', {}, blockContent(witness.text, block, index, byBlock[index] ?? [], apps[index] ?? [], content)));
  return el('div', { type: 'witness', 'xml:id': teiIds.witness(witness.id), n: witness.label }, textEl('head', {}, witness.label), ...content.headNotes, paragraphs);
}

/**
 * Where a passage's anchors go. Text between blocks (line breaks) is not written, so an offset there
 * moves to the nearest block edge inside the passage; a passage wholly between blocks collapses onto
 * the end of the block before it.
 */
function place(passage: Passage, blocks: readonly Block[]): Placed {
  const last = blocks.length - 1;
  const startBlock = firstBlockEndingAfter(blocks, passage.start);
  const start: Point =
    startBlock > last
      ? { block: last, offset: blocks[last]?.end ?? 0 }
      : { block: startBlock, offset: Math.max(passage.start, blocks[startBlock]?.start ?? 0) };
  const endBlock = lastBlockStartingBefore(blocks, passage.end);
  const end: Point =
    endBlock < 0 ? { block: 0, offset: blocks[0]?.start ?? 0 } : { block: endBlock, offset: Math.min(passage.end, blocks[endBlock]?.end ?? 0) };
  return before(end, start) ? { passage, start: end, end } : { passage, start, end };
}

function before(a: Point, b: Point): boolean {
  return a.block < b.block || (a.block === b.block && a.offset < b.offset);
}

/** Whether [a, b) and [c, d) nest: apart, or one inside the other. */
function nest(a: number, b: number, c: number, d: number): boolean {
  return b <= c || a >= d || (c <= a && b <= d) || (a <= c && d <= b);
}

/**
 * Marks which person-tagged passages become persName elements: those within one block that nest with
 * the block's apparatus and with every one chosen before. Shorter passages are chosen first: a person
 * tag is usually one mention, and of two that cross, keeping the shorter keeps the name itself wrapped
 * rather than the words around it.
 */
function wrapPeople(placed: readonly Placed[], names: Names, apps: readonly (readonly AppPiece[])[]): Placed[] {
  const chosen = new Map<Placed, string>();
  const length = (item: Placed) => item.end.offset - item.start.offset;
  const candidates = placed.filter(
    // The ids first: most passages name no one, and looking up none still makes a list.
    (item) => item.passage.annotation.people.length > 0 && item.start.block === item.end.block && length(item) > 0 && names.people(item.passage.annotation.people).length > 0,
  );
  for (const item of [...candidates].sort((a, b) => length(a) - length(b))) {
    const { start, end } = item;
    const nests =
      (apps[start.block] ?? []).every((app) => nest(start.offset, end.offset, app.start, app.end)) &&
      [...chosen.keys()].every((other) => other.start.block !== start.block || nest(start.offset, end.offset, other.start.offset, other.end.offset));
    if (nests) chosen.set(item, names.people(item.passage.annotation.people).map((person) => `#${teiIds.person(person.id)}`).join(' '));
  }
  return placed.map((item) => {
    const persons = chosen.get(item);
    return persons === undefined ? item : { ...item, persons };
  });
}

/**
 * One block's text with its anchors, notes, persNames and apps, nested, made as it is written: one
 * block may hold every passage of a long text. `here` holds the block's passages. At one offset:
 * elements that end close (innermost first), then the milestones (anchors where passages end, their
 * notes, an insertion's app, then anchors where passages start), then elements that start open
 * (outermost first). The spans nest by construction, so elements always do.
 */
function* blockContent(
  text: string,
  block: Block,
  index: number,
  here: readonly Placed[],
  apps: readonly AppPiece[],
  content: WitnessContent,
): Generator<MarkupNode, void, undefined> {
  // Each kind of milestone in order of its offset, ties in the passages' order (sort is stable).
  const ending = here.filter((item) => item.end.block === index);
  const endAnchors = [...ending].sort((a, b) => a.end.offset - b.end.offset);
  // A note inside an app would be printed as part of its lemma: it moves to just after the app.
  const afterApps = (offset: number) => apps.find((app) => app.start < offset && offset < app.end)?.end ?? offset;
  const notes = ending.map((item) => ({ offset: afterApps(item.end.offset), passage: item.passage })).sort((a, b) => a.offset - b.offset);
  const insertions = apps.filter((app) => app.start === app.end).sort((a, b) => a.start - b.start);
  const startAnchors = here.filter((item) => item.start.block === index).sort((a, b) => a.start.offset - b.start.offset);
  const spans: Span[] = apps.filter((app) => app.start < app.end).map((app) => ({ start: app.start, end: app.end, rank: SPAN_RANK.app, open: () => appElement(app, []) }));
  for (const item of startAnchors) {
    const { persons } = item;
    if (persons !== undefined) {
      spans.push({ start: item.start.offset, end: item.end.offset, rank: SPAN_RANK.persName, open: () => wrapper(textEl('persName', { ref: persons })) });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);

  // What is ready, written out and handed on a few KB at a time (the writer then walks a few thousand
  // pieces, not every anchor); the outermost open element waits until it closes, its content complete.
  let ready = '';
  const write = (node: MarkupNode): void => {
    ready += typeof node === 'string' ? escapeText(node) : 'written' in node ? node.written : serialize(node, 'xml');
  };
  const open: { end: number; inside: MarkupNode[] }[] = [];
  let outermost: MarkupElement | undefined;
  const add = (node: MarkupNode): void => {
    const top = open.at(-1);
    if (top) top.inside.push(node);
    else write(node);
  };
  let cursor = block.start;
  let [nextEnd, nextNote, nextInsertion, nextStart, nextSpan] = [0, 0, 0, 0, 0];
  const nextOffset = () =>
    Math.min(
      cursor < block.end ? block.end : Infinity,
      endAnchors[nextEnd]?.end.offset ?? Infinity,
      notes[nextNote]?.offset ?? Infinity,
      insertions[nextInsertion]?.start ?? Infinity,
      startAnchors[nextStart]?.start.offset ?? Infinity,
      spans[nextSpan]?.start ?? Infinity,
      open.at(-1)?.end ?? Infinity,
    );
  for (let offset = nextOffset(); offset !== Infinity; offset = nextOffset()) {
    if (offset > cursor) add(text.slice(cursor, offset));
    cursor = Math.max(cursor, offset);
    while (open.length > 0 && open.at(-1)?.end === offset) {
      open.pop();
      if (open.length === 0 && outermost) write(outermost);
    }
    for (let item = endAnchors[nextEnd]; item?.end.offset === offset; item = endAnchors[++nextEnd]) {
      add(writtenEl('xml', 'anchor', { 'xml:id': teiIds.anchorEnd(item.passage.annotation.id) }));
    }
    for (let note = notes[nextNote]; note?.offset === offset; note = notes[++nextNote]) add(content.noteOf(note.passage));
    for (let app = insertions[nextInsertion]; app?.start === offset; app = insertions[++nextInsertion]) add(appElement(app, []).element);
    for (let item = startAnchors[nextStart]; item?.start.offset === offset; item = startAnchors[++nextStart]) {
      add(writtenEl('xml', 'anchor', { 'xml:id': teiIds.anchorStart(item.passage.annotation.id) }));
    }
    for (let span = spans[nextSpan]; span?.start === offset; span = spans[++nextSpan]) {
      const { element, inside } = span.open();
      if (open.length === 0) outermost = element;
      else add(element);
      open.push({ end: span.end, inside });
    }
    if (ready.length >= READY_LENGTH) {
      yield { written: ready };
      ready = '';
    }
  }
  if (ready !== '') yield { written: ready };
}

/** How much of a paragraph is written out before it is handed to the writer. */
const READY_LENGTH = 16 * 1024;

/** `<app>`: the lemma (whose content the layout fills) with its witnesses, then each reading. */
function appElement(app: AppPiece, inside: MarkupNode[]): { element: MarkupElement; inside: MarkupNode[] } {
  const lem: MarkupElement = { name: 'lem', attributes: { wit: app.lem }, children: inside, mixed: true };
  return { element: textEl('app', {}, lem, ...app.readings.map((reading) => textEl('rdg', { wit: reading.wit }, reading.text))), inside };
}

/** An element whose content the layout fills. */
function wrapper(element: MarkupElement): { element: MarkupElement; inside: MarkupNode[] } {
  const inside: MarkupNode[] = [];
  return { element: { ...element, children: inside }, inside };
}
