import type { MarkKind } from '../../core/document/model.js';
import type { InlineNode } from './inline-tree.js';

/** How each mark is set. Markup delimiters are hidden from screen readers: they are typography, not words. */
const MARK_STYLE = {
  transliteration: { Tag: 'i', className: 'mark-transliteration', title: 'transliteration', description: 'transliteration' },
  editorial: { Tag: 'span', className: 'mark-editorial', title: 'Editorial insertion', description: 'editorial insertion' },
  emphasis: { Tag: 'strong', className: 'mark-emphasis', title: undefined, description: undefined },
  markup: { Tag: 'span', className: 'mark-markup', title: undefined, description: undefined },
  supplied: { Tag: 'span', className: 'mark-supplied', title: 'Supplied by the editor', description: 'supplied by the editor' },
  unclear: { Tag: 'span', className: 'mark-unclear', title: 'Unclear in the source', description: 'unclear in the source' },
  deleted: { Tag: 'del', className: 'mark-deleted', title: 'Deleted in the source', description: 'deleted in the source' },
  added: { Tag: 'ins', className: 'mark-added', title: 'Added in the source', description: 'added in the source' },
  'note-ref': { Tag: 'sup', className: 'mark-note-ref', title: 'Note', description: 'note' },
} as const satisfies Record<MarkKind, { Tag: 'i' | 'span' | 'strong' | 'del' | 'ins' | 'sup'; className: string; title?: string; description?: string }>;

interface MarkedTextProps {
  nodes: readonly InlineNode[];
  /** The witness's whole reading text; nodes carry offsets into it. */
  text: string;
}

/**
 * The inside of a text-bearing element. The rule the selection mapper relies on: every text node is
 * the only child of an element whose `data-start` is the reading-text offset of its first character,
 * so a DOM position maps to `data-start + offset`. A lone run therefore needs no span of its own.
 */
export function MarkedText({ nodes, text }: MarkedTextProps) {
  const [only] = nodes;
  if (nodes.length === 1 && only?.type === 'text') return text.slice(only.start, only.end);
  return nodes.map((node) => {
    if (node.type === 'text') {
      return (
        <span key={node.start} data-start={node.start}>
          {text.slice(node.start, node.end)}
        </span>
      );
    }
    const { Tag, className, title, description } = MARK_STYLE[node.kind];
    return (
      <Tag
        key={node.start}
        className={className}
        title={title}
        aria-description={description}
        aria-hidden={node.kind === 'markup' ? true : undefined}
        data-start={node.start}
      >
        <MarkedText nodes={node.children} text={text} />
      </Tag>
    );
  });
}
