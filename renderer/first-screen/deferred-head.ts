/**
 * What the host's page leaves out of its head until it has painted (db/first-screen.ts): the whole
 * stylesheet is linked without a rel, so that fetching and parsing it does not share the processor with
 * the first frame, and the tab's icon is an empty one (index.html), since reading the SVG icon is
 * main-thread work too. Applying the whole stylesheet restyles every element (some fifty milliseconds of a
 * cold start), so a hydrating room applies it once the task that took the page over is done; a room that
 * renders on its own applies it first, since what it renders may need every rule. Until then it is only
 * preloaded: linked for print, it was parsed as it arrived, on the main thread the room's code then needs.
 */
const WHOLE_STYLESHEET_ID = 'whole-stylesheet';
const ICON = './favicon.svg';

/** Starts fetching the whole stylesheet, which nothing uses yet. */
export function fetchWholeStylesheet(): void {
  const link = document.getElementById(WHOLE_STYLESHEET_ID);
  if (!link || link.hasAttribute('rel')) return;
  link.setAttribute('as', 'style');
  link.setAttribute('rel', 'preload');
}

/** Applies the whole stylesheet and gives the tab its icon. */
export function completeHead(): void {
  document.getElementById(WHOLE_STYLESHEET_ID)?.setAttribute('rel', 'stylesheet');
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (icon && icon.getAttribute('href') !== ICON) {
    icon.type = 'image/svg+xml';
    icon.href = ICON;
  }
}
