/**
 * What the host's page leaves out of its head until the room holds the page: the whole stylesheet is
 * linked for print only, so that the first paint waits for nothing but its critical rules
 * (db/first-screen.ts), and the tab's icon is an empty one (index.html), because reading the SVG icon is
 * main-thread work the first frame would share the processor with. Applying the whole stylesheet restyles
 * every element (some fifty milliseconds of a cold start), so a hydrating room applies it once its keys
 * work; a room that renders on its own applies it first, since what it renders may need every rule.
 */
const WHOLE_STYLESHEET_ID = 'whole-stylesheet';
const ICON = './favicon.svg';

export function completeHead(): void {
  document.getElementById(WHOLE_STYLESHEET_ID)?.setAttribute('media', 'all');
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (icon && icon.getAttribute('href') !== ICON) {
    icon.type = 'image/svg+xml';
    icon.href = ICON;
  }
}
