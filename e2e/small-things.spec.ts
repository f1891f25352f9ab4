/**
 * The small things of a close reading (issue 17, point 9): a tag typed and left, the person picker beside
 * its passage, a card's meta line that wraps, the colours named, notes signed with a person's name, the
 * find bar clear of its match, the banner on a phone, the notes' count heard as words.
 */
import { userInfo } from 'node:os';
import type { Page } from '@playwright/test';
import { isAccountName } from '../core/annotation/account-names.js';
import { expect, test } from './fixtures.js';
import { notesPanel, queryStore, selectWithMouse, writeNote } from './reader.js';

/** The open card in the Notes panel: the one with the note field. */
const openCard = (page: Page) => notesPanel(page).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Note', exact: true }) });

/** Where `locator`'s element is on screen. */
async function box(page: Page, selector: string) {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('a tag typed and left without Enter is kept, as the reader meant it', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  await openCard(page).getByRole('combobox', { name: 'Add tag' }).fill('consent');
  await openCard(page).getByRole('textbox', { name: 'Note', exact: true }).click();
  await expect(openCard(page).getByRole('button', { name: 'Remove tag consent' })).toBeVisible();
  await expect(openCard(page).getByRole('combobox', { name: 'Add tag' })).toHaveValue('');
  await expect.poll(() => queryStore(readingRoom.dataDir, 'SELECT tag FROM annotation_tags')).toEqual([{ tag: 'consent' }]);
});

test('the person picker opens beside its passage, never over it, with its whole placeholder in sight', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(readingRoom.url);
  await selectWithMouse(page, 'the Chinese and Korean comrades together');
  // In the middle of the window, where the picker has room neither above nor below.
  const passageBox = await page.evaluate(() => {
    const middle = () => getSelection()?.getRangeAt(0).getBoundingClientRect();
    const before = middle();
    if (before) document.scrollingElement?.scrollBy({ top: before.top + before.height / 2 - innerHeight / 2, behavior: 'instant' });
    const rect = middle();
    return rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
  await page.keyboard.press('p');
  const picker = page.getByRole('dialog', { name: 'Tag people' });
  await expect(picker.getByRole('combobox', { name: 'Person' })).toBeFocused();
  expect(passageBox).toBeDefined();
  expect(overlap(await box(page, '.person-picker'), passageBox ?? { x: 0, y: 0, width: 0, height: 0 })).toBe(false);

  // With someone chosen, the placeholder asks for someone else: all of it fits in the field.
  await page.keyboard.type('Mao');
  await page.keyboard.press('Enter');
  await expect(picker.getByRole('button', { name: /^Remove Mao Zedong/ })).toBeVisible();
  const room = await picker.getByRole('combobox', { name: 'Person' }).evaluate((field: HTMLInputElement) => {
    const style = getComputedStyle(field);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return { text: context.measureText(field.placeholder).width, field: field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  expect(room.text).toBeLessThanOrEqual(room.field);
});

test('a card’s meta line wraps between its items, the colour’s dot staying with the colour’s name', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(readingRoom.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('region', { name: 'Colours' }).getByRole('textbox').first().fill('Key claim of the telegram, as we read it');
  await expect(settings.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  const meta = openCard(page).locator('.card-meta');
  await expect(meta).toContainText('Key claim of the telegram, as we read it');
  const lines = await meta.evaluate((line, category) => {
    const dot = line.querySelector('.card-swatch')?.getBoundingClientRect();
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode();
    while (text && !text.textContent?.includes(category)) text = walker.nextNode();
    if (!dot || !text) throw new Error('no dot or no name');
    const name = document.createRange();
    const at = text.textContent?.indexOf(category) ?? 0;
    name.setStart(text, at);
    name.setEnd(text, at + 1);
    const first = name.getBoundingClientRect();
    return { wraps: line.getBoundingClientRect().height > 1.8 * first.height, dotMiddle: dot.top + dot.height / 2, nameTop: first.top, nameBottom: first.bottom };
  }, 'Key claim of the telegram');
  expect(lines.wraps).toBe(true);
  expect(lines.dotMiddle).toBeGreaterThan(lines.nameTop);
  expect(lines.dotMiddle).toBeLessThan(lines.nameBottom);
});

test('Settings names each colour for a screen reader: its swatch and the field for its name', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const colours = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Colours' });
  for (const colour of ['amber', 'blue', 'green', 'pink']) await expect(colours.getByRole('img', { name: colour, exact: true })).toBeVisible();
  await expect(colours.getByRole('textbox', { name: 'Name for the blue highlights' })).toHaveValue('Question');
});

test('where notes would be signed with the computer’s account name, the reader is asked once for theirs, without being stopped', async ({ page, readingRoom }) => {
  const account = userInfo().username;
  test.skip(!isAccountName(account), `the system account "${account}" is a person's name here`);
  await page.goto(readingRoom.url);
  const prompt = notesPanel(page).getByRole('region', { name: 'Sign your notes' });
  await expect(prompt).toContainText(`Your notes are signed “${account}”`);

  // The question stops nothing: a note is made meanwhile, under the account's name.
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  await expect(openCard(page).locator('.card-meta')).toContainText(account);
  await page.keyboard.press('Escape');

  await prompt.getByRole('textbox', { name: 'Your name' }).fill('Anna Keller');
  await prompt.getByRole('textbox', { name: 'Your name' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Your notes will be signed “Anna Keller”.' })).toBeAttached();
  await expect(prompt).toBeHidden();
  await writeNote(page, 'the changed international situation', 'Which change?');
  await expect(openCard(page).locator('.card-meta')).toContainText('Anna Keller');

  // Asked once: answered, it is not asked again.
  await page.reload();
  await expect(page.getByRole('article')).toBeVisible();
  await expect(notesPanel(page).getByRole('listitem')).toHaveCount(2);
  await expect(prompt).toHaveCount(0);
  expect(queryStore(readingRoom.dataDir, "SELECT value FROM settings WHERE name = 'profile.creator'")).toEqual([{ value: 'Anna Keller' }]);
});

test('the find bar never covers the match it is on', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(readingRoom.url);
  await page.getByRole('article').click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in this transcription' });
  // The signature's “Filippov” is in view near the foot of the text as it opens: not scrolled to.
  await page.keyboard.type('filippov');
  await expect(find.getByRole('status')).toHaveText(/^Match 1 of \d+/);
  const total = Number(/of (\d+)/.exec((await find.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(1);
  for (let at = 1; at <= total; at++) {
    await expect(find.getByRole('status')).toHaveText(new RegExp(`^Match ${at} of ${total}\\b`, 'u'));
    // The current match where it settles once scrolled to, against the bar.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const [painted] = CSS.highlights.get('carrel-find-current') ?? [];
          const bar = document.querySelector('.find-bar')?.getBoundingClientRect();
          if (!painted || !bar) return 'nothing to measure';
          const range = document.createRange();
          range.setStart(painted.startContainer, painted.startOffset);
          range.setEnd(painted.endContainer, painted.endOffset);
          const match = range.getBoundingClientRect();
          return match.bottom <= bar.top || match.top >= bar.bottom ? 'clear' : `under the bar at ${Math.round(match.top)}`;
        }),
      )
      .toBe('clear');
    await page.keyboard.press('Enter');
  }
});

test('on a phone 390 px wide the banner keeps every control on screen', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(readingRoom.url);
  await expect(page.getByRole('article')).toBeVisible();
  const banner = page.getByRole('banner');
  for (const control of [banner.getByRole('button', { name: 'Search' }), banner.getByRole('button', { name: 'Larger text' }), banner.getByRole('radio', { name: 'Dark' }), banner.getByRole('button', { name: 'Settings' })]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the notes’ count is heard as words as the filter narrows them', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  await writeNote(page, 'the changed international situation', 'Which change?');
  await page.keyboard.press('Escape');
  const passages = notesPanel(page).getByRole('region', { name: 'Passage notes' });
  await passages.getByRole('searchbox', { name: 'Filter notes' }).fill('consents');
  await expect(passages.locator('[aria-live="polite"]')).toHaveText('1 match of 2 notes');
  await passages.getByRole('searchbox', { name: 'Filter notes' }).fill('');
  await expect(passages.locator('[aria-live="polite"]')).toHaveText('2 notes');
});
