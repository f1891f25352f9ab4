/** What an e2e story does to compare the telegram's transcriptions. */
import { expect, type Page } from '@playwright/test';
import { openDrawer } from './window-sizes.js';

/** Opens the telegram and its compare view, the archive record on the left and the web page on the right; answers the apparatus. */
export async function openCompare(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('button', { name: 'Back to reading' })).toBeVisible();
  // In a small window the apparatus waits in the side panel's drawer, as the notes do beside the text.
  await openDrawer(page, 'Side panel');
  const apparatus = page.getByRole('region', { name: 'Apparatus' });
  // Both transcriptions are fetched, then compared in the page: seconds on a busy machine.
  await expect(apparatus.getByRole('list', { name: 'In the text' })).toBeVisible({ timeout: 20_000 });
  return apparatus;
}
