import { useSyncExternalStore } from 'react';

const nothingToFollow = () => () => undefined;

/**
 * False while the host renders the first screen and while the room takes that screen over, true from the
 * render after: for controls the first screen leaves out. A control drawn before the room's code runs
 * would take a choice and then lose it, and each one costs the first paint its part (the library's tools
 * were some 20-30 ms of a cold start: bench/cold-start.ts). A room rendering on its own has them at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToFollow,
    () => true,
    () => false,
  );
}
