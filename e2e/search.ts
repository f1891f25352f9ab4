/** What an e2e story does with the search (Ctrl/Cmd+K): open it from the text, type, and read its groups of results. */
import { expect, type Locator, type Page } from '@playwright/test';

export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
export const searchField = (page: Page) => searchDialog(page).getByRole('combobox', { name: 'Search text, notes, tags and people' });

/** A group's name is its heading, then " · " and its count: "Notes · 1", "In the text · 2 matches". */
const headed = (heading: string) => new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} · `, 'u');

/** The results under one heading: a document's title, a transcription's label, Notes, Tags or People. */
export const resultGroup = (page: Page, heading: string) => searchDialog(page).getByRole('group', { name: headed(heading) });

/** A transcription's hits in one zone: "In the text", "In the archive’s description". */
export const zoneGroup = (page: Page, transcription: string, zone: string) => resultGroup(page, transcription).getByRole('group', { name: headed(zone) });

/** Opens the search with Ctrl+K, as a reader would from the text, and types `query`. */
export async function search(page: Page, query: string): Promise<void> {
  await expect(page.getByRole('article')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  await searchField(page).fill(query);
}

/** Marks `option` with Down from the first result, as a keyboard reader goes, and checks the field says so. */
export async function markWithArrows(page: Page, option: Locator): Promise<void> {
  const id = (await option.getAttribute('id')) ?? '';
  const ids = await searchDialog(page).getByRole('option').evaluateAll((options) => options.map((element) => element.id));
  expect(ids).toContain(id);
  for (let i = 0; i < ids.indexOf(id); i++) await searchField(page).press('ArrowDown');
  await expect(searchField(page)).toHaveAttribute('aria-activedescendant', id);
  await expect(option).toHaveAttribute('aria-selected', 'true');
}
