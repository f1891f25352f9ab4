import { memo, useMemo, useState } from 'react';
import type { WitnessDetail } from '../../core/api.js';
import type { AlignedRow, Variant } from '../../core/compare/model.js';
import { blockAt, blockIndexAt, readingInContext } from './reading-in-context.js';
import { renderSteps } from '../reader/render-steps.js';
import { useRenderSteps } from '../reader/use-render-steps.js';
import { SourceText } from '../ui/SourceText.js';

/** What kind of difference a variant is, named from the transcriptions themselves rather than from a side. */
function kindWords(variant: Variant, left: WitnessDetail, right: WitnessDetail): string {
  if (variant.kind === 'changed') return 'reads differently';
  return `only in ${variant.kind === 'removed' ? left.label : right.label}`;
}

/** The block a variant stands in, on whichever side has it. */
const blockOf = (variant: Variant, left: WitnessDetail, right: WitnessDetail) => blockAt(left.blocks, variant.left.start) ?? blockAt(right.blocks, variant.right.start);

/** Where a variant stands, in the reader's words: the block's label or kind ("Salutation", "Summary"). */
function placeOf(variant: Variant, left: WitnessDetail, right: WitnessDetail): string {
  const block = blockOf(variant, left, right);
  if (!block) return 'Text';
  const name = block.label ?? block.kind.replace('-', ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The aligned rows as "left:right" block pairs, to look a pair up at once. */
type AlignedPairs = ReadonlySet<string>;

const pairKey = (left: number, right: number) => `${left}:${right}`;

function alignedPairs(rows: readonly AlignedRow[]): AlignedPairs {
  return new Set(rows.flatMap((row) => (row.left === null || row.right === null ? [] : [pairKey(row.left, row.right)])));
}

/**
 * Whether the place where one side lacks a reading lies in the block aligned with the other side's
 * reading: then the words around it show where the reading would stand. A block the other side has
 * elsewhere (moved) or not at all gives no such place, and only "not here" is shown.
 */
function placeIsAligned(variant: Variant, left: WitnessDetail, right: WitnessDetail, pairs: AlignedPairs): boolean {
  return pairs.has(pairKey(blockIndexAt(left.blocks, variant.left.start), blockIndexAt(right.blocks, variant.right.start)));
}

/** Entries put on the page at once, then per step while the page is idle: a long pair of texts may differ in thousands of places. */
const FIRST_ENTRIES = 100;
const LATER_ENTRIES = 100;

/** One side's reading in its words, set as the source's markup says (the entry is a button: its links show as addresses). */
function ReadingLine({ witness, variant, side, aligned }: { witness: WitnessDetail; variant: Variant; side: 'left' | 'right'; aligned: boolean }) {
  const { excerpt, start, end } = readingInContext(witness.text, witness.blocks, variant[side]);
  return (
    <span className="variant-reading">
      <span className="variant-witness">{witness.label}</span>
      {start === end && !aligned ? (
        <span className="variant-words variant-missing">not in this transcription</span>
      ) : (
        <span className="variant-words">
          <span className="variant-context">
            <SourceText text={excerpt} to={start} links={false} />
          </span>
          {start === end ? (
            <span className="variant-absent" aria-label="nothing here" title="Nothing here">
              ⁁
            </span>
          ) : (
            <span className={`variant-text variant-text-${variant.kind}`}>
              <SourceText text={excerpt} from={start} to={end} links={false} />
            </span>
          )}
          <span className="variant-context">
            <SourceText text={excerpt} from={end} links={false} />
          </span>
        </span>
      )}
    </span>
  );
}

interface EntryProps {
  variant: Variant;
  left: WitnessDetail;
  right: WitnessDetail;
  aligned: boolean;
  current: boolean;
  onPick: (variant: Variant) => void;
}

/** One place in the apparatus. Memoised: a long list grows by steps, and the entries shown stay as they are. */
const Entry = memo(function Entry({ variant, left, right, aligned, current, onPick }: EntryProps) {
  return (
    <li>
      <button type="button" className="variant" aria-current={current ? 'true' : undefined} onClick={() => onPick(variant)}>
        <span className="variant-place">
          {placeOf(variant, left, right)} <span className="variant-kind">{kindWords(variant, left, right)}</span>
        </span>
        <ReadingLine witness={left} variant={variant} side="left" aligned={aligned} />
        <ReadingLine witness={right} variant={variant} side="right" aligned={aligned} />
      </button>
    </li>
  );
});

interface ApparatusProps {
  left: WitnessDetail;
  right: WitnessDetail;
  variants: readonly Variant[];
  /** The aligned rows, to tell a place inside an aligned block from one in a block moved elsewhere. */
  rows: readonly AlignedRow[];
  current: number | null;
  onPick: (variant: Variant) => void;
}

/** One group of entries under its heading, put on the page in steps as it is long. */
function EntryGroup({ title, variants, props, pairs }: { title: string; variants: readonly Variant[]; props: ApparatusProps; pairs: AlignedPairs }) {
  const { left, right, current, onPick } = props;
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const growing = useMemo(() => (list ? [list] : []), [list]);
  const steps = useMemo(() => renderSteps(variants.map(() => 1), FIRST_ENTRIES, LATER_ENTRIES), [variants]);
  const shownCount = useRenderSteps(growing, `apparatus ${title}`, steps);
  if (variants.length === 0) return null;
  return (
    <>
      <h3 className="variant-place apparatus-group">{title}</h3>
      <ol ref={setList} className="apparatus-list" aria-label={title}>
        {variants.slice(0, shownCount).map((variant) => (
          <Entry
            key={variant.index}
            variant={variant}
            left={left}
            right={right}
            aligned={variant.kind === 'changed' || placeIsAligned(variant, left, right, pairs)}
            current={variant.index === current}
            onPick={onPick}
          />
        ))}
      </ol>
    </>
  );
}

/**
 * The apparatus: every place where the transcriptions differ, with both readings and a few words
 * around them, in the left transcription's order: those in the text first, then those in the archive's
 * description around it (title, citation, summary), which a reader comparing the text looks at last.
 * Each entry is a button that brings its place into view. Give it a new key for a new comparison.
 */
export function Apparatus(props: ApparatusProps) {
  const { left, right, variants, rows } = props;
  const pairs = useMemo(() => alignedPairs(rows), [rows]);
  const [inText, inRecord] = useMemo(() => {
    const isRecord = (variant: Variant) => blockOf(variant, left, right)?.kind === 'record';
    return [variants.filter((variant) => !isRecord(variant)), variants.filter(isRecord)];
  }, [variants, left, right]);
  return (
    <section className="apparatus" aria-labelledby="apparatus-title" tabIndex={-1}>
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
        <>
          <EntryGroup title="In the text" variants={inText} props={props} pairs={pairs} />
          <EntryGroup title="In the archive’s description" variants={inRecord} props={props} pairs={pairs} />
        </>
      )}
    </section>
  );
}
