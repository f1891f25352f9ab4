import { memo, useMemo } from 'react';
import type { Block, Mark } from '../../core/document/model.js';
import { inlineTree } from './inline-tree.js';
import { linkMarks } from './link-marks.js';
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

const HEADINGS = ['h2', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

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
  const nodes = useMemo(() => inlineTree(block.start, block.end, [...marks, ...linkMarks(text, block)]), [block.start, block.end, marks, text]);
  if (block.kind === 'page') {
    // Where a page of the source begins: a separator with its number, no characters of the text.
    const page = `p. ${block.label ?? '?'}`;
    return <div className="block block-page" role="separator" aria-label={`Page ${block.label ?? ''}`.trim()} data-start={block.start} data-end={block.end} data-label={page} />;
  }
  // The document's title is the page's h1: a source's level-1 heading is set one level below it.
  const Element = block.kind === 'heading' && block.level !== undefined ? HEADINGS[Math.min(block.level, HEADINGS.length - 1)] ?? 'h6' : ELEMENT[block.kind];
  label ??= block.kind === 'note' ? block.label : undefined;
  // The label is generated content (a data attribute shown by CSS): neither selectable nor part of the offsets.
  return (
    <Element className={`block block-${block.kind}`} data-start={block.start} data-end={block.end} data-label={label}>
      <MarkedText nodes={nodes} text={text} />
    </Element>
  );
});
