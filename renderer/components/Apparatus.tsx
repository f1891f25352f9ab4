import type { WitnessDetail } from '../../core/api.js';
import type { Variant } from '../../core/compare/model.js';
import { blockAt, readingInContext } from '../compare/reading-in-context.js';

const KIND_WORDS = { added: 'added', removed: 'omitted', changed: 'changed' } as const;

/** Where a variant stands, in the reader's words: the block's label or kind ("Salutation", "Summary"). */
function placeOf(variant: Variant, left: WitnessDetail, right: WitnessDetail): string {
  const block = blockAt(left.blocks, variant.left.start) ?? blockAt(right.blocks, variant.right.start);
  if (!block) return 'Text';
  const name = block.label ?? block.kind.replace('-', ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function ReadingLine({ witness, variant, side }: { witness: WitnessDetail; variant: Variant; side: 'left' | 'right' }) {
  const { before, reading, after } = readingInContext(witness.text, witness.blocks, variant[side]);
  return (
    <span className="variant-reading">
      <span className="variant-witness">{witness.label}</span>
      <span className="variant-words">
        <span className="variant-context">{before}</span>
        {reading === '' ? (
          <span className="variant-absent" aria-label="nothing here" title="Nothing here">
            ⁁
          </span>
        ) : (
          <span className={`variant-text variant-text-${variant.kind}`}>{reading}</span>
        )}
        <span className="variant-context">{after}</span>
      </span>
    </span>
  );
}

interface ApparatusProps {
  left: WitnessDetail;
  right: WitnessDetail;
  variants: readonly Variant[];
  current: number | null;
  onPick: (variant: Variant) => void;
}

/**
 * The apparatus: every place where the transcriptions differ, with both readings and a few words
 * around them, in the left transcription's order. Each is a button that brings its place into view.
 */
export function Apparatus({ left, right, variants, current, onPick }: ApparatusProps) {
  return (
    <section className="apparatus" aria-labelledby="apparatus-title">
      <header className="apparatus-header">
        <h2 id="apparatus-title" className="apparatus-title">
          Apparatus
        </h2>
        <p className="apparatus-count" role="status">
          {variants.length === 0 ? 'No differences' : `${variants.length} ${variants.length === 1 ? 'difference' : 'differences'}`}
        </p>
      </header>
      {variants.length === 0 ? (
        <p className="apparatus-empty">The two transcriptions read the same with these switches.</p>
      ) : (
        <ol className="apparatus-list">
          {variants.map((variant) => (
            <li key={variant.index}>
              <button type="button" className="variant" aria-current={variant.index === current ? 'true' : undefined} onClick={() => onPick(variant)}>
                <span className="variant-place">
                  {placeOf(variant, left, right)} <span className="variant-kind">{KIND_WORDS[variant.kind]}</span>
                </span>
                <ReadingLine witness={left} variant={variant} side="left" />
                <ReadingLine witness={right} variant={variant} side="right" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
