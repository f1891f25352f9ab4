/**
 * The first screen as HTML (issue 18): the host sends the page with the document the reader left already
 * rendered in it, in the theme they chose, and the page takes it over without a visible change or an error.
 */
import { request as httpRequest, type Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { notesPanel, paintedPassages, roomTakenOver, selectWithMouse } from './reader.js';

/** Errors the page reports (React's hydration mismatches among them), kept from the moment it is listened to. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('the transcription a reader left arrives with the page, in their theme, and the keys work on it', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('radio', { name: 'Web page' }).check();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();

  // What the host sends, before any of the page's code has run, once the page has told it the place and theme.
  const hostPage = async () => (await page.request.get(`${readingRoom.origin}/`)).text();
  await expect.poll(hostPage).toContain('data-theme="dark"');
  const html = await hostPage();
  expect(html).toContain('aria-label="Web page transcription"');
  expect(html).toContain('In a conversation with the Korean comrades');
  // The theme control is rendered as the reader set it, not as a new page's default.
  expect(html).toMatch(/checked="" value="dark"/u);

  const errors = pageErrors(page);
  await page.goto('about:blank');
  await page.goto(`${readingRoom.origin}/`);
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Web page' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The host's page, taken over by the room: what its first paint did without (the whole stylesheet,
  // the tab's icon) is in, and its text takes a highlight.
  await roomTakenOver(page);
  await expect(page.locator('link#whole-stylesheet')).toHaveAttribute('rel', 'stylesheet');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', './favicon.svg');
  await selectWithMouse(page, 'Korean comrades');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toContain('Korean comrades');
  expect(errors).toEqual([]);
});

test('highlights on the first screen come with the page, and the notes panel follows', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('radio', { name: 'Web page' }).check();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await selectWithMouse(page, 'Korean comrades');
  await page.keyboard.press('h');
  await expect.poll(() => paintedPassages(page)).toContain('Korean comrades');
  await expect.poll(async () => (await page.request.get(`${readingRoom.origin}/`)).text()).toContain('aria-label="Web page transcription"');

  const errors = pageErrors(page);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto('about:blank');
  await page.goto(`${readingRoom.origin}/`);
  // Painted from what the host sent with the page, not from a call the page makes once it has taken over.
  await expect.poll(() => paintedPassages(page)).toContain('Korean comrades');
  expect(asked).not.toContain('/api/listHighlights');
  await expect(notesPanel(page).getByRole('listitem').filter({ hasText: 'Korean comrades' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an address naming another transcription opens that one, not the one the host rendered', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('radio', { name: 'Web page' }).check();
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  const webPage = page.url();
  await page.getByRole('radio', { name: 'Archive record' }).check();
  await expect(page.getByRole('article', { name: 'Archive record transcription' })).toBeVisible();

  const errors = pageErrors(page);
  // Loaded anew, not a move within the page: the host renders the transcription it remembers.
  await page.goto('about:blank');
  await page.goto(webPage);
  await expect(page.getByRole('article', { name: 'Web page transcription' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Archive record transcription' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in a small window the room arrives with its library and side panel already drawers', async ({ page, readingRoom }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(readingRoom.url);
  await expect(page.getByRole('button', { name: 'Library' })).toBeVisible();

  // The page tells the host its width in a cookie once it has taken the room over.
  await expect.poll(async () => (await page.request.get(`${readingRoom.origin}/`)).text()).toContain('data-compact="true"');
  const errors = pageErrors(page);
  await page.goto('about:blank');
  await page.goto(`${readingRoom.origin}/`);
  await expect(page.getByRole('button', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();
  expect(errors).toEqual([]);
});

test('a browser without the session gets the page without the library in it', async ({ readingRoom }) => {
  const stranger = await httpRequest.newContext();
  const html = await (await stranger.get(`${readingRoom.origin}/`)).text();
  expect(html).toContain('<div id="root"></div>');
  expect(html).not.toContain('Korean comrades');
  await stranger.dispose();
});
