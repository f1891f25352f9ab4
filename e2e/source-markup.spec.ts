/**
 * The archive record writes its title `**…**` and its address `<http://…>`: wherever a reader sees
 * them, the title is bold and the address readable, and neither the stars nor the angle brackets show.
 */
import type { Locator } from '@playwright/test';
import { openCompare } from './compare.js';
import { expect, test } from './fixtures.js';
import { search, zoneGroup } from './search.js';
import { atEveryWindowSize } from './window-sizes.js';

const ADDRESS = 'http://digitalarchive.wilsoncenter.org/document/115976';

/** What the reader sees of `place` holds no markup: innerText leaves out what is hidden. */
async function expectNoMarkupShown(place: Locator) {
  await expect(place).not.toContainText('**', { useInnerText: true });
  await expect(place).not.toContainText('<http', { useInnerText: true });
  await expect(place).not.toContainText(`${ADDRESS}>`, { useInnerText: true });
}

/** The title, set bold: a strong element, heavier than the text around it. */
async function expectBoldTitle(place: Locator) {
  const title = place.locator('strong', { hasText: 'Cable from Vyshinsky to Mao Zedong' });
  await expect(title).toBeVisible();
  await expect(title).toContainText("Stance on Permission for North Korea to attack South Korea");
  const weight = await title.evaluate((element) => Number(getComputedStyle(element).fontWeight));
  expect(weight).toBeGreaterThanOrEqual(600);
}

atEveryWindowSize(() => {
  test('the archive record’s disclosure shows its title bold and its address as a link, without ** or <>', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    const record = page.getByRole('group').filter({ hasText: 'Archive record' });
    await record.getByText('Archive record', { exact: true }).click();
    await expect(record.getByText('Citation:')).toBeVisible();

    await expectBoldTitle(record);
    const link = record.getByRole('link', { name: new RegExp(ADDRESS.replaceAll('.', '\\.')) });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', ADDRESS);
    await expect(link).toHaveAttribute('target', '_blank');
    await expectNoMarkupShown(record);
  });

  test('the compare columns show the record’s title bold and its address as a link, without ** or <>', async ({ page, readingRoom }) => {
    await openCompare(page, readingRoom.url);
    const archive = page.getByRole('article', { name: 'Archive record transcription' });
    await expectBoldTitle(archive);
    await expect(archive.getByRole('link', { name: new RegExp(ADDRESS.replaceAll('.', '\\.')) })).toHaveAttribute('href', ADDRESS);
    await expectNoMarkupShown(archive);
    // Brackets are the editor's and stay; the stars of [*…*] go.
    await expect(archive.getByText('pristupit k obiednineniiu', { exact: true })).toHaveCSS('font-style', 'italic');
    await expect(archive).not.toContainText('[*', { useInnerText: true });
  });

  test('the apparatus reads the title bold and the address as an address, and counts no delimiter as a difference', async ({ page, readingRoom }) => {
    const apparatus = await openCompare(page, readingRoom.url);
    const inRecord = apparatus.getByRole('list', { name: 'In the archive’s description' });

    // The title's words where the web page differs, bold as in the record; nothing else the apparatus reads is.
    await expect(inRecord.getByRole('button').locator('.variant-text strong')).toHaveText([
      'Cable from Vyshinsky to Mao Zedong',
      "Relaying Stalin's Stance on Permission for North Korea to attack South Korea",
    ]);
    const address = inRecord.getByRole('button').filter({ hasText: ADDRESS });
    await expect(address.locator('.variant-text')).toHaveText(ADDRESS);
    // The entry is a button: the address is its words, not a link inside it.
    await expect(apparatus.getByRole('link')).toHaveCount(0);
    await expectNoMarkupShown(apparatus);
  });

  test('a search hit in the record’s title shows it bold, without **', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await search(page, 'Vyshinsky');
    const inRecord = zoneGroup(page, 'Archive record', 'In the archive’s description');
    const titleHit = inRecord.getByRole('option').filter({ has: page.locator('strong mark, mark strong', { hasText: 'Vyshinsky' }) });
    await expect(titleHit.first()).toBeVisible();
    await expectNoMarkupShown(inRecord);
  });
});
