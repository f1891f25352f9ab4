import { memo, useMemo, type Ref } from 'react';
import type { WitnessDetail } from '../../core/api.js';
import type { AlignedRow } from '../../core/compare/model.js';
import { marksByBlock } from '../reader/block-layout.js';
import { TextBlock } from './TextBlock.js';

interface AlignedColumnsProps {
  left: WitnessDetail;
  right: WitnessDetail;
  rows: readonly AlignedRow[];
  leftRef: Ref<HTMLElement>;
  rightRef: Ref<HTMLElement>;
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
 * runs carry reading-text offsets, as the reader's do, so highlights map onto it the same way.
 */
export const AlignedColumns = memo(function AlignedColumns({ left, right, rows, leftRef, rightRef }: AlignedColumnsProps) {
  return (
    <div className="compare-grid">
      <Side witness={left} rows={rows} side="left" articleRef={leftRef} />
      <Side witness={right} rows={rows} side="right" articleRef={rightRef} />
    </div>
  );
});
