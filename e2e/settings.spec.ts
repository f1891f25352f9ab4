import { basename, dirname } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { library } from './library.js';
import { notesPanel, writeNote } from './reader.js';
import { withPreparedStore } from './prepared-store.js';
import { openBackups, twoBackups } from './settings.js';
import { atEveryWindowSize, openDrawer } from './window-sizes.js';

test('Settings lists the library’s backups newest first, each with the command that restores it, to copy', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await withPreparedStore(twoBackups, async (url, { older, newer }) => {
    await page.goto(url);
    const backups = await openBackups(page);
    await expect(backups).toContainText('To put one back, quit Carrel, then run its command in a terminal');
    const items = backups.getByRole('listitem');
    await expect(items).toHaveCount(2);
    // Noon UTC is the same day in every time zone the reader may be in.
    await expect(items.nth(0)).toContainText(/1 December 2026.*\d+ KB, before migration 12/);
    await expect(items.nth(1)).toContainText(/23 November 2026.*\d+ KB, before migration 11/);
    const dataDir = dirname(dirname(newer));
    const command = `carrel restore ${basename(newer)} --data-dir ${dataDir}`;
    await expect(items.nth(0).getByRole('code')).toHaveText(command);
    await expect(items.nth(1).getByRole('code')).toHaveText(`carrel restore ${basename(older)} --data-dir ${dataDir}`);

    const copy = items.nth(0).getByRole('button', { name: /^Copy the command that restores the backup of 1 December 2026/ });
    await copy.press('Enter');
    await expect(items.nth(0).getByRole('status')).toHaveText('Command copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
    await expect(items.nth(0).getByRole('button', { name: /^Copied/ })).toBeFocused();
  });
});

test('Settings says a new library has no backups yet, and where they will be', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const backups = await openBackups(page);
  await expect(backups).toHaveText(`BackupsThere are no backups yet. Carrel copies the library before each upgrade, into ${readingRoom.dataDir}/backups.`);
  await expect(backups.getByRole('listitem')).toHaveCount(0);
});

atEveryWindowSize(() => {
  test('Interface size enlarges the notes and the library’s rows, the transcription keeping its own size, and is kept', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await writeNote(page, 'move toward reunification', 'Stalin consents.');
    await page.keyboard.press('Escape');
    const note = notesPanel(page).getByRole('listitem').first().getByText('Stalin consents.');
    const row = library(page).getByRole('listitem').first();
    const text = page.getByRole('article').getByText('Comr. Mao Zedong!');
    const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const height = async (locator: Locator) => (await locator.boundingBox())?.height ?? 0;
    await openDrawer(page, 'Library');
    const before = { note: await fontSize(note), row: await height(row), text: await fontSize(text) };

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('radiogroup', { name: 'Interface size' }).getByRole('radio', { name: '125%' }).check();
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
    await expect.poll(() => fontSize(note)).toBeCloseTo(before.note * 1.25, 1);
    await openDrawer(page, 'Library');
    expect(await height(row)).toBeGreaterThan(before.row * 1.15);
    expect(await fontSize(text)).toBe(before.text);

    await page.reload();
    await openDrawer(page, 'Side panel');
    await expect.poll(() => fontSize(note)).toBeCloseTo(before.note * 1.25, 1);
  });
});
