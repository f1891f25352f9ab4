import { flashedWords } from './flashes.js';
import { expect, test } from './fixtures.js';
import { writeNote } from './reader.js';
import { resultGroup, search, searchDialog, searchField } from './search.js';

test('“reunification” finds the passage in both transcriptions and a note that mentions it', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await writeNote(page, 'Korean comrades', 'Kim pressed for reunification by force.');

  await search(page, 'reunification');
  const text = resultGroup(page, 'Text');
  await expect(text.getByRole('option').filter({ hasText: 'Archive record' }).first()).toContainText('move toward reunification');
  await expect(text.getByRole('option').filter({ hasText: 'Web page' }).first()).toContainText('move toward reunification');
  await expect(text.locator('mark', { hasText: /^reunification$/ }).first()).toBeVisible();
  const notes = resultGroup(page, 'Notes');
  await expect(notes.getByRole('option')).toHaveCount(1);
  await expect(notes.getByRole('option')).toContainText('Kim pressed for reunification by force.');
  await expect(notes.getByRole('option')).toContainText('On “Korean comrades”');
});

test('“Filippov” finds Stalin under People, and choosing him opens him in the People panel', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('radio', { name: 'Web page' }).check();
  await search(page, 'Filippov');
  const person = resultGroup(page, 'People').getByRole('option');
  await expect(person).toHaveCount(1);
  await expect(person).toContainText('Joseph Stalin');
  await expect(person.locator('mark')).toHaveText('Filippov');

  await person.click();
  await expect(searchDialog(page)).toBeHidden();
  await expect(page.getByRole('tab', { name: /People/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Joseph Stalin', exact: true, level: 4 })).toBeFocused();
  // Shown in the transcription the reader was on.
  await expect(page.getByRole('radio', { name: 'Web page' })).toBeChecked();
});

test('Enter on a text hit in the other transcription opens it and shows the words there', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('radio', { name: 'Archive record' })).toBeChecked();
  await search(page, '"move toward reunification"');
  const options = searchDialog(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  // Down the list to the web page's hit, the way a keyboard reader goes.
  const labels = await options.allInnerTexts();
  const webPage = labels.findIndex((label) => label.includes('Web page'));
  expect(webPage).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < webPage; i++) await searchField(page).press('ArrowDown');
  await expect(options.nth(webPage)).toHaveAttribute('aria-selected', 'true');
  await expect(searchField(page)).toHaveAttribute('aria-activedescendant', (await options.nth(webPage).getAttribute('id')) ?? '');
  await searchField(page).press('Enter');

  await expect(searchDialog(page)).toBeHidden();
  await expect(page.getByRole('radio', { name: 'Web page' })).toBeChecked();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await expect.poll(() => flashedWords(page, 'carrel-flash')).toEqual([['move toward reunification']]);
});

test('choosing a note made on the other transcription opens it there and shows its passage', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('radio', { name: 'Web page' }).check();
  // The archive record stays on screen until the web page's text is in: select in the web page's.
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await writeNote(page, 'Korean comrades', 'Who spoke for Pyongyang?');
  await page.getByRole('radio', { name: 'Archive record' }).check();
  await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();

  await search(page, 'pyongyang');
  const note = resultGroup(page, 'Notes').getByRole('option');
  await expect(note).toContainText('Web page');
  await searchField(page).press('Enter');

  await expect(page.getByRole('radio', { name: 'Web page' })).toBeChecked();
  await expect.poll(() => flashedWords(page, 'carrel-flash')).toEqual([['Korean comrades']]);
});

test('queries that are only syntax, empty or far too long get a message, never an error', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(searchField(page)).toBeFocused();
  const status = searchDialog(page).getByRole('status');
  await expect(status).toHaveText('Type a word to search.');

  for (const [query, message] of [
    ['"', 'Type a word to search.'],
    ['*', 'Type a word to search.'],
    ['NEAR(', 'Nothing matches “NEAR(”.'],
    ['   ', 'Type a word to search.'],
  ] as const) {
    await searchField(page).fill(query);
    await expect(status).toHaveText(message);
    await expect(searchDialog(page).getByRole('option')).toHaveCount(0);
  }

  await searchField(page).fill('reunification '.repeat(715).slice(0, 10_000));
  await expect(searchDialog(page).getByRole('alert')).toHaveText(/Search for at most 1,000 characters\.$/);
  await expect(searchDialog(page).getByRole('option')).toHaveCount(0);

  // And it recovers as soon as the query is one again.
  await searchField(page).fill('Filippov');
  await expect(resultGroup(page, 'People').getByRole('option')).toContainText('Joseph Stalin');
  await expect(searchDialog(page).getByRole('alert')).toHaveCount(0);
});
