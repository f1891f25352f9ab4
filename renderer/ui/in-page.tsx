/**
 * What only the page renders, not the host when it renders the first screen (renderer/first-screen/):
 * there is no body to render into there, and code loaded on demand is not loaded. During the page's take
 * over of that screen these render as the host did (nothing, or a fallback), then render for real, in a
 * task of its own: rendered in the take-over's task, as a store whose value changed, they would hold up
 * the first screen's keys (bench/cold-start.ts).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { takingOverFirstScreen } from '../api/first-screen-answers.js';

/** False where the host renders, and while the page takes its render over; true after. */
export function useInPage(): boolean {
  const [inPage, setInPage] = useState(() => typeof document !== 'undefined' && !takingOverFirstScreen());
  useEffect(() => setInPage(true), []);
  return inPage;
}

/** `children` rendered at the end of the page's body. */
export function BodyPortal({ children }: { children: ReactNode }) {
  return useInPage() ? createPortal(children, document.body) : null;
}
