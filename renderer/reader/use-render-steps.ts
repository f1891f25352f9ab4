import { useEffect, useState } from 'react';
import { announceGrowth, onWholeTextWanted } from './text-growth.js';

/**
 * How many groups of the text to render now, for the steps of renderSteps (render-steps.ts): the first
 * step at once, each next one when the page is idle, all the rest at once when a reader's action asks
 * for the whole text (text-growth.ts). After each step is on the page, each of `growing` (the reading
 * text's article, the two sides of the compare view, which grow together, or the apparatus's list)
 * announces that it grew; nothing grows before they are on the page. Starts again at the first step for
 * a new `textId`. `growing` must keep its identity between renders. With `more`, the steps are those of
 * the text's beginning, the rest still to come: it stays partial after the last, and the steps of the
 * whole carry on from the step reached (or to the end, when the whole text was wanted meanwhile).
 */
export function useRenderSteps(growing: readonly Element[], textId: string | undefined, steps: readonly number[], more = false): number {
  const [progress, setProgress] = useState({ textId, step: 0 });
  if (progress.textId !== textId) setProgress({ textId, step: 0 });
  const last = steps.length - 1;
  const step = progress.textId === textId ? Math.min(progress.step, last) : 0;

  useEffect(() => {
    if (growing.length === 0) return;
    for (const element of growing) announceGrowth(element, step < last || more);
    if (step >= last && !more) return;
    // When the page has nothing more pressing (the annotations' answer, painting them, a key press),
    // or a second at most: the rest of the text must not hold up the first screen's highlights.
    const idle = step < last ? requestIdleCallback(() => setProgress({ textId, step: step + 1 }), { timeout: 1000 }) : undefined;
    const stopListening = growing.map((element) => onWholeTextWanted(element, () => setProgress({ textId, step: Number.MAX_SAFE_INTEGER })));
    return () => {
      if (idle !== undefined) cancelIdleCallback(idle);
      stopListening.forEach((stop) => stop());
    };
  }, [growing, textId, step, last, more]);

  return steps[step] ?? 0;
}
