import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { selectWithMouse } from './reader.js';

test('notes exported as Markdown from the UI, with the quote, the note and the citation', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, 'move toward reunification');
  await page.keyboard.press('a');
  const notes = page.getByRole('complementary', { name: 'Notes' });
  await expect(notes.getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
  await page.keyboard.type('Stalin consents.');
  await expect(notes.getByText('Saved', { exact: true })).toBeVisible();

  await notes.getByRole('button', { name: 'Export notes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('1950-05-14-cable-from-vyshinsky-to-mao-zedong.md');
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toMatch(/^---\ntitle: /);
  expect(markdown).toContain('> move toward reunification');
  expect(markdown).toContain('Stalin consents.');
  expect(markdown).toContain('digitalarchive.wilsoncenter.org/document/115976');
  await expect(dialog).toBeHidden();
});
