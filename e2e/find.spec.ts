import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { atEveryWindowSize } from './window-sizes.js';

/** The words painted as the current match. */
const currentMatch = (page: Page) =>
  page.evaluate(() => {
    const [painted] = CSS.highlights.get('carrel-find-current') ?? [];
    if (!painted) return null;
    const range = document.createRange();
    range.setStart(painted.startContainer, painted.startOffset);
    range.setEnd(painted.endContainer, painted.endOffset);
    return range.toString();
  });

const matchCount = (page: Page) => page.evaluate(() => CSS.highlights.get('carrel-find')?.size ?? 0);

test('Ctrl+F finds “comr” in the archive record, steps through the matches round the end, and Escape goes back to the text', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const article = page.getByRole('article', { name: 'Archive record transcription' });
  await expect(article).toBeVisible();

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in this transcription' });
  const field = find.getByRole('searchbox', { name: 'Find in this transcription' });
  await expect(field).toBeFocused();
  await page.keyboard.type('comr');
  const count = find.getByRole('status');
  await expect(count).toHaveText('Match 1 of 10');
  expect(await matchCount(page)).toBe(10);
  expect(await currentMatch(page)).toBe('Comr');

  await page.keyboard.press('Enter');
  await expect(count).toHaveText('Match 2 of 10');
  expect(await currentMatch(page)).toBe('comr');
  await find.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('Match 1 of 10');
  await find.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('Match 10 of 10');
  await find.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText('Match 1 of 10');
  await field.press('Shift+Enter');
  await expect(count).toHaveText('Match 10 of 10');

  await field.press('Escape');
  await expect(find).toHaveCount(0);
  await expect(article).toBeFocused();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('Comr');
  expect(await matchCount(page)).toBe(0);

  // Case and accents folded: "zedong" finds "Zedong"; a word that is not there says so.
  await page.keyboard.press('Control+f');
  await field.fill('zedong');
  await expect(count).toHaveText(/^Match 1 of \d+$/);
  expect(await currentMatch(page)).toBe('Zedong');
  await field.fill('reunificationx');
  await expect(count).toHaveText('No matches');
});

atEveryWindowSize(() => {
  test('Ctrl+F “Stalin” with Include aliases finds his code-name Filippov too, and says so', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
    await page.keyboard.press('Control+f');
    const find = page.getByRole('search', { name: 'Find in this transcription' });
    await expect(find.getByRole('searchbox', { name: 'Find in this transcription' })).toBeFocused();
    await page.keyboard.type('Stalin');
    const aliases = find.getByRole('checkbox', { name: 'Include aliases' });
    await expect(aliases).toBeChecked();
    const count = find.getByRole('status');
    await expect(count).toHaveText('Match 1 of 4 · Stalin, incl. Filippov');
    expect(await matchCount(page)).toBe(4);
    // “Filippov [Stalin] and his friends”: the code-name comes first.
    expect(await currentMatch(page)).toBe('Filippov');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('Match 2 of 4 · Stalin, incl. Filippov');
    expect(await currentMatch(page)).toBe('Stalin');

    // Without aliases, only the name typed.
    await aliases.uncheck();
    await expect(count).toHaveText('Match 1 of 2');
    expect(await matchCount(page)).toBe(2);
    expect(await currentMatch(page)).toBe('Stalin');
  });
});
