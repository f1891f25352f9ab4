import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { notesPanel, paintedPassages, queryStore } from './reader.js';

const TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";

/** A notes file made for the telegram's text (e2e/notes-import/). */
const fixture = (name: string) => join(import.meta.dirname, 'notes-import', name);

/** Opens "Import notes" from the Notes panel and picks `file`: the sheet previews it at once. */
async function previewImport(page: Page, file: string) {
  await notesPanel(page).getByRole('button', { name: 'Import notes' }).click();
  const sheet = page.getByRole('dialog', { name: 'Import notes' });
  await sheet.getByLabel('Notes file (W3C JSON-LD) or Hypothesis JSON').setInputFiles(file);
  return sheet;
}

/** A card of the Notes panel, found by its note. */
const card = (page: Page, note: string) => notesPanel(page).getByRole('listitem').filter({ hasText: note });

test('a Hypothesis file is previewed, imported, and its notes read in the panel with their author', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const sheet = await previewImport(page, fixture('hypothesis-telegram.json'));

  const preview = sheet.getByRole('region', { name: 'What the import will do' });
  await expect(preview).toContainText(`Will import into “${TITLE}”: 3 added, 0 updated, 0 unchanged, 0 orphaned; 1 skipped.`);
  const skipped = preview.getByRole('list', { name: 'Skipped (1)' });
  await expect(skipped.getByRole('listitem')).toHaveText([
    'Annotation 4 (https://hypothes.is/a/Kp3sQ1aXEe6wT4): It is a reply to annotation https://hypothes.is/a/Kp3sQ1aXEe6wT1: Carrel keeps notes on passages, not replies to them.',
  ]);
  // Nothing is written by the preview.
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM annotations')).toEqual([]);

  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('status')).toHaveText(`Imported into “${TITLE}”: 3 added, 0 updated, 0 unchanged, 0 orphaned; 1 skipped. Undo (Ctrl+Z, ⌘Z) takes the whole import back.`);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  const codeName = card(page, 'The code-name, glossed by the archive.');
  await expect(codeName).toContainText('acct:kim@hypothes.is');
  await expect(codeName.getByRole('list', { name: 'Tags' })).toContainText('code-names');
  await expect(card(page, 'Kim’s word for the war.')).toContainText('acct:kim@hypothes.is');
  await expect.poll(() => paintedPassages(page).then((painted) => painted.sort())).toEqual(['Filippov [Stalin]', 'move toward reunification']);
  await expect(notesPanel(page).getByRole('textbox', { name: 'Document notes' })).toHaveValue(/Read beside Mao’s 13 May telegram\./u);
});

test('a RecogitoJS file, which names no document, goes to the open one when the reader says so; its place is a link', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const sheet = await previewImport(page, fixture('recogito-telegram.jsonld'));

  const preview = sheet.getByRole('region', { name: 'What the import will do' });
  await expect(preview).toContainText('Nothing in this file can come in');
  await expect(preview.getByRole('list', { name: 'Skipped (2)' })).toContainText('3 annotations that name no document: The file does not say which document they are on');
  await expect(sheet.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();

  await sheet.getByRole('checkbox', { name: `Put the notes whose document is not in the library on “${TITLE}”` }).check();
  await expect(preview).toContainText(`Will import into “${TITLE}”: 3 added, 0 updated, 0 unchanged`);
  await expect(preview.getByRole('list', { name: 'Skipped (1)' })).toContainText('It links annotations #3a1f5c2e-8d4b-4e6a-9c7f-2b1d0e9f8a71 and #3a1f5c2e-8d4b-4e6a-9c7f-2b1d0e9f8a73');

  await sheet.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(sheet.getByRole('status')).toHaveText(/^Imported into “.*”: 3 added, 0 updated, 0 unchanged, \d orphaned; 1 skipped\. Undo .* takes the whole import back\.$/u);
  await page.keyboard.press('Escape');

  const place = card(page, 'The embassy’s city.');
  await expect(place).toContainText('Lee');
  await expect(place.getByRole('list', { name: 'Linked places and things' }).getByRole('link', { name: /^Beijing/u })).toHaveAttribute('href', 'https://sws.geonames.org/1816670/');
  await expect(card(page, 'The addressee.').getByRole('list', { name: 'People' })).toContainText('Mao Zedong');
  await expect(card(page, 'Signed with the code-name alone.')).toContainText('Lee');
});
