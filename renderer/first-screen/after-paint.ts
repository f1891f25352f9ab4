/**
 * Calls `run` once the screen the host rendered is on the display: taking that screen over (evaluating the
 * room and hydrating it) is long work, and whatever runs before the first frame is presented delays it,
 * on a busy machine even after the main thread has painted it (the frame is still rasterised and
 * composited). The first contentful paint entry is reported once the frame with the host's text is shown.
 * A hidden page presents no frames (an Electron window not shown yet), so it is taken over at once.
 */
export function afterFirstPaint(run: () => void): void {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (document.visibilityState === 'hidden' || painted()) {
    run();
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: 'paint', buffered: true });
}
