import type { Block, Mark } from '../../core/document/model.js';
import { partitionPoint } from '../../core/partition-point.js';

/**
 * How the reader sets the text. A run of header lines (fields, with the headings among them: "MFA USSR",
 * "CIPHERED TELEGRAM") is set as one cable header; a run of list items as one list (numbered when its
 * first item is); a run of table cells as a table, row by row; other blocks alone, a page's start too.
 */
export type TextGroup =
  | { type: 'fields'; blocks: Block[] }
  | { type: 'list'; blocks: Block[]; ordered: boolean }
  | { type: 'table'; blocks: Block[]; rows: Block[][] }
  | { type: 'block'; block: Block };

/** A witness's blocks sorted into the text proper and what surrounds it in the source. */
export interface BlockLayout {
  /** The archive's description around the document (citation, summary, credits), in source order. */
  record: Block[];
  /** Chrome of a saved web page ("Skip to content", rights text), in source order. */
  furniture: Block[];
  text: TextGroup[];
}

/** Sorts blocks for the reader. Empty blocks are dropped, having no characters to show, but for a page's start. */
export function layoutBlocks(blocks: readonly Block[]): BlockLayout {
  const layout: BlockLayout = { record: [], furniture: [], text: [] };
  // Headings and fields wait here until the run ends: with a field among them they are a header.
  let headerRun: Block[] = [];
  const endHeaderRun = () => {
    if (headerRun.some((block) => block.kind === 'field')) layout.text.push({ type: 'fields', blocks: headerRun });
    else layout.text.push(...headerRun.map((block) => ({ type: 'block' as const, block })));
    headerRun = [];
  };
  // Stable: a page's start comes before the block that begins at the same place.
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    if (block.end <= block.start && block.kind !== 'page') continue;
    if (block.kind === 'record') layout.record.push(block);
    else if (block.kind === 'furniture') layout.furniture.push(block);
    else if (block.kind === 'field' || block.kind === 'heading') headerRun.push(block);
    else {
      endHeaderRun();
      const last = layout.text.at(-1);
      if (block.kind === 'list-item' && last?.type === 'list') last.blocks.push(block);
      else if (block.kind === 'list-item') layout.text.push({ type: 'list', blocks: [block], ordered: block.ordered === true });
      else if (block.kind === 'table-cell') addCell(layout.text, block);
      else layout.text.push({ type: 'block', block });
    }
  }
  endHeaderRun();
  return layout;
}

/** Puts a cell into the table being set, a new row when its row changes; row 0, column 0 starts a new table. */
function addCell(groups: TextGroup[], cell: Block): void {
  const last = groups.at(-1);
  const startsTable = last?.type !== 'table' || (cell.row === 0 && cell.column === 0) || cell.row === undefined;
  if (startsTable) {
    groups.push({ type: 'table', blocks: [cell], rows: [[cell]] });
    return;
  }
  const row = last.rows.at(-1);
  if (row && row[0]?.row === cell.row) row.push(cell);
  else last.rows.push([cell]);
  last.blocks.push(cell);
}

const NO_MARKS: readonly Mark[] = [];

/**
 * The marks that touch each block, keyed by the block's start. Blocks do not overlap, so each mark is
 * found by a binary search over block starts instead of every block scanning every mark: large texts
 * with many marks stay fast. Blocks without marks share one empty array, so memoised children stay put.
 */
export function marksByBlock(blocks: readonly Block[], marks: readonly Mark[]): (block: Block) => readonly Mark[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const found = new Map<number, Mark[]>();
  for (const mark of marks) {
    // The last block starting at or before the mark (the first when none does); the mark may run on into later blocks.
    const low = Math.max(0, partitionPoint(sorted.length, (index) => (sorted[index]?.start ?? 0) <= mark.start) - 1);
    for (let index = low; index < sorted.length; index++) {
      const block = sorted[index];
      if (!block || block.start >= mark.end) break;
      if (block.end > mark.start) {
        const list = found.get(block.start);
        if (list) list.push(mark);
        else found.set(block.start, [mark]);
      }
    }
  }
  return (block) => found.get(block.start) ?? NO_MARKS;
}
