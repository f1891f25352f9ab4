import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { paintedPassages, queryStore, selectWithKeyboard, selectWithMouse, writeStore } from './reader.js';

const PHRASE = 'move toward reunification';

interface StoredAnnotation {
  quote_exact: string;
  note: string;
  category: string;
}

const storedAnnotations = (dataDir: string): StoredAnnotation[] =>
  queryStore<StoredAnnotation>(dataDir, "SELECT quote_exact, note, category FROM annotations WHERE kind = 'passage' ORDER BY pos_start");

const notesPanel = (page: Page) => page.getByRole('region', { name: 'Notes', exact: true });

/** Types a note into the open card's field and waits until the store has it. */
async function typeNote(page: Page, text: string): Promise<void> {
  const field = notesPanel(page).getByRole('textbox', { name: 'Note', exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await expect(notesPanel(page).getByText('Saved', { exact: true })).toBeVisible();
}

test('a note made with the mouse on “move toward reunification” is there after a reload', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, PHRASE);
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' }).getByRole('button', { name: 'Note' })).toBeVisible();
  await page.keyboard.press('a');
  await typeNote(page, 'Stalin consents, through **Filippov**.');

  await page.reload();
  await expect.poll(() => paintedPassages(page)).toEqual([PHRASE]);
  const card = notesPanel(page).getByRole('listitem').filter({ hasText: PHRASE });
  await expect(card.locator('strong', { hasText: 'Filippov' })).toBeVisible();
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([{ quote_exact: PHRASE, note: 'Stalin consents, through **Filippov**.', category: 'key-claim' }]);
});

test('the same with the keyboard alone: caret, Shift+arrows, A, a note', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithKeyboard(page, PHRASE);

  await page.keyboard.press('a');
  await typeNote(page, 'Made without a mouse.');
  await page.reload();
  await expect.poll(() => paintedPassages(page)).toEqual([PHRASE]);
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([{ quote_exact: PHRASE, note: 'Made without a mouse.', category: 'key-claim' }]);
});

test('overlapping passages, a colour change, a tag and the filters', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, PHRASE);
  await page.keyboard.press('h');
  await selectWithMouse(page, 'the proposal of the Koreans to move toward');
  await page.keyboard.press('a');
  await typeNote(page, 'Whose proposal?');
  await expect.poll(() => paintedPassages(page)).toEqual(['move toward reunification', 'the proposal of the Koreans to move toward']);

  const card = notesPanel(page).getByRole('listitem').filter({ hasText: 'Whose proposal?' });
  await card.getByRole('radiogroup', { name: 'Colour' }).getByRole('radio', { name: 'Question' }).check();
  const tag = card.getByRole('combobox', { name: 'Add tag' });
  await tag.fill('agency');
  await tag.press('Enter');
  await expect(card.getByRole('button', { name: 'Remove tag agency' })).toBeVisible();
  await expect.poll(() => storedAnnotations(readingRoom.dataDir).map((a) => a.category)).toEqual(['question', 'key-claim']);

  const cards = notesPanel(page).getByRole('region', { name: 'Passage notes' }).getByRole('list').first().locator(':scope > li');
  await notesPanel(page).getByRole('combobox', { name: 'Filter by colour' }).selectOption({ label: 'Question' });
  await expect(cards).toHaveCount(1);
  await notesPanel(page).getByRole('combobox', { name: 'Filter by colour' }).selectOption({ index: 0 });
  await notesPanel(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption('agency');
  await expect(cards).toHaveCount(1);
  await notesPanel(page).getByRole('combobox', { name: 'Filter by tag' }).selectOption({ index: 0 });
  await notesPanel(page).getByRole('searchbox', { name: 'Filter notes' }).fill('reunification');
  await expect(cards).toHaveCount(1);
  await notesPanel(page).getByRole('searchbox', { name: 'Filter notes' }).fill('');
  await expect(cards).toHaveCount(2);
});

test('delete, undo and redo', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, PHRASE);
  await page.keyboard.press('a');
  await typeNote(page, 'Keep me.');
  await notesPanel(page).getByRole('button', { name: 'Delete annotation' }).click();
  await expect.poll(() => paintedPassages(page)).toEqual([]);
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([]);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undid: annotation deleted')).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toEqual([PHRASE]);
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([{ quote_exact: PHRASE, note: 'Keep me.', category: 'key-claim' }]);

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Redid: annotation deleted')).toBeVisible();
  await expect.poll(() => paintedPassages(page)).toEqual([]);
});

test('an annotation whose passage left the text is kept as an orphan and re-attached', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, PHRASE);
  await page.keyboard.press('a');
  await typeNote(page, 'Do not lose me.');

  // An editor corrects the witness in the store: the passage is gone (same length, so the layout holds).
  const changed = writeStore(
    readingRoom.dataDir,
    "UPDATE witnesses SET reading_text = replace(reading_text, ?, ?) WHERE file_name LIKE '000_%'",
    PHRASE,
    'start the unification now',
  );
  expect(changed).toBe(1);
  await page.reload();

  const orphans = notesPanel(page).getByRole('heading', { name: 'Orphaned' });
  await expect(orphans).toBeVisible();
  await expect(notesPanel(page)).toContainText(PHRASE);
  await expect(notesPanel(page)).toContainText('Do not lose me.');
  expect(await paintedPassages(page)).toEqual([]);

  await selectWithMouse(page, 'start the unification now');
  await notesPanel(page).getByRole('button', { name: 'Re-attach to selection' }).click();
  await expect.poll(() => paintedPassages(page)).toEqual(['start the unification now']);
  await expect(orphans).toHaveCount(0);
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([{ quote_exact: 'start the unification now', note: 'Do not lose me.', category: 'key-claim' }]);
});

test('an orphan whose quote is found in several places offers them, and is re-attached to the one chosen', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await selectWithMouse(page, PHRASE);
  await page.keyboard.press('a');
  await typeNote(page, 'Which of the two?');

  // As a tool that writes no context would have stored it, with offsets halfway between the phrase's two places.
  const text = queryStore<{ reading_text: string }>(readingRoom.dataDir, "SELECT reading_text FROM witnesses WHERE file_name LIKE '000_%'")[0]?.reading_text ?? '';
  const first = text.indexOf(PHRASE);
  const second = text.indexOf(PHRASE, first + 1);
  const middle = Math.round((first + second) / 2);
  const changed = writeStore(readingRoom.dataDir, "UPDATE annotations SET quote_prefix = '', quote_suffix = '', pos_start = ?, pos_end = ? WHERE kind = 'passage'", middle, middle + PHRASE.length);
  expect(changed).toBe(1);
  await page.reload();

  await expect(notesPanel(page).getByRole('heading', { name: 'Orphaned' })).toBeVisible();
  const places = notesPanel(page).getByRole('group', { name: 'Found 2 times: which one?' });
  await expect(places.getByRole('button', { name: /Koreans to move toward reunification/ })).toBeVisible();
  const attach = places.getByRole('button', { name: 'Attach here (2 of 2)' });
  await attach.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByText('Re-attached to the place chosen.')).toBeVisible();
  await expect(notesPanel(page).getByRole('heading', { name: 'Orphaned' })).toHaveCount(0);
  await expect.poll(() => paintedPassages(page)).toEqual([PHRASE]);
  expect(queryStore<{ pos_start: number }>(readingRoom.dataDir, "SELECT pos_start FROM annotations WHERE kind = 'passage'")).toEqual([{ pos_start: second }]);
});

test('an empty selection and a dangerous note are answered, not obeyed', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('h');
  await expect(page.getByText('Select some text in the document first.')).toBeVisible();
  expect(storedAnnotations(readingRoom.dataDir)).toEqual([]);

  await selectWithMouse(page, PHRASE);
  await page.keyboard.press('a');
  await typeNote(page, '<script>alert(1)</script> [click](javascript:alert(2))');
  await page.reload();
  const card = notesPanel(page).getByRole('listitem').filter({ hasText: PHRASE });
  await expect(card).toContainText('<script>alert(1)</script>');
  await expect(card.getByRole('link')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
