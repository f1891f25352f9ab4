import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { clickPhrase, notesPanel, paintedPassages, queryStore, writeNote } from './reader.js';

const PHRASE = 'move toward reunification';

const transcription = (page: Page, label: string) => page.getByRole('radiogroup', { name: 'Transcription' }).getByRole('radio', { name: label });

test('a note made on the archive record appears on the web page, flagged where the web page reads otherwise', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(transcription(page, 'Archive record')).toBeChecked();
  await writeNote(page, PHRASE, 'Stalin consents: the Koreans may **move**.');
  await writeNote(page, 'Comr. Mao Zedong', 'The salutation.');

  await transcription(page, 'Web page').check();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await expect.poll(() => paintedPassages(page, 'projected')).toEqual(['Cde. Mao Zedong', PHRASE]);
  // Nothing was annotated on the web page itself.
  expect(await paintedPassages(page)).toEqual([]);

  const fromArchive = notesPanel(page).getByRole('region', { name: 'From the archive record' });
  const reunification = fromArchive.getByRole('listitem').filter({ hasText: 'Stalin consents' });
  await expect(reunification.locator('strong', { hasText: 'move' })).toBeVisible();
  await expect(reunification.getByRole('button', { name: PHRASE })).toBeVisible();
  await expect(reunification.getByText(/reads “/)).toHaveCount(0);
  const salutation = fromArchive.getByRole('listitem').filter({ hasText: 'The salutation.' });
  await expect(salutation.getByRole('button', { name: 'Cde. Mao Zedong' })).toBeVisible();
  await expect(salutation.getByText('The archive record reads “Comr. Mao Zedong”.')).toBeVisible();

  // A click on the underline in the text opens its card ("Mao Zedong" inside it is a proposed mention, the smaller target).
  await clickPhrase(page, 'Cde.');
  await expect(salutation).toHaveAttribute('aria-current', 'true');

  await reunification.getByRole('button', { name: 'Open on the archive record' }).click();
  await expect(transcription(page, 'Archive record')).toBeChecked();
  await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toEqual(['Comr. Mao Zedong', PHRASE]);

  // The notes live once, on the transcription they were made on.
  const stored = queryStore<{ quote: string; label: string }>(
    readingRoom.dataDir,
    "SELECT a.quote_exact AS quote, w.label AS label FROM annotations a JOIN witnesses w ON w.id = a.witness_id WHERE a.kind = 'passage' ORDER BY a.pos_start",
  );
  expect(stored).toEqual([
    { quote: 'Comr. Mao Zedong', label: 'Archive record' },
    { quote: PHRASE, label: 'Archive record' },
  ]);
});

test('a note on a passage only the archive record has is listed on the web page as not found', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await writeNote(page, 'VYSHINSKY', 'The sender signs.');
  await transcription(page, 'Web page').check();
  const notFound = notesPanel(page).getByRole('region', { name: 'Not found in this transcription' });
  await expect(notFound.getByRole('listitem').filter({ hasText: 'The sender signs.' })).toBeVisible();
  expect(await paintedPassages(page, 'projected')).toEqual([]);
});
