/** The colours a new person is given when the reader picks none. */
import { colourUses } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';

/**
 * Mid-tones that keep at least 3.5:1 against both the light paper (#fbf8f1) and the dark (#1b1a18), so
 * that a person's underline reads in either theme; the first four are the seed people's.
 */
export const PERSON_PALETTE = [
  '#c0583f',
  '#2f8a9a',
  '#8d72c4',
  '#5a8f4a',
  '#b5762a',
  '#3f7cc0',
  '#b8507e',
  '#7a8a2e',
  '#2e8f72',
  '#a0684a',
  '#6f7fa8',
  '#a86fa0',
] as const;

/** The first palette colour nobody wears yet; once all are worn, the one fewest people wear, so that neighbours differ. */
export function unusedPersonColour(db: Db): string {
  const uses = colourUses(db);
  let best: string = PERSON_PALETTE[0];
  for (const colour of PERSON_PALETTE) {
    if ((uses.get(colour) ?? 0) < (uses.get(best) ?? 0)) best = colour;
  }
  return best;
}
