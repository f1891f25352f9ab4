/**
 * A witness's reading text as TEI paragraphs, with an `<anchor>` where each passage starts and ends (so
 * stand-off annotations can point at any range, overlapping or not) and `<persName ref>` around passages
 * tagged with people wherever such an element nests within one paragraph.
 */
import type { Block } from '../document/model.js';
import type { ExportWitness } from './bundle.js';
import { el, textEl, type MarkupElement, type MarkupNode } from './markup.js';
import { firstBlockEndingAfter, lastBlockStartingBefore, readingBlocks, type Names, type Passage } from './passages.js';
import { teiIds } from './tei-ids.js';

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

/** The witness as `<div type="witness">`: one `<p>` a block, in order. */
export function witnessDiv(witness: ExportWitness, passages: readonly Passage[], names: Names): MarkupElement {
  const blocks = readingBlocks(witness);
  const placed = wrapPeople(passages.map((passage) => place(passage, blocks)), names);
  // Each block's own passages (those with an anchor in it), in order: a block never reads them all.
  const byBlock = blocks.map((): Placed[] => []);
  for (const item of placed) {
    byBlock[item.start.block]?.push(item);
    if (item.end.block !== item.start.block) byBlock[item.end.block]?.push(item);
  }
  const paragraphs = blocks.map((block, index) => textEl('p', {}, blockContent(witness.text, block, index, byBlock[index] ?? [])));
  return el('div', { type: 'witness', 'xml:id': teiIds.witness(witness.id), n: witness.label }, paragraphs);
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

/**
 * Marks which person-tagged passages become persName elements: those within one block that nest with
 * every one chosen before. Shorter passages are chosen first: a person tag is usually one mention, and
 * of two that cross, keeping the shorter keeps the name itself wrapped rather than the words around it.
 */
function wrapPeople(placed: readonly Placed[], names: Names): Placed[] {
  const chosen = new Map<Placed, string>();
  const length = (item: Placed) => item.end.offset - item.start.offset;
  const candidates = placed.filter(
    (item) => item.start.block === item.end.block && length(item) > 0 && names.people(item.passage.annotation.people).length > 0,
  );
  for (const item of [...candidates].sort((a, b) => length(a) - length(b))) {
    const { start, end } = item;
    const nests = [...chosen.keys()].every(
      (other) =>
        other.start.block !== start.block ||
        end.offset <= other.start.offset ||
        start.offset >= other.end.offset ||
        (other.start.offset <= start.offset && end.offset <= other.end.offset) ||
        (start.offset <= other.start.offset && other.end.offset <= end.offset),
    );
    if (nests) chosen.set(item, names.people(item.passage.annotation.people).map((person) => `#${teiIds.person(person.id)}`).join(' '));
  }
  return placed.map((item) => {
    const persons = chosen.get(item);
    return persons === undefined ? item : { ...item, persons };
  });
}

/** What happens at one offset of a block: the anchors that end and start there, and the persNames that open. */
interface Events {
  ends: Placed[];
  starts: Placed[];
  opening: Placed[];
}

/**
 * One block's text with its events. At one offset: persNames that end close (innermost first), then end
 * anchors, start anchors, and persNames that start open (outermost first), so each persName sits
 * between its passage's anchors and elements always nest. `here` holds the block's passages.
 */
function blockContent(text: string, block: Block, index: number, here: readonly Placed[]): MarkupNode[] {
  const events = new Map<number, Events>([[block.start, { ends: [], starts: [], opening: [] }]]);
  const at = (offset: number): Events => {
    let found = events.get(offset);
    if (!found) {
      found = { ends: [], starts: [], opening: [] };
      events.set(offset, found);
    }
    return found;
  };
  at(block.end);
  for (const item of here) {
    if (item.end.block === index) at(item.end.offset).ends.push(item);
    if (item.start.block === index) at(item.start.offset).starts.push(item);
    if (item.start.block === index && item.persons !== undefined) at(item.start.offset).opening.push(item);
  }
  const offsets = [...events.keys()].filter((offset) => offset >= block.start && offset <= block.end).sort((a, b) => a - b);
  const root: MarkupNode[] = [];
  const open: { end: number; children: MarkupNode[] }[] = [];
  const add = (node: MarkupNode): void => {
    (open.at(-1)?.children ?? root).push(node);
  };
  let cursor = block.start;
  for (const offset of offsets) {
    if (offset > cursor) add(text.slice(cursor, offset));
    cursor = offset;
    while (open.length > 0 && open.at(-1)?.end === offset) open.pop();
    const { ends, starts, opening } = at(offset);
    for (const item of ends) add(el('anchor', { 'xml:id': teiIds.anchorEnd(item.passage.annotation.id) }));
    for (const item of starts) add(el('anchor', { 'xml:id': teiIds.anchorStart(item.passage.annotation.id) }));
    for (const item of [...opening].sort((a, b) => b.end.offset - a.end.offset)) {
      const children: MarkupNode[] = [];
      add({ name: 'persName', attributes: { ref: item.persons }, children, mixed: true });
      open.push({ end: item.end.offset, children });
    }
  }
  return root;
}
