/**
 * How many of a text's groups of blocks (block-layout.ts) to put on the page at each step of opening it:
 * the first step holds about a screenful of characters, each later one about `chunk` more. Each step is a
 * prefix of the text, so reading-text offsets keep mapping to the DOM in order while it grows.
 */

/** Characters in the first step: more than a tall window shows, so the first screen is whole. */
export const FIRST_STEP_CHARS = 12_000;

/** Characters added per later step: a React render and a style pass of tens of milliseconds, not hundreds. */
export const LATER_STEP_CHARS = 20_000;

/**
 * The cumulative group counts after each step, the last being `sizes.length`; one step for a short text.
 * `sizes` are the groups' lengths in characters, in text order.
 */
export function renderSteps(sizes: readonly number[], first = FIRST_STEP_CHARS, chunk = LATER_STEP_CHARS): number[] {
  const steps: number[] = [];
  let budget = first;
  let filled = 0;
  for (let index = 0; index < sizes.length; index++) {
    filled += sizes[index] ?? 0;
    if (filled >= budget && index + 1 < sizes.length) {
      steps.push(index + 1);
      filled = 0;
      budget = chunk;
    }
  }
  steps.push(sizes.length);
  return steps;
}
