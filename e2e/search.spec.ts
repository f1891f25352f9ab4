import { flashedWords } from './flashes.js';
import { expect, test } from './fixtures.js';
import { writeNote } from './reader.js';
import { markWithArrows, resultGroup, search, searchDialog, searchField, zoneGroup } from './search.js';
import { atEveryWindowSize } from './window-sizes.js';

test('“reunification” finds the passage in both transcriptions and a note that mentions it', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await writeNote(page, 'Korean comrades', 'Kim pressed for reunification by force.');

  await search(page, 'reunification');
  await expect(zoneGroup(page, 'Archive record', 'In the text').getByRole('option').first()).toContainText('move toward reunification');
  await expect(zoneGroup(page, 'Web page', 'In the text').getByRole('option').first()).toContainText('move toward reunification');
  await expect(zoneGroup(page, 'Archive record', 'In the text').locator('mark', { hasText: /^reunification$/ }).first()).toBeVisible();
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
  // Down the list to the web page's hit, the way a keyboard reader goes.
  await markWithArrows(page, zoneGroup(page, 'Web page', 'In the text').getByRole('option').first());
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

atEveryWindowSize(() => {
  test('Ctrl+K “Stalin” lists the telegram’s own words under the document and transcription, the archive’s description apart, every count exact', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await search(page, 'Stalin');
    await expect(searchDialog(page).getByRole('status')).toHaveText('11 matches in 2 transcriptions · 0 notes · 0 tags · 1 person.');
    const document = searchDialog(page).getByRole('group', { name: /^Cable from Vyshinsky to Mao Zedong, Relaying Stalin.* · 11 matches$/u });
    await expect(document).toBeVisible();
    await expect(document.getByRole('group', { name: 'Archive record · 6 matches' })).toBeVisible();
    await expect(document.getByRole('group', { name: 'Web page · 5 matches' })).toBeAttached();

    // The telegram's own words first, where the audit found none.
    const inText = zoneGroup(page, 'Archive record', 'In the text');
    await expect(inText).toHaveAccessibleName('In the text · 2 matches');
    await expect(inText.getByRole('option')).toHaveCount(2);
    await expect(inText.getByRole('option').first()).toContainText('Filippov [Stalin] and his friends');
    await expect(inText.getByRole('option').nth(1)).toContainText('Comr. Stalin');
    await expect(inText.locator('mark')).toHaveText(['Stalin', 'Stalin']);
    // The title, the citation and the summary apart, after it.
    const inRecord = zoneGroup(page, 'Archive record', 'In the archive’s description');
    await expect(inRecord).toHaveAccessibleName('In the archive’s description · 4 matches');
    await expect(inRecord.getByRole('option')).toHaveCount(4);
    await expect(inRecord.getByRole('option').first()).toContainText('Relaying Stalin');
    await expect(zoneGroup(page, 'Web page', 'In the text')).toHaveAccessibleName('In the text · 3 matches');
    await expect(searchDialog(page).getByRole('option', { name: /^Show all/u })).toHaveCount(0);
    await expect(resultGroup(page, 'People')).toHaveAccessibleName('People · 1');

    // Enter on the first hit still shows the word in the telegram.
    await searchField(page).press('Enter');
    await expect(searchDialog(page)).toBeHidden();
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeFocused();
    await expect.poll(() => flashedWords(page, 'carrel-flash')).toEqual([['Stalin']]);
  });

  test('“the” shows its true total, and Show all lists every one of a transcription’s', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await search(page, 'the');
    await expect(searchDialog(page).getByRole('status')).toHaveText('46 matches in 2 transcriptions · 0 notes · 0 tags · 0 people.');
    const archiveText = zoneGroup(page, 'Archive record', 'In the text');
    await expect(archiveText).toHaveAccessibleName('In the text · 14 matches');
    // The first five, then the line that lists the rest.
    await expect(archiveText.getByRole('option')).toHaveCount(6);
    const showAll = archiveText.getByRole('option', { name: 'Show all 14' });
    await expect(showAll).toBeVisible();

    await markWithArrows(page, showAll);
    await searchField(page).press('Enter');
    await expect(archiveText.getByRole('option')).toHaveCount(14);
    await expect(archiveText.getByRole('option', { name: /^Show all/u })).toHaveCount(0);
    await expect(archiveText.getByRole('option').filter({ has: page.locator('mark', { hasText: /^the$/iu }) })).toHaveCount(14);
    // The sixth hit takes the place of the line that was marked; the field still holds the focus.
    await expect(archiveText.getByRole('option').nth(5)).toHaveAttribute('aria-selected', 'true');
    await expect(searchField(page)).toBeFocused();

    // And by the mouse, in the other transcription.
    const webText = zoneGroup(page, 'Web page', 'In the text');
    await webText.getByRole('option', { name: 'Show all 14' }).click();
    await expect(webText.getByRole('option')).toHaveCount(14);
    await expect(searchField(page)).toBeFocused();
  });
});
