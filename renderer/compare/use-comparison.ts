import { useMemo } from 'react';
import type { WitnessDetail } from '../../core/api.js';
import { compareWitnesses } from '../../core/compare/compare.js';
import type { CompareOptions, Comparison } from '../../core/compare/model.js';
import { useApi, type Loadable } from '../api/use-api.js';

/** Both transcriptions once loaded, and their comparison; `loading`/`failed` carries the first call that is not ready. */
export type ComparedPair =
  | { status: 'ready'; left: WitnessDetail; right: WitnessDetail; comparison: Comparison }
  | { status: 'pending'; loadable: Exclude<Loadable<unknown>, { status: 'ready' }>; retry: () => void };

/**
 * Fetches the two transcriptions and compares them in the page, through core (pure, so no round trip):
 * computed again only when a transcription or a switch changes, not on every render.
 */
export function useComparison(leftId: string, rightId: string, options: CompareOptions): ComparedPair {
  const [left, retryLeft] = useApi('getWitness', { witnessId: leftId });
  const [right, retryRight] = useApi('getWitness', { witnessId: rightId });
  const leftDetail = left.status === 'ready' ? left.value : undefined;
  const rightDetail = right.status === 'ready' ? right.value : undefined;
  const { ignoreCase, ignorePunctuation, ignoreQuotes, ignoreWhitespace, includeFurniture } = options;
  const comparison = useMemo(
    () =>
      leftDetail && rightDetail
        ? compareWitnesses(leftDetail, rightDetail, { ignoreCase, ignorePunctuation, ignoreQuotes, ignoreWhitespace, includeFurniture })
        : undefined,
    [leftDetail, rightDetail, ignoreCase, ignorePunctuation, ignoreQuotes, ignoreWhitespace, includeFurniture],
  );
  if (leftDetail && rightDetail && comparison) return { status: 'ready', left: leftDetail, right: rightDetail, comparison };
  const [pending, retry] = left.status !== 'ready' ? [left, retryLeft] : [right, retryRight];
  return { status: 'pending', loadable: pending.status === 'ready' ? { status: 'loading' } : pending, retry };
}
