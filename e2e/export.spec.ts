import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.js';
import { paintedPassages, queryStore, selectWithMouse } from './reader.js';

test('notes exported as Markdown from the UI, with the quote, the note and the citation', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, 'move toward reunification');
  await page.keyboard.press('a');
  const notes = page.getByRole('region', { name: 'Notes', exact: true });
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
  // Written by the host as the store makes it, not handed over whole from the page.
  expect(download.url()).toMatch(/\/exports\/[\w-]{22}$/u);
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toMatch(/^---\ntitle: /);
  expect(markdown).toContain('> move toward reunification');
  expect(markdown).toContain('Stalin consents.');
  expect(markdown).toContain('digitalarchive.wilsoncenter.org/document/115976');
  await expect(dialog).toBeHidden();
});

test('notes exported as JSON-LD come back with Import, and one undo takes the whole import back', async ({ page, readingRoom }) => {
  const passages = ['move toward reunification', 'the changed international situation'];
  const stored = () => queryStore<{ quote_exact: string }>(readingRoom.dataDir, "SELECT quote_exact FROM annotations WHERE kind = 'passage' ORDER BY pos_start");
  await page.goto(readingRoom.url);
  for (const phrase of passages) {
    await selectWithMouse(page, phrase);
    await page.keyboard.press('h');
  }
  await expect.poll(() => paintedPassages(page).then((painted) => painted.sort())).toEqual([...passages].sort());

  const notes = page.getByRole('region', { name: 'Notes', exact: true });
  await notes.getByRole('button', { name: 'Export notes' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export notes' });
  await exporting.getByRole('radio', { name: 'W3C Web Annotation (JSON-LD)' }).check();
  const downloading = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
  const file = (await (await downloading).path()) ?? '';
  await expect(exporting).toBeHidden();

  // Both highlights taken back, one undo each, then brought in again from the file.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => paintedPassages(page)).toHaveLength(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => paintedPassages(page)).toEqual([]);
  await notes.getByRole('button', { name: 'Import notes' }).click();
  const importing = page.getByRole('dialog', { name: 'Import notes' });
  await importing.getByLabel('Notes file (W3C JSON-LD)').setInputFiles(file);
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing.getByRole('status')).toHaveText(/: 2 added, 0 updated, 0 unchanged, 0 orphaned\. Undo .* takes the whole import back\.$/);
  await page.keyboard.press('Escape');
  await expect(importing).toBeHidden();
  await expect.poll(() => paintedPassages(page).then((painted) => painted.sort())).toEqual([...passages].sort());

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undid: import of 2 annotations')).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toEqual([]);
  expect(stored()).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Redid: import of 2 annotations')).toBeVisible();
  await expect.poll(() => paintedPassages(page).then((painted) => painted.sort())).toEqual([...passages].sort());
  expect(stored()).toHaveLength(2);
});
