/**
 * The reading room on a small laptop (1024×700) and at 200% zoom (1440×900 seen as 720×450 CSS pixels):
 * the library and the side panel are drawers, opened and closed from the keyboard, and a note is written
 * beside its passage with both in sight. On a large window (1440×900) the three columns stay as they were.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { notesPanel, selectWithKeyboard } from './reader.js';

const PASSAGE = 'move toward reunification';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the first occurrence of `phrase` in the reading text is on screen, without scrolling to it. */
function phraseBox(page: Page, phrase: string): Promise<Box | null> {
  return page.getByRole('article').evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { top, bottom, left, right } = range.getBoundingClientRect();
      return { top, bottom, left, right };
    }
    return null;
  }, phrase);
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Presses Tab until `control` has the focus, as a keyboard reader gets to it. */
async function tabTo(page: Page, control: Locator): Promise<void> {
  for (let i = 0; i < 30 && !(await control.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 720, height: 450 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('A on a passage opens its note beside it, the passage and the note both in sight', async ({ page, readingRoom }) => {
      await page.goto(readingRoom.url);
      await selectWithKeyboard(page, PASSAGE);
      await page.keyboard.press('a');
      const field = notesPanel(page).getByRole('textbox', { name: 'Note', exact: true });
      await expect(field).toBeFocused();
      await expect(field).toBeInViewport({ ratio: 1 });
      const panel = await boxOf(notesPanel(page));
      const banner = await boxOf(page.getByRole('banner'));
      // The passage is scrolled beside the panel once the text has narrowed for it.
      await expect
        .poll(async () => {
          const passage = await phraseBox(page, PASSAGE);
          return passage !== null && passage.top >= banner.bottom && passage.bottom <= viewport.height && passage.left >= 0 && !overlaps(passage, panel);
        })
        .toBe(true);
      await page.keyboard.type('Stalin consents.');
      await expect(notesPanel(page).getByText('Saved', { exact: true })).toBeVisible();
    });
  });
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the library, the text and the side panel are three columns, with no drawers', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await expect(page.getByRole('article')).toBeVisible();
    const library = await boxOf(page.getByRole('navigation', { name: 'Library' }));
    const text = await boxOf(page.getByRole('main'));
    const notes = await boxOf(notesPanel(page));
    expect(library.right).toBeLessThanOrEqual(text.left);
    expect(text.right).toBeLessThanOrEqual(notes.left);
    await expect(page.getByRole('button', { name: 'Side panel' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Library' })).toHaveCount(0);
  });
});

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 720, height: 450 },
]) {
  test.describe(`drawers at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the side panel opens from its button and closes with Escape, the focus going back', async ({ page, readingRoom }) => {
      await page.goto(readingRoom.url);
      await expect(page.getByRole('article')).toBeVisible();
      await expect(notesPanel(page)).toBeHidden();
      const toggle = page.getByRole('button', { name: 'Side panel' });
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(notesPanel(page)).toBeFocused();
      await expect(notesPanel(page)).toBeInViewport();
      // The text narrows beside it rather than going under it.
      expect((await boxOf(page.getByRole('main'))).right).toBeLessThanOrEqual((await boxOf(notesPanel(page))).left);
      await page.keyboard.press('Escape');
      await expect(notesPanel(page)).toBeHidden();
      await expect(toggle).toBeFocused();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });

    test('the library opens over the text from its button, closes with Escape, and F6 opens each drawer it goes to', async ({ page, readingRoom }) => {
      await page.goto(readingRoom.url);
      const article = page.getByRole('article');
      await expect(article).toBeVisible();
      const library = page.getByRole('navigation', { name: 'Library' });
      await expect(library).toBeHidden();
      const toggle = page.getByRole('button', { name: 'Library' });
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await expect(library).toBeFocused();
      await expect(library.getByRole('link', { name: /^Cable from Vyshinsky/ })).toBeInViewport();
      await page.keyboard.press('Escape');
      await expect(library).toBeHidden();
      await expect(toggle).toBeFocused();

      await page.keyboard.press('F6');
      await expect(library).toBeFocused();
      await page.keyboard.press('F6');
      await expect(article).toBeFocused();
      // Left for the text, the library closes, as a menu does.
      await expect(library).toBeHidden();
      await page.keyboard.press('F6');
      await expect(notesPanel(page)).toBeFocused();
      await expect(notesPanel(page)).toBeInViewport();
    });
  });
}
