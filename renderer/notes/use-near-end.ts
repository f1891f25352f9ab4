import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A ref for the control at a growing list's end ("Show more"): `onNear` is called whenever it comes into
 * view, as the reader scrolls, or tabs from the last card, down to it, so that the next cards are drawn
 * before anyone presses it. The control stays for those who would rather.
 */
export function useNearEnd<T extends Element>(onNear: () => void): (element: T | null) => () => void {
  const latest = useRef(onNear);
  useLayoutEffect(() => {
    latest.current = onNear;
  });
  return useCallback((element: T | null) => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    if (element) observer.observe(element);
    return () => observer.disconnect();
  }, []);
}
