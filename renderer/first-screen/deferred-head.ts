/**
 * What the host's page leaves out of its head until the room has taken it over (db/first-screen.ts): the
 * whole stylesheet is linked without a rel, so that fetching and parsing it does not share the processor
 * with the first frame or the room's code, and the tab's icon is an empty one (index.html), since reading
 * the SVG icon is main-thread work too. Applying the whole stylesheet restyles every element (some fifty
 * milliseconds of a cold start), so a hydrating room applies it once the task that took the page over is
 * done; a room that renders on its own applies it first, since what it renders may need every rule. It is
 * not fetched ahead: preloaded as the room was fetched, it made the keys work some 3 ms later.
 */
const WHOLE_STYLESHEET_ID = 'whole-stylesheet';
const ICON = './favicon.svg';

/** Fetches and applies the whole stylesheet, and gives the tab its icon. */
export function completeHead(): void {
  document.getElementById(WHOLE_STYLESHEET_ID)?.setAttribute('rel', 'stylesheet');
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (icon && icon.getAttribute('href') !== ICON) {
    icon.type = 'image/svg+xml';
    icon.href = ICON;
  }
}
