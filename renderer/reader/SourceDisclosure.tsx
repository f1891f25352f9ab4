import type { Block, Mark } from '../../core/document/model.js';
import { TextBlock } from './TextBlock.js';

interface SourceDisclosureProps {
  /** "Archive record", "Web page furniture". */
  title: string;
  /** A quiet line after the title saying what is inside. */
  hint: string;
  blocks: readonly Block[];
  text: string;
  marksOf: (block: Block) => readonly Mark[];
}

/**
 * The label to show above a block: only on the first of a run of blocks with that label, and only when
 * the source has no label line of its own ("Summary:" in the archive record; none on the web page).
 */
function shownLabel(block: Block, previous: Block | undefined, text: string): string | undefined {
  if (!block.label || previous?.label === block.label) return undefined;
  return text.startsWith(block.label, block.start) ? undefined : block.label;
}

/**
 * A closed disclosure for what surrounds the text in its source (the archive's citation and summary, a
 * saved page's chrome): kept, in the source's order, but never mixed with the text itself.
 */
export function SourceDisclosure({ title, hint, blocks, text, marksOf }: SourceDisclosureProps) {
  return (
    <details className="source-disclosure">
      <summary>
        <span className="source-disclosure-title">{title}</span>
        <span className="source-disclosure-hint">{hint}</span>
      </summary>
      <div className="source-disclosure-body">
        {blocks.map((block, index) => (
          <TextBlock key={block.start} block={block} text={text} marks={marksOf(block)} label={shownLabel(block, blocks[index - 1], text)} />
        ))}
      </div>
    </details>
  );
}
