/**
 * What only the page renders, not the host when it renders the first screen (renderer/first-screen/):
 * there is no body to render into there, and code loaded on demand is not loaded. During the page's take
 * over of that screen these render as the host did (nothing, or a fallback), then render for real.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const nothingToFollow = () => () => undefined;

/** False where the host renders, and while the page takes its render over; true after. */
export function useInPage(): boolean {
  return useSyncExternalStore(
    nothingToFollow,
    () => true,
    () => false,
  );
}

/** `children` rendered at the end of the page's body. */
export function BodyPortal({ children }: { children: ReactNode }) {
  return useInPage() ? createPortal(children, document.body) : null;
}
