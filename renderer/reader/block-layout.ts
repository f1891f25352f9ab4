import type { Block } from '../../core/document/model.js';

/** How the reader sets the text: runs of header fields and of list items are grouped, other blocks stand alone. */
export type TextGroup =
  | { type: 'fields'; blocks: Block[] }
  | { type: 'list'; blocks: Block[] }
  | { type: 'block'; block: Block };

/** A witness's blocks sorted into the text proper and what surrounds it in the source. */
export interface BlockLayout {
  /** The archive's description around the document (citation, summary, credits), in source order. */
  record: Block[];
  /** Chrome of a saved web page ("Skip to content", rights text), in source order. */
  furniture: Block[];
  text: TextGroup[];
}

/** Sorts blocks for the reader. Empty blocks are dropped: they have no characters to show. */
export function layoutBlocks(blocks: readonly Block[]): BlockLayout {
  const layout: BlockLayout = { record: [], furniture: [], text: [] };
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    if (block.end <= block.start) continue;
    if (block.kind === 'record') layout.record.push(block);
    else if (block.kind === 'furniture') layout.furniture.push(block);
    else if (block.kind === 'field' || block.kind === 'list-item') {
      const type = block.kind === 'field' ? 'fields' : 'list';
      const last = layout.text.at(-1);
      if (last?.type === type) last.blocks.push(block);
      else layout.text.push({ type, blocks: [block] });
    } else layout.text.push({ type: 'block', block });
  }
  return layout;
}
