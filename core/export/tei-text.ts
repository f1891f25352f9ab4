/**
 * A witness's reading text as a TEI `<div>`: its label as the heading, notes on passages no longer
 * found, then one `<p>` a block. In the text: an `<anchor>` where each passage starts and ends, the
 * passage's `<note>` right after its end anchor, `<persName ref>` around passages tagged with people
 * wherever such an element nests within one paragraph, and, in the base transcription, the apparatus
 * inline (tei-apparatus.ts).
 */
import type { Block } from '../document/model.js';
import type { ExportWitness } from './bundle.js';
import { deferred, el, textEl, type MarkupElement, type MarkupNode } from './markup.js';
import { firstBlockEndingAfter, lastBlockStartingBefore, readingBlocks, type Names, type Passage } from './passages.js';
import type { AppPiece } from './tei-apparatus.js';
import { teiIds } from './tei-ids.js';

/** What a witness's div holds besides its text. */
export interface WitnessContent {
  /** The passages on this witness, in text order. */
  passages: readonly Passage[];
  /** The note written after a passage. */
  noteOf(passage: Passage): MarkupElement;
  /** Notes written under the heading: those on passages no longer found in this witness. */
  headNotes: readonly MarkupElement[];
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

/** An element at one offset; at the same offset, lower ranks come first. */
interface Milestone {
  offset: number;
  rank: number;
  node: MarkupNode;
}

/** At one offset: anchors where passages end, their notes, an insertion's app, then anchors where passages start. */
const RANK = { endAnchor: 0, note: 1, insertion: 2, startAnchor: 3 } as const;
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
  const paragraphs = blocks.map((block, index) => textEl('p', {}, blockContent(witness.text, block, index, byBlock[index] ?? [], apps[index] ?? [], content)));
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

/** One block's text with its anchors, notes, persNames and apps, nested. `here` holds the block's passages. */
function blockContent(text: string, block: Block, index: number, here: readonly Placed[], apps: readonly AppPiece[], content: WitnessContent): MarkupNode[] {
  const milestones: Milestone[] = apps
    .filter((app) => app.start === app.end)
    .map((app) => ({ offset: app.start, rank: RANK.insertion, node: appElement(app, []).element }));
  const spans: Span[] = apps
    .filter((app) => app.start < app.end)
    .map((app) => ({ start: app.start, end: app.end, rank: SPAN_RANK.app, open: () => appElement(app, []) }));
  // A note inside an app would be printed as part of its lemma: it moves to just after the app.
  const afterApps = (offset: number) => apps.find((app) => app.start < offset && offset < app.end)?.end ?? offset;
  for (const item of here) {
    const { annotation } = item.passage;
    if (item.end.block === index) {
      milestones.push({ offset: item.end.offset, rank: RANK.endAnchor, node: el('anchor', { 'xml:id': teiIds.anchorEnd(annotation.id) }) });
      milestones.push({ offset: afterApps(item.end.offset), rank: RANK.note, node: deferred(() => content.noteOf(item.passage)) });
    }
    if (item.start.block === index) {
      milestones.push({ offset: item.start.offset, rank: RANK.startAnchor, node: el('anchor', { 'xml:id': teiIds.anchorStart(annotation.id) }) });
      const { persons } = item;
      if (persons !== undefined) {
        spans.push({ start: item.start.offset, end: item.end.offset, rank: SPAN_RANK.persName, open: () => wrapper(textEl('persName', { ref: persons })) });
      }
    }
  }
  return layOut(text, block, spans, milestones);
}

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

/**
 * The block's text cut at every offset where something happens. At one offset: elements that end
 * close (innermost first), then the milestones, then elements that start open (outermost first). The
 * spans nest by construction, so elements always do.
 */
function layOut(text: string, block: Block, spans: Span[], milestones: Milestone[]): MarkupNode[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  milestones.sort((a, b) => a.offset - b.offset || a.rank - b.rank);
  const offsets = [...new Set([block.end, ...spans.flatMap((span) => [span.start, span.end]), ...milestones.map((milestone) => milestone.offset)])].sort((a, b) => a - b);
  const root: MarkupNode[] = [];
  const open: { end: number; inside: MarkupNode[] }[] = [];
  const add = (node: MarkupNode): void => {
    (open.at(-1)?.inside ?? root).push(node);
  };
  let cursor = block.start;
  let nextSpan = 0;
  let nextMilestone = 0;
  for (const offset of offsets) {
    if (offset > cursor) add(text.slice(cursor, offset));
    cursor = Math.max(cursor, offset);
    while (open.length > 0 && open.at(-1)?.end === offset) open.pop();
    for (let milestone = milestones[nextMilestone]; milestone?.offset === offset; milestone = milestones[++nextMilestone]) add(milestone.node);
    for (let span = spans[nextSpan]; span?.start === offset; span = spans[++nextSpan]) {
      const { element, inside } = span.open();
      add(element);
      open.push({ end: span.end, inside });
    }
  }
  return root;
}
