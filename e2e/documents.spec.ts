/**
 * Bringing the reader's own documents: files picked with Import… or dropped on the window become
 * documents in the library, open in the reader, and take notes like the telegram.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { bookPdf } from '../core/importers/testing/pdf/pdf-fixtures.js';
import { notesPanel, paintedPassages, queryStore, selectWithMouse } from './reader.js';

/** A file as the browser hands it over. */
interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const importSheet = (page: Page) => page.getByRole('dialog', { name: 'Import documents' });

/** Picks `files` in the library's Import… sheet and waits until each has its outcome. */
async function importThroughSheet(page: Page, files: UploadFile[]): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import documents' }).click();
  await importSheet(page).getByLabel('Documents to import').setInputFiles(files);
  await expect(importSheet(page).getByRole('status')).toHaveText(`${files.length} of ${files.length} done.`);
}

/** Drops `files` on the window, as a reader drags them from the file manager. */
async function dropOnWindow(page: Page, files: UploadFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((given) => {
    const data = new DataTransfer();
    for (const file of given) data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
    return data;
  }, files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })));
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
}

const letter: UploadFile = {
  name: 'letter-to-anna.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('A letter from Kazan\n\nDear Anna,\n\nthe road to the station is closed until spring.\nWrite to me at the institute.\n', 'utf8'),
};

test('a letter typed as text comes in through Import…, opens, and takes a highlight', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await importThroughSheet(page, [letter]);
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/letter-to-anna\.txt\s*Imported as “A letter from Kazan” \(Text\)\./]);
  await page.keyboard.press('Escape');

  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: /A letter from Kazan/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A letter from Kazan');
  await selectWithMouse(page, 'the road to the station');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toEqual(['the road to the station']);
  expect(queryStore<{ source: string }>(readingRoom.dataDir, 'SELECT source FROM witnesses WHERE file_name = ?', letter.name)).toEqual([{ source: 'text' }]);

  // The same bytes again: recognised, not duplicated.
  await importThroughSheet(page, [letter]);
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/Already in the library as “A letter from Kazan”\./]);
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM documents')).toHaveLength(2);
});

test('files dropped on the window are imported one by one, a file Carrel cannot read says why, and the Markdown one takes a highlight', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('article')).toBeVisible();
  const notes: UploadFile = { name: 'seminar-notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Seminar, week 3\n\nWe read the **cable** of 14 May.\n\n- Who is Filippov?\n- Why Beijing?\n') };
  const empty: UploadFile = { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) };
  await dropOnWindow(page, [notes, empty]);
  await expect(importSheet(page).getByRole('status')).toHaveText('2 of 2 done.');
  await expect(importSheet(page).getByRole('listitem')).toHaveText([
    /seminar-notes\.md\s*Imported as “Seminar, week 3” \(Markdown\)\./,
    /empty\.txt\s*empty\.txt is empty: there is nothing to import\./,
  ]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seminar, week 3');
  await expect(page.getByRole('article').getByRole('listitem')).toHaveText(['Who is Filippov?', 'Why Beijing?']);
  await expect(notesPanel(page)).toBeVisible();
  await selectWithMouse(page, 'Who is Filippov?');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toEqual(['Who is Filippov?']);
  // The highlight is painted as the reader presses H; the store has it once the write is answered.
  await expect.poll(() => queryStore<{ quote: string }>(readingRoom.dataDir, 'SELECT quote_exact AS quote FROM annotations')).toEqual([{ quote: 'Who is Filippov?' }]);
});

test('a long PDF says which of its pages it is reading, and Cancel stops it in the middle with nothing stored', async ({ page, readingRoom }) => {
  // Writing a 1,000-page PDF and reading part of it: long on a busy machine.
  test.slow();
  const book: UploadFile = { name: 'long-book.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await bookPdf(1000)) };
  await page.goto(readingRoom.url);
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import documents' }).click();
  await importSheet(page).getByLabel('Documents to import').setInputFiles([book]);

  // The bar shows once the file has reached the import worker and pdf.js has opened it: seconds when busy.
  await expect(importSheet(page).getByRole('progressbar', { name: 'Pages of long-book.pdf read' })).toBeVisible({ timeout: 30_000 });
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/long-book\.pdf\s*Reading page \d+ of 1000…/]);
  await importSheet(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/long-book\.pdf\s*Not imported: cancelled\./]);
  await expect(importSheet(page).getByRole('status')).toHaveText('1 of 1 done.');
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM documents')).toHaveLength(1);

  // The next file is read as usual.
  await importSheet(page).getByLabel('Documents to import').setInputFiles([letter]);
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/letter-to-anna\.txt\s*Imported as “A letter from Kazan” \(Text\)\./]);
});

test('a 2 GB file dropped on the window is refused before it is read, and the window goes on', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('article')).toBeVisible();
  // Two thousand references to one megabyte: a 2 GB file to the page, without 2 GB in memory.
  const transfer = await page.evaluateHandle(() => {
    const megabyte = new Blob([new Uint8Array(1024 * 1024)]);
    const data = new DataTransfer();
    data.items.add(new File(Array.from({ length: 2048 }, () => megabyte), 'whole-archive.pdf', { type: 'application/pdf' }));
    return data;
  });
  await page.locator('.app').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(importSheet(page).getByRole('listitem')).toHaveText([/whole-archive\.pdf\s*“whole-archive\.pdf” is larger than 100 MB, more than Carrel imports\./]);
  await expect(importSheet(page).getByRole('status')).toHaveText('1 of 1 done.');
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM documents')).toHaveLength(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
