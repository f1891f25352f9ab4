import type { WitnessSummary } from '../../core/api.js';
/** The transcription after `witnessId` in the document's list, wrapping round: the compare view's right-hand default. */
export function nextWitness(witnesses: readonly WitnessSummary[], witnessId: string): WitnessSummary | undefined {
  const index = witnesses.findIndex((witness) => witness.id === witnessId);
  return witnesses[(index + 1) % witnesses.length];
}
