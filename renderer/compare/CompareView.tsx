import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail, WitnessSummary } from '../../core/api.js';
import { DEFAULT_COMPARE_OPTIONS, isCompareOptions, type CompareOptions, type Variant } from '../../core/compare/model.js';
import { useComparison } from './use-comparison.js';
import { useDiffHighlights, type VariantFlash } from './use-diff-highlights.js';
import { scrollToPassage } from '../reader/text-dom.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { AlignedColumns } from './AlignedColumns.js';
import { Apparatus } from './Apparatus.js';
import { CompareSwitches } from './CompareSwitches.js';
import { DiffLegend } from './DiffLegend.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import './CompareView.css';

/** The transcription after `witnessId` in the document's list, wrapping round: the compare view's right-hand default. */
export function nextWitness(witnesses: readonly WitnessSummary[], witnessId: string): WitnessSummary | undefined {
  const index = witnesses.findIndex((witness) => witness.id === witnessId);
  return witnesses[(index + 1) % witnesses.length];
}

function WitnessChoice({ label, witnesses, value, onChange }: { label: string; witnesses: readonly WitnessSummary[]; value: string; onChange: (id: string) => void }) {
  return (
    <label className="compare-choice">
      <span className="compare-choice-label">{label}</span>
      <select className="filter-select" value={value} onChange={(event) => onChange(event.target.value)}>
        {witnesses.map((witness) => (
          <option key={witness.id} value={witness.id}>
            {witness.label}
          </option>
        ))}
      </select>
    </label>
  );
}

interface CompareViewProps {
  document: DocumentDetail;
  leftId: string;
  rightId: string;
  onChange: (leftId: string, rightId: string) => void;
  /** Back to reading the left transcription. */
  onClose: () => void;
}

/**
 * Two transcriptions of the document side by side, aligned block by block in one scroller, the words
 * that differ painted on both, the switches for what counts as a difference, and the apparatus beside
 * them, each entry jumping to its place.
 */
export function CompareView({ document: detail, leftId, rightId, onChange, onClose }: CompareViewProps) {
  // What counts as a difference is the reader's standing choice: kept across documents and restarts.
  const [options, setOptions] = useStoredState<CompareOptions>('carrel.compareSwitches', DEFAULT_COMPARE_OPTIONS, isCompareOptions);
  const pair = useComparison(leftId, rightId, options);
  const [leftArticle, setLeftArticle] = useState<HTMLElement | null>(null);
  const [rightArticle, setRightArticle] = useState<HTMLElement | null>(null);
  // The entry last picked, for the comparison it was picked in: new texts or switches make new variants.
  const [picked, setPicked] = useState<{ layout: string; index: number } | null>(null);
  const [flash, setFlash] = useState<VariantFlash | null>(null);
  const seq = useRef(0);
  const articles = useMemo(() => (leftArticle && rightArticle ? [leftArticle, rightArticle] : []), [leftArticle, rightArticle]);
  const variants = pair.status === 'ready' ? pair.comparison.variants : [];
  useDiffHighlights(leftArticle, rightArticle, variants, flash);
  // A new pair of texts or new switches lays the text out again: new articles, so cached ranges stay true.
  const layoutKey = `${leftId} ${rightId} ${JSON.stringify(options)}`;

  // The Compare button that opened this view is gone: the view itself takes the focus, as a new page would.
  useEffect(() => {
    document.getElementById('reader')?.focus({ preventScroll: true });
  }, []);

  const pick = useCallback(
    (variant: Variant) => {
      // One scroller holds both sides: bring the reading that has words into view; its row carries the other.
      const [article, reading] = variant.left.text !== '' ? [leftArticle, variant.left] : [rightArticle, variant.right];
      if (article) scrollToPassage(article, reading.start, reading.end);
      setPicked({ layout: layoutKey, index: variant.index });
      setFlash({ index: variant.index, seq: ++seq.current });
    },
    [leftArticle, rightArticle, layoutKey],
  );
  const current = picked?.layout === layoutKey ? picked.index : null;
  const labelOf = (id: string) => detail.witnesses.find((witness) => witness.id === id)?.label ?? 'Transcription';

  return (
    <>
      <main id="reader" className="reader compare-view" tabIndex={-1}>
        <div className="compare-column">
          <header className="reader-header compare-header">
            <p className="reader-overline">Compare transcriptions</p>
            <h1 className="reader-title">{detail.title}</h1>
          </header>
          <div className="compare-toolbar">
            <button type="button" className="button" onClick={onClose}>
              <span aria-hidden="true">←</span> Back to reading
            </button>
            <WitnessChoice label="Left" witnesses={detail.witnesses} value={leftId} onChange={(id) => onChange(id, rightId)} />
            <WitnessChoice label="Right" witnesses={detail.witnesses} value={rightId} onChange={(id) => onChange(leftId, id)} />
          </div>
          <div className="compare-controls">
            <CompareSwitches options={options} onChange={setOptions} />
            <DiffLegend leftLabel={labelOf(leftId)} rightLabel={labelOf(rightId)} />
          </div>
          {pair.status === 'ready' ? (
            <>
              <div className="compare-heads" aria-hidden="true">
                <span>{pair.left.label}</span>
                <span>{pair.right.label}</span>
              </div>
              <AlignedColumns key={layoutKey} left={pair.left} right={pair.right} rows={pair.comparison.rows} leftRef={setLeftArticle} rightRef={setRightArticle} articles={articles} />
            </>
          ) : (
            <StatusMessage loadable={pair.loadable} retry={pair.retry} loadingText="Opening the transcriptions…" failureText="The transcriptions could not be opened." />
          )}
        </div>
      </main>
      <aside id="side-panel" className="side-panel apparatus-panel">
        {pair.status === 'ready' && <Apparatus key={layoutKey} left={pair.left} right={pair.right} variants={variants} rows={pair.comparison.rows} current={current} onPick={pick} />}
      </aside>
    </>
  );
}
