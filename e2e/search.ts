/** What an e2e story does with the search (Ctrl/Cmd+K): open it from the text, type, and read its groups of results. */
import { expect, type Page } from '@playwright/test';

export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
export const searchField = (page: Page) => searchDialog(page).getByRole('combobox', { name: 'Search text, notes, tags and people' });
/** The results under one heading: Text, Notes, Tags or People. */
export const resultGroup = (page: Page, heading: string) => searchDialog(page).getByRole('group', { name: heading });

/** Opens the search with Ctrl+K, as a reader would from the text, and types `query`. */
export async function search(page: Page, query: string): Promise<void> {
  await expect(page.getByRole('article')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  await searchField(page).fill(query);
}
