/**
 * Stories of a reader on the keyboard alone: wherever they go (a note written, people tagged, a search
 * result, a card's quote, Compare and back, Find, F6), the focus and the caret land where they are looking.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { caretPlace, notesPanel, roomTakenOver, selectWithKeyboard, tagByKeyboard } from './reader.js';
import { markWithArrows, search, searchDialog, searchField, zoneGroup } from './search.js';
import { atEveryWindowSize } from './window-sizes.js';

const noteField = (page: Page) => notesPanel(page).getByRole('textbox', { name: 'Note', exact: true });

/** Selects `passage` with the keyboard, presses A and types `note`; waits until it is saved. */
async function writeNoteByKeyboard(page: Page, passage: string, note: string): Promise<void> {
  await selectWithKeyboard(page, passage);
  await page.keyboard.press('a');
  await expect(noteField(page)).toBeFocused();
  await page.keyboard.type(note);
  await expect(notesPanel(page).getByText('Saved', { exact: true })).toBeVisible();
}

/** Waits until the text has the focus with the caret (nothing selected) right after `passage`. */
async function expectCaretAfter(page: Page, passage: string): Promise<void> {
  await expect(page.getByRole('article')).toBeFocused();
  await expect.poll(() => caretPlace(page)).toMatchObject({ selected: '', textFocused: true, before: expect.stringMatching(new RegExp(`${passage}$`, 'u')) });
}

atEveryWindowSize(() => {
  test.beforeEach(async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
  });

  test('Escape from a note just written puts the caret right after its passage, and the arrows go on from there', async ({ page }) => {
    await writeNoteByKeyboard(page, 'Korean comrades', 'Who were they?');
    await page.keyboard.press('Escape');
    await expectCaretAfter(page, 'Korean comrades');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await expect.poll(async () => (await caretPlace(page)).selected.trim()).toBe('Filippov');
  });

  test('Done under a note does the same as Escape', async ({ page }) => {
    await writeNoteByKeyboard(page, 'the changed international situation', 'Which change?');
    const done = notesPanel(page).getByRole('button', { name: 'Done' });
    await done.focus();
    await page.keyboard.press('Enter');
    await expectCaretAfter(page, 'the changed international situation');
    await expect(noteField(page)).toBeHidden();
  });

  test('after tagging a passage with P the caret is right after it', async ({ page }) => {
    await tagByKeyboard(page, 'Chinese comrades', 'Mao');
    await expectCaretAfter(page, 'Chinese comrades');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await expect.poll(async () => (await caretPlace(page)).selected.trim()).toBe('the');
  });

  test('Enter on a card’s quote moves the focus into the text, the caret at its passage', async ({ page }) => {
    await writeNoteByKeyboard(page, 'a qualification was made', 'The condition.');
    await page.keyboard.press('Escape');
    // Away from the passage first: the caret at the start of the text.
    await page.keyboard.press('Control+Home');
    await expect.poll(async () => (await caretPlace(page)).before).toBe('');
    const quote = notesPanel(page).getByRole('button', { name: 'a qualification was made' });
    await quote.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article')).toBeFocused();
    await expect.poll(() => caretPlace(page)).toMatchObject({ textFocused: true, after: expect.stringMatching(/^a qualification was made/u) });
  });

  test('Enter on a search hit in the other transcription opens it, says so, and puts the focus on the words found', async ({ page }) => {
    await search(page, '"move toward reunification"');
    await markWithArrows(page, zoneGroup(page, 'Web page', 'In the text').getByRole('option').first());
    await searchField(page).press('Enter');

    await expect(searchDialog(page)).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Web page' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: 'Web page transcription' })).toBeVisible();
    const article = page.getByRole('article', { name: 'Web page transcription' });
    await expect(article).toBeFocused();
    await expect.poll(async () => (await caretPlace(page)).selected).toBe('move toward reunification');
  });

  test('Back to reading returns the focus to the Compare button', async ({ page }) => {
    await page.getByRole('radio', { name: 'Archive record' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Back to reading' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare' })).toBeFocused();
  });

  test('Find scrolls to its first match as the reader types', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    const telegraph = page.getByRole('article').getByText(/Telegraph the fulfillment/);
    await expect(telegraph).not.toBeInViewport();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('telegraph the', { delay: 30 });
    await expect(page.getByRole('search', { name: 'Find in this transcription' }).getByRole('status')).toHaveText('Match 1 of 1');
    await expect(telegraph).toBeInViewport();
  });

  test('F6 and Shift+F6 go round the library, the text and the side panel, each by its landmark', async ({ page }) => {
    const library = page.getByRole('navigation', { name: 'Library' });
    const article = page.getByRole('article', { name: 'Archive record transcription' });
    const notes = page.getByRole('complementary', { name: 'Beside the text' }).getByRole('region', { name: 'Notes', exact: true });
    // In a wide window the reader goes to the Notes panel once it is there to see (its code comes after
    // the text's); in a small one F6 opens its drawer.
    if (!(await page.getByRole('button', { name: 'Side panel', exact: true }).isVisible())) await expect(notes).toBeVisible();
    await page.keyboard.press('F6');
    await expect(library).toBeFocused();
    await page.keyboard.press('F6');
    await expect(article).toBeFocused();
    await page.keyboard.press('F6');
    await expect(notes).toBeFocused();
    await page.keyboard.press('F6');
    await expect(library).toBeFocused();
    await page.keyboard.press('Shift+F6');
    await expect(notes).toBeFocused();
    await page.keyboard.press('Shift+F6');
    await expect(article).toBeFocused();
  });

  test('Skip to text, the first stop of Tab, takes the focus to the transcription and leaves the address as it was', async ({ page }) => {
    // The room's link, not the host's: before the room's code runs, the link would move the address to the text.
    await roomTakenOver(page);
    const address = page.url();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to text' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeFocused();
    expect(page.url()).toBe(address);
  });
});
