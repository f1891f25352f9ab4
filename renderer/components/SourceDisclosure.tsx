import type { Block, Mark } from '../../core/document/model.js';
import { TextBlock } from './TextBlock.js';

interface SourceDisclosureProps {
  /** "Archive record", "Web page furniture". */
  title: string;
  /** A quiet line after the title saying what is inside. */
  hint: string;
  blocks: readonly Block[];
  text: string;
  marks: readonly Mark[];
}

/**
 * A closed disclosure for what surrounds the text in its source (the archive's citation and summary, a
 * saved page's chrome): kept, in the source's order, but never mixed with the text itself.
 */
export function SourceDisclosure({ title, hint, blocks, text, marks }: SourceDisclosureProps) {
  return (
    <details className="source-disclosure">
      <summary>
        <span className="source-disclosure-title">{title}</span>
        <span className="source-disclosure-hint">{hint}</span>
      </summary>
      <div className="source-disclosure-body">
        {blocks.map((block) => (
          <TextBlock key={block.start} block={block} text={text} marks={marks} />
        ))}
      </div>
    </details>
  );
}
