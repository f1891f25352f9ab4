/**
 * The library as a reader uses it: collections of documents, the list filtered and sorted, a document's
 * information corrected (the citation following), and a document deleted after a question and brought
 * back by Undo and by Ctrl/Cmd+Z.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import {
  importMinutesPdf,
  importTeiLetter,
  infoPanel,
  library,
  libraryLink,
  listedTitles,
  MINUTES_TITLE,
  openInformation,
  TEI_LETTER_TITLE,
} from './library.js';
import { importWitnessFile } from '../db/import-witness.js';
import { withPreparedStore } from './prepared-store.js';
import { notesPanel, paintedPassages, queryStore, roomTakenOver, writeNote } from './reader.js';

const TELEGRAM_TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";
const COLLECTION = 'Seminar reading';

/** The Collections part of the open document's Information panel. */
const collectionsOf = (page: Page) => infoPanel(page).getByRole('region', { name: 'Collections' });

/** Puts the open document in a new collection named `name`, from its Information panel. */
async function putInNewCollection(page: Page, name: string): Promise<void> {
  await openInformation(page);
  await collectionsOf(page).getByRole('textbox', { name: /new collection/i }).fill(name);
  await collectionsOf(page).getByRole('button', { name: 'Create' }).click();
  await expect(collectionsOf(page).getByRole('checkbox', { name })).toBeChecked();
}

test('a reader gathers two imported documents in a collection, shows it, filters and sorts the library', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await importTeiLetter(page);
  await putInNewCollection(page, COLLECTION);
  await importMinutesPdf(page);
  await openInformation(page);
  await collectionsOf(page).getByRole('checkbox', { name: COLLECTION }).check();
  await expect(collectionsOf(page).getByRole('checkbox', { name: COLLECTION })).toBeChecked();

  // Each document says what it is: its date, its kind, its transcriptions and notes.
  await expect(libraryLink(page, TEI_LETTER_TITLE)).toContainText('TEI XML');
  await expect(libraryLink(page, MINUTES_TITLE)).toContainText(/PDF.*1 transcription.*no notes/u);
  await expect(libraryLink(page, TELEGRAM_TITLE)).toContainText(/May 14, 1950.*Archive record.*2 transcriptions/u);
  await expect(libraryLink(page, MINUTES_TITLE)).toHaveAttribute('aria-current', 'page');

  // One collection: the telegram is not in it.
  await library(page).getByRole('combobox', { name: 'Collection' }).selectOption({ label: COLLECTION });
  await expect(listedTitles(page)).toHaveCount(2);
  await expect(libraryLink(page, TELEGRAM_TITLE)).toHaveCount(0);
  await library(page).getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'All documents' });
  await expect(listedTitles(page)).toHaveCount(3);

  // Sorted by title, by date (oldest first, undated last) and by when they came in (newest first).
  const sortBy = library(page).getByRole('combobox', { name: 'Sort by' });
  await sortBy.selectOption({ label: 'Title' });
  await expect(listedTitles(page)).toHaveText([TELEGRAM_TITLE, TEI_LETTER_TITLE, MINUTES_TITLE]);
  await sortBy.selectOption({ label: 'Date' });
  await expect(listedTitles(page)).toHaveText([TEI_LETTER_TITLE, TELEGRAM_TITLE, MINUTES_TITLE]);
  await sortBy.selectOption({ label: 'Recently added' });
  await expect(listedTitles(page)).toHaveText([MINUTES_TITLE, TEI_LETTER_TITLE, TELEGRAM_TITLE]);

  // Filtered by title or author, then, from the keyboard, down into the list and on to a document.
  const filter = library(page).getByRole('searchbox', { name: 'Filter by title or author' });
  await filter.fill('korea');
  await expect(listedTitles(page)).toHaveText([MINUTES_TITLE, TELEGRAM_TITLE]);
  await filter.fill('ANNA keller');
  await expect(listedTitles(page)).toHaveText([TEI_LETTER_TITLE]);
  await filter.fill('korea seminar');
  await expect(listedTitles(page)).toHaveText([MINUTES_TITLE]);
  await filter.fill('kazan');
  await expect(library(page)).toContainText('No document matches “kazan”.');
  await filter.fill('');
  await filter.press('ArrowDown');
  await expect(libraryLink(page, MINUTES_TITLE)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(libraryLink(page, TEI_LETTER_TITLE)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEI_LETTER_TITLE);
  await expect(libraryLink(page, TEI_LETTER_TITLE)).toHaveAttribute('aria-current', 'page');

  const members = queryStore<{ title: string }>(
    readingRoom.dataDir,
    `SELECT d.title FROM collection_documents m JOIN documents d ON d.id = m.document_id JOIN collections c ON c.id = m.collection_id
     WHERE c.name = ? ORDER BY m.position`,
    COLLECTION,
  );
  expect(members.map((member) => member.title)).toEqual([TEI_LETTER_TITLE, MINUTES_TITLE]);
});

test('collections are renamed and deleted in their sheet, and their documents stay', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TELEGRAM_TITLE);
  await putInNewCollection(page, 'Box 12');
  await library(page).getByRole('button', { name: 'Edit collections' }).click();
  const sheet = page.getByRole('dialog', { name: 'Collections' });
  await sheet.getByRole('button', { name: 'Rename Box 12' }).click();
  await sheet.getByRole('textbox', { name: 'New name for Box 12' }).fill('Korean War cables');
  await sheet.getByRole('button', { name: 'Save' }).click();
  await expect(sheet.getByRole('listitem')).toHaveText([/Korean War cables\s*1 document/u]);
  await expect(collectionsOf(page).getByRole('checkbox', { name: 'Korean War cables' })).toBeChecked();

  await sheet.getByRole('textbox', { name: 'New collection' }).fill('korean war CABLES');
  await sheet.getByRole('button', { name: 'Create' }).click();
  await expect(sheet.getByRole('alert')).toHaveText('There is already a collection called “Korean War cables”.');

  await sheet.getByRole('button', { name: 'Delete Korean War cables' }).click();
  await expect(sheet.getByRole('group', { name: 'Delete Korean War cables?' })).toContainText('Its 1 document stay in the library.');
  await sheet.getByRole('button', { name: 'Delete collection' }).click();
  await expect(sheet.getByText(/No collections yet/u)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(listedTitles(page)).toHaveText([TELEGRAM_TITLE]);
  expect(queryStore(readingRoom.dataDir, 'SELECT * FROM collections')).toEqual([]);
});

test('correcting a document’s information changes its title everywhere and its citation, and Ctrl+Z takes it back', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await openInformation(page);
  const citation = infoPanel(page).getByRole('region', { name: 'Citation' });
  await expect(citation).toContainText(`“${TELEGRAM_TITLE},” May 14, 1950`);

  await infoPanel(page).getByRole('button', { name: 'Edit information' }).click();
  const form = infoPanel(page).getByRole('form', { name: 'Edit information' });
  await expect(form.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Title' }).fill('Stalin consents to the Korean plan');
  await form.getByRole('textbox', { name: 'Date' }).fill('15 May 1950');
  await form.getByRole('textbox', { name: 'Item number' }).fill('APRF 45/1/334');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form).toBeHidden();
  await expect(infoPanel(page).getByRole('button', { name: 'Edit information' })).toBeFocused();
  await expect(citation).toContainText('“Stalin consents to the Korean plan,” May 15, 1950, APRF 45/1/334, History and Public Policy Program Digital Archive');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stalin consents to the Korean plan');
  await expect(libraryLink(page, 'Stalin consents to the Korean plan')).toContainText('15 May 1950');
  expect(queryStore<{ title: string }>(readingRoom.dataDir, 'SELECT title FROM documents')).toEqual([{ title: 'Stalin consents to the Korean plan' }]);

  // Undo from the text, as any change.
  await page.getByRole('article').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid: information of “Stalin consents to the Korean plan” edited' })).toBeVisible();
  await expect(citation).toContainText(`“${TELEGRAM_TITLE},” May 14, 1950`);
  await expect(libraryLink(page, TELEGRAM_TITLE)).toBeVisible();
  expect(queryStore(readingRoom.dataDir, 'SELECT * FROM document_edits')).toEqual([]);
});

test('deleting a document asks first, saying what goes, and Undo and Ctrl+Z bring it back with its notes', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await importTeiLetter(page);
  await libraryLink(page, TELEGRAM_TITLE).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TELEGRAM_TITLE);
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  await page.keyboard.press('Escape');

  await openInformation(page);
  await infoPanel(page).getByRole('button', { name: 'Delete document…' }).click();
  const question = page.getByRole('dialog', { name: 'Delete this document?' });
  await expect(question).toContainText(`“${TELEGRAM_TITLE}” and its 1 note and 2 transcriptions will be deleted from the library.`);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  expect(queryStore(readingRoom.dataDir, 'SELECT id FROM documents')).toHaveLength(2);

  await infoPanel(page).getByRole('button', { name: 'Delete document…' }).click();
  await question.getByRole('button', { name: 'Delete', exact: true }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted “' });
  await expect(toast).toContainText(`Deleted “${TELEGRAM_TITLE}” and its 1 note and 2 transcriptions.`);
  // The room goes on to the next document.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEI_LETTER_TITLE);
  await expect(listedTitles(page)).toHaveText([TEI_LETTER_TITLE]);
  expect(queryStore(readingRoom.dataDir, 'SELECT count(*) AS n FROM annotations')).toEqual([{ n: 0 }]);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back in the library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TELEGRAM_TITLE);
  await expect.poll(() => paintedPassages(page)).toEqual(['move toward reunification']);
  await expect(libraryLink(page, TELEGRAM_TITLE)).toContainText('1 note');

  // Deleted again, and brought back from the keyboard.
  await openInformation(page);
  await infoPanel(page).getByRole('button', { name: 'Delete document…' }).click();
  await question.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(toast.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(listedTitles(page)).toHaveText([TEI_LETTER_TITLE]);
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TELEGRAM_TITLE);
  await expect(listedTitles(page)).toHaveCount(2);
  await page.getByRole('tab', { name: /^Notes/u }).click();
  await expect(notesPanel(page).getByText('Stalin consents.')).toBeVisible();

  // Once more, the message dismissed: Ctrl+Z in the next document's text undoes it as any change.
  await openInformation(page);
  await infoPanel(page).getByRole('button', { name: 'Delete document…' }).click();
  await question.getByRole('button', { name: 'Delete', exact: true }).click();
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
  await expect(page.getByRole('article', { name: /transcription$/u })).toContainText('Doctor Lenz');
  await page.getByRole('article').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TELEGRAM_TITLE);
  await expect(listedTitles(page)).toHaveCount(2);
  expect(queryStore(readingRoom.dataDir, 'SELECT count(*) AS n FROM witnesses')).toEqual([{ n: 3 }]);
  expect(queryStore(readingRoom.dataDir, 'SELECT count(*) AS n FROM trashed_witnesses')).toEqual([{ n: 0 }]);
});

test('a library of hundreds of documents lists them all: scrolled to its end, or from the keyboard with End and Home, and filtered', async ({ page }) => {
  const LETTERS = 400;
  const letter = (n: number) => `Letter ${String(n).padStart(3, '0')} from the consulate`;
  await withPreparedStore(
    (app) => {
      for (let n = 1; n <= LETTERS; n++) importWitnessFile(app.store, `${letter(n)}.txt`, new TextEncoder().encode(`The consul reports on the harbour, week ${n}.`));
    },
    async (url) => {
      await page.goto(url);
      await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
      await expect(libraryLink(page, letter(1))).toBeVisible();

      // Scrolled down, the panel reaches the last letter.
      const last = libraryLink(page, letter(LETTERS));
      await expect(async () => {
        await library(page).evaluate((panel) => panel.scrollTo({ top: panel.scrollHeight }));
        await expect(last).toBeInViewport({ timeout: 500 });
      }).toPass();

      // From the top again, by the keyboard: End goes to the very last document, Home back to the first (the telegram).
      await page.reload();
      await expect(libraryLink(page, letter(1))).toBeVisible();
      await roomTakenOver(page);
      await library(page).getByRole('searchbox', { name: 'Filter by title or author' }).press('ArrowDown');
      await expect(libraryLink(page, TELEGRAM_TITLE)).toBeFocused();
      await page.keyboard.press('End');
      await expect(last).toBeFocused();
      await expect(last).toBeInViewport();
      await page.keyboard.press('ArrowUp');
      await expect(libraryLink(page, letter(LETTERS - 1))).toBeFocused();
      await page.keyboard.press('Home');
      await expect(libraryLink(page, TELEGRAM_TITLE)).toBeFocused();

      // The filter finds a letter far down the list, which was never listed, and says how many of all it shows.
      const filter = library(page).getByRole('searchbox', { name: 'Filter by title or author' });
      await page.reload();
      await expect(listedTitles(page)).toHaveCount(150);
      await roomTakenOver(page);
      await filter.fill('letter 387');
      await expect(listedTitles(page)).toHaveText([letter(387)]);
      await expect(library(page).getByText(`1 document shown of ${LETTERS + 1}.`)).toBeAttached();
      await filter.press('ArrowDown');
      await expect(libraryLink(page, letter(387))).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(letter(387));
    },
  );
});
