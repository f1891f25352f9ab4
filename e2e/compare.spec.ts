import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importWitnessFile } from '../db/import-witness.js';
import { withPreparedStore } from './prepared-store.js';
import { flashedWords } from './flashes.js';
import { openCompare } from './compare.js';
import { expect, test } from './fixtures.js';
import { atEveryWindowSize, openDrawer } from './window-sizes.js';

/** The apparatus entries whose reading (not the words around it) holds `text`. */
function entryReading(page: Page, text: string) {
  return page
    .getByRole('region', { name: 'Apparatus' })
    .getByRole('button')
    .filter({ has: page.locator('.variant-text', { hasText: text }) });
}

atEveryWindowSize(() => {
  test('the compare view of the telegram lists the known differences between its transcriptions', async ({ page, readingRoom }) => {
    const apparatus = await openCompare(page, readingRoom.url);
    await expect(page.getByRole('combobox', { name: 'Left' })).toHaveValue(/.+/);
    await expect(page.getByRole('combobox', { name: 'Left' }).locator('option:checked')).toHaveText('Archive record');
    await expect(page.getByRole('combobox', { name: 'Right' }).locator('option:checked')).toHaveText('Web page');

    await expect(entryReading(page, 'Comr')).toContainText('“Comr. Mao');
    await expect(entryReading(page, 'Comr')).toContainText('“Cde. Mao');
    await expect(entryReading(page, '[Stalin]').filter({ hasText: 'Signature' })).toContainText('Filippov [Stalin].”');
    await expect(entryReading(page, 'assent')).toContainText('agreement');
    await expect(entryReading(page, 'A copy was subsequently found in RGASPI, f. 558')).toHaveCount(1);
    // Quotes and apostrophes do not count by default: the transliteration's apostrophe is not a difference.
    await expect(entryReading(page, 'telegraf')).toHaveCount(0);
    await expect(apparatus.getByRole('status')).toHaveText(/^\d+ differences$/);

    // The text's differences come first, the archive's description (title, citation, summary) apart after
    // them; each kind is named by the transcription that has the words.
    const inText = apparatus.getByRole('list', { name: 'In the text' });
    const inRecord = apparatus.getByRole('list', { name: 'In the archive’s description' });
    await expect(apparatus.getByRole('list').first()).toHaveAccessibleName('In the text');
    await expect(inText.getByRole('button').filter({ hasText: '“Cde. Mao' })).toContainText('reads differently');
    await expect(inText.getByRole('button').filter({ hasText: 'Filippov [Stalin].”' })).toContainText('Signature only in Web page');
    await expect(inRecord.getByRole('button').filter({ hasText: 'RGASPI' })).toContainText('only in Web page');
    await expect(inText.getByRole('button').filter({ hasText: 'RGASPI' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Key to the marked words' })).toContainText('⁁ in the apparatus: where the words the other has would stand');

    // Both sides are painted: the words that differ are in the highlights, not wrapped in elements.
    const painted = await page.evaluate(() => ['added', 'removed', 'changed'].map((kind) => CSS.highlights.get(`carrel-diff-${kind}`)?.size ?? 0));
    expect(painted.every((size) => size > 0)).toBe(true);

    // The compare view is kept in the address: a reload reopens it.
    expect(new URL(page.url()).hash).toMatch(/compare=/);
    await page.reload();
    await openDrawer(page, 'Side panel');
    await expect(entryReading(page, 'assent')).toBeVisible();
  });

  test('counting quotes and apostrophes reveals telegraf’te, and page furniture “Skip to content”, which still counts after a reload', async ({ page, readingRoom }) => {
    await openCompare(page, readingRoom.url);
    const quotes = page.getByRole('checkbox', { name: 'Quotes and apostrophes' });
    await expect(quotes).not.toBeChecked();
    await quotes.check();
    await expect(entryReading(page, "telegraf'te")).toContainText('telegraf’te');
    await quotes.uncheck();
    await expect(entryReading(page, "telegraf'te")).toHaveCount(0);

    // Left out of the comparison, page furniture is left out of the web page's column too.
    const webPage = page.getByRole('article', { name: 'Web page transcription' });
    await expect(entryReading(page, 'Skip to content')).toHaveCount(0);
    await expect(webPage).toContainText('Ciphered Telegram No. 8600');
    await expect(webPage).not.toContainText('Skip to content');
    await page.getByRole('checkbox', { name: 'Page furniture' }).check();
    await expect(entryReading(page, 'Skip to content')).toHaveCount(1);
    await expect(webPage).toContainText('Skip to content');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Page furniture' })).toBeChecked();
    await openDrawer(page, 'Side panel');
    await expect(entryReading(page, 'Skip to content')).toHaveCount(1);
    await expect(quotes).not.toBeChecked();
  });

  test('the same transcription on both sides shows no differences', async ({ page, readingRoom }) => {
    const apparatus = await openCompare(page, readingRoom.url);
    await page.getByRole('combobox', { name: 'Right' }).selectOption({ label: 'Archive record' });
    await expect(apparatus.getByRole('status')).toHaveText('No differences');
    await expect(apparatus.getByRole('button')).toHaveCount(0);
  });

  test('an apparatus entry brings its place into view and flashes it; Back to reading returns to the text', async ({ page, readingRoom }) => {
    const apparatus = await openCompare(page, readingRoom.url);
    const webPage = page.getByRole('article', { name: 'Web page transcription' });
    const rgaspi = webPage.getByText(/A copy was subsequently found in RGASPI/);
    await expect(rgaspi).not.toBeInViewport();

    const entry = apparatus.getByRole('button').filter({ hasText: 'RGASPI' });
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(rgaspi).toBeInViewport();
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => flashedWords(page, 'carrel-diff-flash')).toEqual([[expect.stringContaining('RGASPI')]]);

    await page.getByRole('button', { name: 'Back to reading' }).click();
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
    expect(new URL(page.url()).hash).not.toMatch(/compare=/);
  });

  test('Compare is reached from the choice of transcription with Tab and opened with Enter', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await page.getByRole('radio', { name: 'Archive record' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await openDrawer(page, 'Side panel');
    await expect(page.getByRole('region', { name: 'Apparatus' }).getByRole('status')).toHaveText(/differences/);
  });
});

test('two long transcriptions open by their first screen, and the last difference is one click away, shown and marked', async ({ page }) => {
  // Two variants of the archive record, each some 800,000 characters longer, differing only near the end.
  const base = readFileSync('assets/telegram/000_f2d2cbb9f3cdde5d.txt', 'utf8');
  const at = base.indexOf('In a conversation');
  const filler = Array.from({ length: 4000 }, () => 'The delegation considered the question of the road and answered the letter with the morning copy. '.repeat(2).trim()).join('\n\n');
  const variant = (harbour: string) => `${base.slice(0, at)}${filler}\n\nAt dawn the last signal reached the ${harbour} harbour.\n\n${base.slice(at)}`;
  await withPreparedStore(
    (app) => ['northern', 'southern'].map((harbour) => importWitnessFile(app.store, `${harbour}.txt`, new TextEncoder().encode(variant(harbour)))),
    async (url, [north, south]) => {
      if (!north || !south) throw new Error('both variants are imported');
      await page.goto(`${url}&document=${north.documentId}&witness=${north.witnessId}&compare=${south.witnessId}`);
      await expect(page.getByRole('region', { name: 'Apparatus' }).getByRole('status')).toHaveText('1 difference');
      await entryReading(page, 'southern').click();
      await expect(page.locator('.compare-cell', { hasText: 'reached the southern harbour' })).toBeInViewport();
      await expect.poll(() => flashedWords(page, 'carrel-diff-flash')).toEqual([['northern', 'southern']]);
    },
  );
});
