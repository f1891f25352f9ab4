import { memo, useMemo, type Ref } from 'react';
import type { WitnessDetail } from '../../core/api.js';
import type { AlignedRow } from '../../core/compare/model.js';
import { marksByBlock } from '../reader/block-layout.js';
import { FIRST_STEP_CHARS, renderSteps } from '../reader/render-steps.js';
import { useRenderSteps } from '../reader/use-render-steps.js';
import { TextBlock } from '../reader/TextBlock.js';

interface AlignedColumnsProps {
  left: WitnessDetail;
  right: WitnessDetail;
  rows: readonly AlignedRow[];
  leftRef: Ref<HTMLElement>;
  rightRef: Ref<HTMLElement>;
  /** Both sides' articles once they are on the page (the same array until they change): they grow together. */
  articles: readonly Element[];
}

/**
 * Characters added per step after the first screen: more than the reader adds (render-steps.ts), since
 * the grid lays every row out again at each step, however few were added.
 */
const COMPARE_STEP_CHARS = 60_000;

/** How many characters a side's block takes, 0 for a gap. */
function blockLength(witness: WitnessDetail, blockIndex: number | null): number {
  const block = blockIndex === null ? undefined : witness.blocks[blockIndex];
  return block ? block.end - block.start : 0;
}

/** One side's blocks, each placed in its row of the shared grid; an empty cell where the other side has a block alone. */
function Side({ witness, rows, side, articleRef }: { witness: WitnessDetail; rows: readonly AlignedRow[]; side: 'left' | 'right'; articleRef: Ref<HTMLElement> }) {
  const marksOf = useMemo(() => marksByBlock(witness.blocks, witness.marks), [witness]);
  const column = side === 'left' ? 1 : 2;
  return (
    <article ref={articleRef} className="compare-side" aria-label={`${witness.label} transcription`} data-witness={witness.id}>
      {rows.map((row, index) => {
        const blockIndex = row[side];
        const style = { gridRow: index + 1, gridColumn: column };
        if (blockIndex === null) return <div key={`gap-${index}`} className="compare-gap" style={style} aria-hidden="true" />;
        const block = witness.blocks[blockIndex];
        if (!block) return null;
        const shown = <TextBlock block={block} text={witness.text} marks={marksOf(block)} />;
        return (
          <div key={block.start} className={`compare-cell compare-cell-${block.kind}`} style={style}>
            {block.kind === 'list-item' ? <ul className="text-list">{shown}</ul> : shown}
          </div>
        );
      })}
    </article>
  );
}

/**
 * The two transcriptions side by side in one grid, a row per aligned pair of blocks, so that one
 * scroller moves both in step. Each side is one article (laid out with `display: contents`) whose text
 * runs carry reading-text offsets, as the reader's do, so highlights map onto it the same way. Long
 * texts are put on the page in steps, as the reader does (use-render-steps.ts): the first screen at
 * once, the rest of the rows while the page is idle, all of them when a jump needs a place below.
 */
export const AlignedColumns = memo(function AlignedColumns({ left, right, rows, leftRef, rightRef, articles }: AlignedColumnsProps) {
  const steps = useMemo(() => renderSteps(rows.map((row) => Math.max(blockLength(left, row.left), blockLength(right, row.right))), FIRST_STEP_CHARS, COMPARE_STEP_CHARS), [left, right, rows]);
  const shownCount = useRenderSteps(articles, `${left.id} ${right.id}`, steps);
  const shown = useMemo(() => rows.slice(0, shownCount), [rows, shownCount]);
  return (
    <div className="compare-grid">
      <Side witness={left} rows={shown} side="left" articleRef={leftRef} />
      <Side witness={right} rows={shown} side="right" articleRef={rightRef} />
    </div>
  );
});
