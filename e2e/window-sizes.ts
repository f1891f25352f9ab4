/** The window sizes issue 17's stories run at: a roomy desktop, and a small laptop (or 200% zoom). */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

export const WINDOW_SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/** Declares the stories `body` declares once per window size, each group named by its size. */
export function atEveryWindowSize(body: () => void): void {
  for (const viewport of WINDOW_SIZES) {
    test.describe(`at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });
      body();
    });
  }
}

/**
 * In a compact window the library and the side panel are drawers under the desk bar: opens `drawer` there
 * (as a reader would, to see what it holds); in a wide window, where both are columns, does nothing.
 */
export async function openDrawer(page: Page, drawer: 'Library' | 'Side panel'): Promise<void> {
  const toggle = page.getByRole('button', { name: drawer, exact: true });
  if (!(await toggle.isVisible()) || (await toggle.getAttribute('aria-expanded')) === 'true') return;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
