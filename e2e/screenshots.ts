/**
 * The pictures in docs/screenshots (and the README's among them) are taken by e2e/screenshots.spec.ts, but
 * only on request (`CARREL_SCREENSHOTS=1 npx playwright test`), so that a test run leaves the working
 * tree as it was. Each scene is set once and taken in both themes, switched as a reader switches them.
 */
import { expect, type Page } from '@playwright/test';

/** True when this run is asked to rewrite docs/screenshots. */
export const retakingScreenshots = process.env.CARREL_SCREENSHOTS === '1';

export const THEMES = ['Light', 'Dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Makes `page` draw without motion (every transition and smooth scroll in the reading room is for
 * prefers-reduced-motion: no-preference), so that nothing is caught halfway; call before the scene.
 */
export async function holdStill(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
}

/**
 * Picks `theme` in the banner's Theme radio group with a click of the mouse, then waits until the page is
 * drawn in it: the root's background is the paper of that theme (as the --paper token resolves under its
 * colour scheme), no animation or transition is running and no flash (words jumped to, marked for a
 * moment) is painted. The mouse is then moved off the controls so that no hover shows.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  const radio = page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: theme });
  // Clicked where it is drawn, as a reader clicks it: locator.check() would first scroll the page to the
  // place of the sticky banner in the document (its top) where the page itself scrolls (narrow windows).
  const box = await radio.boundingBox();
  if (!box) throw new Error(`the ${theme} theme is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(radio).toBeChecked();
  await page.mouse.move(0, (page.viewportSize()?.height ?? 1) - 1);
  const scheme = theme.toLowerCase();
  await expect
    .poll(() =>
      page.evaluate((wanted) => {
        const probe = document.createElement('div');
        probe.style.cssText = `position: absolute; color-scheme: ${wanted}; background-color: var(--paper)`;
        document.body.append(probe);
        const paper = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const root = getComputedStyle(document.documentElement);
        return {
          scheme: root.colorScheme,
          paperIsRight: root.backgroundColor === paper,
          running: document.getAnimations().filter((animation) => animation.playState === 'running').length,
          flashes: [...CSS.highlights.keys()].filter((name) => name.endsWith('-flash')).length,
        };
      }, scheme),
    )
    .toEqual({ scheme, paperIsRight: true, running: 0, flashes: 0 });
}

/** Waits until the message at the foot of the window (“Highlighted.”), which fades after a few seconds, is gone. */
export async function messageGone(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(0, { timeout: 10_000 });
}

/** Saves the page as docs/screenshots/<name>.png when this run retakes screenshots; otherwise does nothing. */
export async function screenshotForDocs(page: Page, name: string): Promise<void> {
  if (retakingScreenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled' });
}

/**
 * Takes the scene on `page` in each theme as docs/screenshots/<name>-light.png and <name>-dark.png. For a
 * scene the banner cannot be reached through (a dialog), `show` puts it up after each switch and `hide`
 * takes it down after each picture.
 */
export async function screenshotBothThemes(page: Page, name: string, scene: { show?: () => Promise<void>; hide?: () => Promise<void> } = {}): Promise<void> {
  for (const theme of THEMES) {
    await switchTheme(page, theme);
    await scene.show?.();
    await screenshotForDocs(page, `${name}-${theme.toLowerCase()}`);
    await scene.hide?.();
  }
}
