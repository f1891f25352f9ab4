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

/** The widest window whose library and side panel are drawers: 75rem (renderer/app/desk-layout.ts). */
const COMPACT_WIDTH = 1200;

/**
 * In a compact window the library and the side panel are drawers under the desk bar: opens `drawer` there
 * (as a reader would, to see what it holds); in a wide window, where both are columns, does nothing. The
 * window's width says which, not the toggle's being on screen: a page loading shows none for a moment
 * (the host's first screen cleared, the room's not yet drawn). The host's first screen shows the toggle
 * before the room's code runs, when a click on it does nothing yet: it is clicked again until it opens,
 * as a reader would.
 */
export async function openDrawer(page: Page, drawer: 'Library' | 'Side panel'): Promise<void> {
  if ((page.viewportSize()?.width ?? Number.POSITIVE_INFINITY) > COMPACT_WIDTH) return;
  const toggle = page.getByRole('button', { name: drawer, exact: true });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded', { timeout: 2000 })) !== 'true') await toggle.click({ timeout: 2000 });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}
