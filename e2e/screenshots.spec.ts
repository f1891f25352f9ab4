/**
 * Every picture in docs/screenshots, each in the light and the dark theme, taken from the current reading
 * room: the scene is made through the UI as a reader would make it, then the theme is switched with the
 * banner's Theme control. Only `CARREL_SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts` writes
 * them; otherwise these tests skip.
 */
import { userInfo } from 'node:os';
import type { Page } from '@playwright/test';
import { isAccountName } from '../core/annotation/account-names.js';
import { openCompare } from './compare.js';
import { expect, test } from './fixtures.js';
import { importMinutesPdf, importTeiLetter, infoPanel, library, libraryLink, MINUTES_TITLE, openInformation, TEI_LETTER_TITLE } from './library.js';
import { withPreparedStore } from './prepared-store.js';
import { clickPhrase, notesPanel, paintedPassages, selectWithMouse, writeNote } from './reader.js';
import { holdStill, messageGone, retakingScreenshots, screenshotBothThemes, screenshotForDocs } from './screenshots.js';
import { resultGroup, search, searchDialog, searchField } from './search.js';
import { openBackups, twoBackups } from './settings.js';

test.skip(!retakingScreenshots, 'only CARREL_SCREENSHOTS=1 retakes docs/screenshots');
test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await holdStill(page);
});

/**
 * Opens the reading room as a reader whose notes are signed with their name: where this machine's account
 * is a system one (root), the Notes panel asks for it first, and is answered.
 */
async function enter(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (!isAccountName(userInfo().username)) return;
  const prompt = notesPanel(page).getByRole('region', { name: 'Sign your notes' });
  await prompt.getByRole('textbox', { name: 'Your name' }).fill('Anna Keller');
  await prompt.getByRole('button', { name: 'Sign with this name' }).click();
  await expect(prompt).toBeHidden();
  await messageGone(page, /^Your notes will be signed/);
}

/** The open card in the Notes panel: the one with the note field. */
const openCard = (page: Page) => notesPanel(page).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Note', exact: true }) });

/** Gives the open card the colour named `colour` (a category: Key claim, Question, Evidence, Follow up). */
async function colourOpenCard(page: Page, colour: string): Promise<void> {
  const radio = openCard(page).getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: colour });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Highlights `passage` (select, H), then opens it from the text and gives it `colour`. */
async function highlight(page: Page, passage: string, colour: string): Promise<void> {
  await selectWithMouse(page, passage);
  await page.keyboard.press('h');
  await clickPhrase(page, passage.split(' ').slice(1, 3).join(' '));
  await expect(openCard(page).getByRole('button', { name: passage })).toBeVisible();
  await colourOpenCard(page, colour);
}

/**
 * The telegram's body with four passages annotated through the UI in four colours (notes in Markdown, a
 * tag), and the note on “move toward reunification” open in the Notes panel, its passage shown in the text.
 */
async function annotateTheTelegram(page: Page): Promise<void> {
  await writeNote(page, 'in light of the changed international situation', 'Which change? The Soviet bomb, the new People’s Republic, Acheson’s speech?');
  await colourOpenCard(page, 'Question');
  await highlight(page, 'the question should be decided finally by the Chinese and Korean comrades together', 'Evidence');
  await highlight(page, 'the decision on the question should be postponed until a new discussion', 'Follow up');
  await writeNote(page, 'move toward reunification', 'Stalin consents, as **Filippov**, but leaves the last word to Beijing.');
  // A new note takes the colour last chosen.
  await colourOpenCard(page, 'Key claim');
  const tag = openCard(page).getByRole('combobox', { name: 'Add tag' });
  await tag.fill('consent');
  await tag.press('Enter');
  await expect(openCard(page).getByRole('button', { name: 'Remove tag consent' })).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toHaveLength(4);
  await page.keyboard.press('Escape');
  await clickPhrase(page, 'reunification');
  await expect(openCard(page).getByRole('button', { name: 'move toward reunification' })).toBeVisible();
  await messageGone(page, 'Highlighted.');
}

test('reader: the telegram with notes in four colours, one open', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await annotateTheTelegram(page);
  await screenshotBothThemes(page, 'reader');
});

test('people: the People tab with a person’s tagged passages and others’ proposed mentions', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await page.getByRole('tab', { name: /^People/ }).click();
  const people = page.getByRole('region', { name: 'People', exact: true });
  await people
    .getByRole('group', { name: 'Proposed mentions of Andrey Vyshinsky' })
    .getByRole('button', { name: /^Accept all/ })
    .click();
  await expect(people.getByRole('button', { name: "Show only Andrey Vyshinsky's passages" })).toBeVisible();
  await messageGone(page, /^Accepted/);
  await screenshotBothThemes(page, 'people');
});

test('compare: the two transcriptions side by side with the apparatus', async ({ page, readingRoom }) => {
  await openCompare(page, readingRoom.url);
  await screenshotBothThemes(page, 'compare');
});

test('projection: notes from the archive record on the web page, one flagged', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await writeNote(page, 'move toward reunification', 'Stalin consents: the Koreans may **move**.');
  await writeNote(page, 'Comr. Mao Zedong', 'The salutation.');
  await page.getByRole('radio', { name: 'Web page' }).check();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await expect.poll(() => paintedPassages(page, 'projected')).toEqual(['Cde. Mao Zedong', 'move toward reunification']);
  await clickPhrase(page, 'Cde.');
  const salutation = notesPanel(page).getByRole('region', { name: 'From the archive record' }).getByRole('listitem').filter({ hasText: 'The salutation.' });
  await expect(salutation).toHaveAttribute('aria-current', 'true');
  await screenshotBothThemes(page, 'projection');
});

test('search: text, notes and people for “molotov”', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await writeNote(page, 'Comr. Molotov', 'Molotov still gets a copy, though no longer foreign minister since March 1949.');
  await page.keyboard.press('Escape');
  await screenshotBothThemes(page, 'search', {
    show: async () => {
      await search(page, 'molotov');
      await expect(resultGroup(page, 'People').getByRole('option')).toBeVisible();
      await expect(resultGroup(page, 'Notes').getByRole('option')).toBeVisible();
      await searchField(page).press('ArrowDown');
    },
    hide: async () => {
      await page.keyboard.press('Escape');
      await expect(searchDialog(page)).toBeHidden();
    },
  });
});

test('find: the matches of “comr” in the archive record, the second one current', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in this transcription' });
  await expect(find.getByRole('searchbox', { name: 'Find in this transcription' })).toBeFocused();
  await page.keyboard.type('comr');
  await expect(find.getByRole('status')).toHaveText('Match 1 of 10');
  await find.getByRole('button', { name: 'Next match' }).click();
  await expect(find.getByRole('status')).toHaveText('Match 2 of 10');
  await screenshotBothThemes(page, 'find');
});

test('reader at 1024×700: the same notes in a small window, the text scrolled to the body', async ({ page, readingRoom }) => {
  // Signed in the wide window, where the Notes panel asks; the small one keeps it in a drawer.
  await enter(page, readingRoom.url);
  await page.setViewportSize({ width: 1024, height: 700 });
  await annotateTheTelegram(page);
  // In a window this narrow the Notes panel is a drawer beside the text, open at the card: the text is
  // scrolled up to the salutation, so that the picture shows the whole body and its colours.
  await page
    .getByRole('article')
    .getByText('Comr. Mao Zedong!')
    .evaluate((salutation) => salutation.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(page.getByRole('article').getByText('Comr. Mao Zedong!')).toBeInViewport();
  await screenshotBothThemes(page, 'reader-small');
});

test('forced colours at 1024×700: the notes in the text and their cards, told apart without colour', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await annotateTheTelegram(page);
  await page
    .getByRole('article')
    .getByText('Comr. Mao Zedong!')
    .evaluate((salutation) => salutation.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.move(0, 699);
  await screenshotForDocs(page, 'reader-forced-colours');
  await openCard(page).scrollIntoViewIfNeeded();
  await screenshotForDocs(page, 'notes-forced-colours');
});

test('forced colours at 1024×700: the comparison, its three kinds of difference by their lines', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await openCompare(page, readingRoom.url);
  await page.mouse.move(0, 699);
  await screenshotForDocs(page, 'compare-forced-colours');
});

/** Puts the open document in the collection `name` from its Information panel, making it the first time. */
async function collect(page: Page, name: string): Promise<void> {
  await openInformation(page);
  const collections = infoPanel(page).getByRole('region', { name: 'Collections' });
  const box = collections.getByRole('checkbox', { name });
  if ((await box.count()) === 0) {
    await collections.getByRole('textbox', { name: /new collection/i }).fill(name);
    await collections.getByRole('button', { name: 'Create' }).click();
  } else {
    await box.check();
  }
  await expect(box).toBeChecked();
}

test('library: the collection “Korean War cables”, the TEI letter open with its information', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await expect(page.getByRole('article')).toBeVisible();
  await collect(page, 'Korean War cables');
  await importMinutesPdf(page);
  await collect(page, 'Korean War cables');
  await importTeiLetter(page);
  await collect(page, 'Korean War cables');
  await library(page).getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'Korean War cables' });
  await library(page).getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Date' });
  await expect(libraryLink(page, TEI_LETTER_TITLE)).toHaveAttribute('aria-current', 'page');
  await expect(libraryLink(page, MINUTES_TITLE)).toBeVisible();
  // The panel as a reader scrolls it to the letter's archival identity, its citation and its collections.
  await infoPanel(page)
    .locator('.info-field', { hasText: 'Archival collection' })
    .evaluate((field) => field.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.move(0, 899);
  await screenshotBothThemes(page, 'library');
});

test('pdf: an imported PDF open at the start of its second page', async ({ page, readingRoom }) => {
  await enter(page, readingRoom.url);
  await importMinutesPdf(page);
  const separator = page.getByRole('article').getByRole('separator', { name: 'Page 2' });
  await expect(separator).toBeVisible();
  await writeNote(page, 'Filippov is the code-name Stalin used', 'The gloss the archive record makes: [Stalin].');
  await page.keyboard.press('Escape');
  await messageGone(page, 'Saved');
  await screenshotBothThemes(page, 'pdf');
});

for (const [name, viewport] of [
  ['settings-backups', { width: 1440, height: 900 }],
  ['settings-backups-small', { width: 1024, height: 700 }],
] as const) {
  test(`${name}: Settings scrolled to the library’s two backups at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await withPreparedStore(twoBackups, async (url) => {
      await page.goto(url);
      await expect(page.getByRole('article')).toBeVisible();
      await screenshotBothThemes(page, name, {
        show: async () => {
          const backups = await openBackups(page);
          await backups.getByRole('listitem').last().scrollIntoViewIfNeeded();
        },
        hide: async () => {
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
        },
      });
    });
  });
}
