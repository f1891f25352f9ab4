import type { Block } from '../../core/document/model.js';
import { partitionPoint } from '../../core/partition-point.js';

/** What a block is called in a place ("paragraph 2", "signature"); null for kinds that hold no words. */
type PartName = (block: Block, ordinal: number) => string | null;

const TEXT_PARTS: Partial<Record<Block['kind'], PartName>> = {
  paragraph: (_, ordinal) => `paragraph ${ordinal}`,
  'list-item': (_, ordinal) => `list item ${ordinal}`,
  'table-cell': (block) => (block.row === undefined ? 'table' : `table, row ${block.row + 1}`),
  heading: () => 'heading',
  field: (block) => (block.label ? `header: ${block.label}` : 'header'),
  salutation: () => 'salutation',
  signature: () => 'signature',
  quote: () => 'quotation',
  note: (block) => (block.label ? `note ${block.label}` : 'note'),
};

/** Where each block is, said as the reader finds it: the disclosure it sits in, then its page and part. */
function blockPlaces(sorted: readonly Block[]): string[] {
  let page: string | undefined;
  let paragraphs = 0;
  let listItems = 0;
  let previous: Block['kind'] | undefined;
  return sorted.map((block) => {
    if (block.kind === 'page') {
      page = block.label;
      paragraphs = 0;
    }
    if (block.kind === 'paragraph') paragraphs++;
    // A list's items are counted from its first: the copy list's "2. Comr. Molotov" is item 2.
    listItems = block.kind !== 'list-item' ? 0 : previous === 'list-item' ? listItems + 1 : 1;
    previous = block.kind;
    if (block.kind === 'record') return block.label ? `In the archive record: ${block.label.toLowerCase()}` : 'In the archive record';
    if (block.kind === 'furniture') return 'In the web page furniture';
    const part = TEXT_PARTS[block.kind]?.(block, block.kind === 'paragraph' ? paragraphs : listItems) ?? null;
    return ['In the text', page === undefined ? null : `page ${page}`, part].filter((said) => said !== null).join(', ');
  });
}

/**
 * Where a passage of a transcription is, for a proposal the reader must decide on: "In the archive
 * record: title", "In the text, paragraph 2", "In the text, page 3, paragraph 1". The same name in the
 * archive's title and in its citation reads the same; the place is what tells them apart. Paragraphs are
 * counted from the last page's start where the source has pages. The blocks are read once; each place is
 * then a binary search, so a name proposed hundreds of times costs little.
 */
export function mentionPlaces(blocks: readonly Block[]): (start: number) => string {
  // A page's start before the block that begins where it does: the block is on that page.
  const sorted = [...blocks].sort((a, b) => a.start - b.start || Number(b.kind === 'page') - Number(a.kind === 'page'));
  const places = blockPlaces(sorted);
  return (start) => {
    // The last block starting at or before the passage, if the passage is inside it.
    const index = partitionPoint(sorted.length, (at) => (sorted[at]?.start ?? 0) <= start) - 1;
    const block = sorted[index];
    return block && start < block.end ? (places[index] ?? 'In the text') : 'In the text';
  };
}
