import { memo, useMemo } from 'react';
import type { Block, Mark } from '../../core/document/model.js';
import { inlineTree } from '../reader/inline-tree.js';
import { MarkedText } from './MarkedText.js';

const ELEMENT = {
  heading: 'h2',
  field: 'p',
  salutation: 'p',
  paragraph: 'p',
  signature: 'p',
  'list-item': 'li',
  quote: 'blockquote',
  'table-cell': 'td',
  note: 'aside',
  page: 'div',
  record: 'div',
  furniture: 'p',
} as const satisfies Record<Block['kind'], string>;

interface TextBlockProps {
  block: Block;
  text: string;
  marks: readonly Mark[];
  /** A label to show above the block ("Summary") when the text does not carry its own. */
  label?: string;
}

/**
 * One block of a transcription, as its kind is set (a heading, a header field, a list item…), with its
 * marks. It carries `data-start`/`data-end`, the block's [start, end) in the reading text, and shows
 * exactly those characters, white space included: nothing is trimmed, joined or rewritten. Memoised: a
 * long text grows by steps (use-render-steps.ts), and the blocks already on the page stay as they are.
 */
export const TextBlock = memo(function TextBlock({ block, text, marks, label }: TextBlockProps) {
  const nodes = useMemo(() => inlineTree(block.start, block.end, marks), [block.start, block.end, marks]);
  const Element = ELEMENT[block.kind];
  // The label is generated content (a data attribute shown by CSS): neither selectable nor part of the offsets.
  return (
    <Element className={`block block-${block.kind}`} data-start={block.start} data-end={block.end} data-label={label}>
      <MarkedText nodes={nodes} text={text} />
    </Element>
  );
});
