import type { MarkKind } from '../../core/document/model.js';
import { ExternalLink } from '../ui/ExternalLink.js';
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

/** The delimiter characters a reader never sees: stars and an autolink's angle brackets. A bracket of `[*...*]` stays. */
const HIDDEN_DELIMITERS = /[*<>]+|[^*<>]+/gu;

/**
 * A markup mark's characters, each run in a span of its own with its offset (the selection mapper's
 * rule), the stars and angle brackets hidden: `**` disappears, `[*` shows as `[`.
 */
function Delimiters({ text, start, end }: { text: string; start: number; end: number }) {
  return [...text.slice(start, end).matchAll(HIDDEN_DELIMITERS)].map(({ 0: run, index }) => (
    <span key={index} data-start={start + index} className={/^[*<>]/u.test(run) ? 'markup-hidden' : undefined}>
      {run}
    </span>
  ));
}

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
    if (node.kind === 'link') {
      return (
        <ExternalLink key={node.start} href={text.slice(node.start, node.end)} className="mark-link">
          <span data-start={node.start}>
            <MarkedText nodes={node.children} text={text} />
          </span>
        </ExternalLink>
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
        {node.kind === 'markup' ? <Delimiters text={text} start={node.start} end={node.end} /> : <MarkedText nodes={node.children} text={text} />}
      </Tag>
    );
  });
}
