/**
 * The README's screenshots are retaken by the stories that show their scene, but only on request
 * (`CARREL_SCREENSHOTS=1 npx playwright test`), so that a test run leaves the working tree as it was.
 */
import type { Page } from '@playwright/test';

/** True when this run is asked to rewrite docs/screenshots. */
export const retakingScreenshots = process.env.CARREL_SCREENSHOTS === '1';

/** Saves the page as docs/screenshots/<name>.png when this run retakes screenshots; otherwise does nothing. */
export async function screenshotForDocs(page: Page, name: string): Promise<void> {
  if (retakingScreenshots) await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled' });
}
