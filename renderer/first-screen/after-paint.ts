/**
 * Calls `run` once the screen the host rendered has been painted: taking that screen over (evaluating the
 * room and hydrating it) is one long task, and a page whose script arrives before its first frame would
 * otherwise paint only after it. A callback queued from an animation frame runs once that frame is drawn.
 * A hidden page draws no frames (an Electron window not shown yet), so it is taken over at once.
 */
export function afterFirstPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') {
    run();
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}
