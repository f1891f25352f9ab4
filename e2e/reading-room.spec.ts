import { expect, test } from './fixtures.js';
import { roomTakenOver } from './reader.js';

const TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";
const CITATION =
  "“Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea,” May 14, 1950, History and Public Policy Program Digital Archive, Russian Presidential Archives, http://digitalarchive.wilsoncenter.org/document/115976.";

test('a reader opens the telegram from the library and reads it', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);

  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('link', { name: new RegExp(`^${TITLE.slice(0, 40)}`) })).toBeVisible();
  await expect(library).toContainText('2 transcriptions');

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const text = page.getByRole('article', { name: 'Archive record transcription' });
  await expect(text.getByText('“Comr. Mao Zedong!')).toBeVisible();
  await expect(text).toContainText('they agree with the proposal of the Koreans to move toward reunification');
  await expect(text.getByRole('listitem').filter({ hasText: '2. Comr. Molotov' })).toBeVisible();

  const transliteration = text.getByText('pristupit k obiednineniiu', { exact: true });
  await expect(transliteration).toHaveCSS('font-style', 'italic');
  const insertion = text.getByText('[Stalin]', { exact: true });
  await expect(insertion).toHaveAttribute('title', /editorial insertion/i);
});

test('the document information comes from the witnesses, with a citation to copy', async ({ page, readingRoom }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: readingRoom.origin });
  await page.goto(readingRoom.url);
  await page.getByRole('tab', { name: 'Information' }).click();
  const info = page.getByRole('region', { name: 'Document information', exact: true });
  const field = (term: string) => info.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

  await expect(field('Date')).toHaveText('May 14, 1950');
  await expect(field('Sender')).toHaveText('Vyshinsky');
  await expect(field('Recipient')).toHaveText('Mao Zedong');
  await expect(field('Classification')).toHaveText('Top Secret');
  await expect(field('Archive')).toHaveText('Russian Presidential Archives');
  await expect(field('Original language')).toHaveText('Russian');
  await expect(field('Record')).toContainText('115976');
  await expect(info.getByRole('link', { name: /digitalarchive\.wilsoncenter\.org\/document\/115976/ })).toBeVisible();
  await expect(field('Provenance')).toContainText('Russian Presidential Archives');
  await expect(field('Summary')).toContainText('Using the code-name “Filippov,”');

  const citation = info.getByRole('region', { name: 'Citation' });
  await expect(citation).toContainText(CITATION);
  await citation.getByRole('button', { name: 'Copy citation' }).click();
  await expect(citation.getByRole('status')).toHaveText(/copied/i);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);
});

test('switching transcription shows the web page’s text, its furniture set apart, and back', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const switcher = page.getByRole('radiogroup', { name: 'Transcription' });

  await switcher.getByRole('radio', { name: 'Web page' }).check();
  const web = page.getByRole('article', { name: 'Web page transcription' });
  await expect(web.getByText('“Cde. Mao Zedong!')).toBeVisible();
  await expect(web.getByText('Filippov [Stalin].”')).toBeVisible();
  await expect(web).not.toContainText('Skip to content');
  const furniture = page.getByRole('group').filter({ hasText: 'Web page furniture' });
  await expect(furniture.getByText('Skip to content')).toBeHidden();
  await furniture.getByText('Web page furniture').click();
  await expect(furniture.getByText('Skip to content')).toBeVisible();

  await switcher.getByRole('radio', { name: 'Archive record' }).check();
  await expect(page.getByRole('article', { name: 'Archive record transcription' }).getByText('“Comr. Mao Zedong!')).toBeVisible();
  await expect(page.getByText('“Cde. Mao Zedong!')).toHaveCount(0);
});

/** The colour of the page the text is set on. */
const paperColour = (): string => getComputedStyle(document.documentElement).backgroundColor;

test('text size and theme are set from the keyboard and kept after a reload', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  const reset = page.getByRole('button', { name: /%, reset text size$/ });
  const percent = async (): Promise<number> => Number((await reset.innerText()).replace('%', ''));
  await expect(reset).toHaveText('100%');
  await page.getByRole('button', { name: 'Larger text' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+=');
  await expect.poll(percent).toBeGreaterThan(100);
  const chosen = await percent();

  await page.getByRole('radio', { name: 'Dark' }).check();
  const paperDark = await page.evaluate(paperColour);
  await page.reload();

  await expect(reset).toHaveText(`${chosen}%`);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await page.evaluate(paperColour)).toBe(paperDark);
  await roomTakenOver(page);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => page.evaluate(paperColour)).not.toBe(paperDark);
  await page.keyboard.press('Control+0');
  await expect(reset).toHaveText('100%');
});

test('every control on the page is reachable with Tab and has a name', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  // The side panel remembers its tab: open Information once so the citation's button is on the page.
  await page.getByRole('tab', { name: 'Information' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await roomTakenOver(page);
  // What a screen reader announces for each stop: its role and accessible name.
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const onPage = await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body);
    if (!onPage) break;
    const focused = page.locator(':focus');
    // A disclosure's <summary> has no ARIA role of its own; its text is its name.
    const isSummary = await focused.evaluate((el) => el.tagName === 'SUMMARY');
    reached.push(isSummary ? `- summary "${await focused.innerText()}"` : await focused.ariaSnapshot());
  }
  expect(reached.filter((stop) => !/^- \w+ "[^"]+"/.test(stop))).toEqual([]);
  for (const control of ['Skip to text', 'Smaller text', 'Larger text', 'Copy citation']) {
    expect(reached.some((stop) => stop.includes(`"${control}`)), control).toBe(true);
  }
});

test('a page opened without the launch address says what to do instead of failing blank', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.origin + '/');
  await expect(page.getByRole('alert')).toContainText('This browser has no session with the reading room: open the address Carrel printed');
});

test('the printed address opens the reading room once: another browser opening it again is told what to do', async ({ page, readingRoom, browser }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // A second profile, or anyone who finds the address in the first one's history files.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    await stranger.goto(readingRoom.url);
    await expect(stranger.getByRole('alert')).toContainText('This address was already used');
    await expect(stranger.getByRole('alert')).toContainText('restart Carrel with `carrel serve --no-open`');
    await expect(stranger.getByRole('link', { name: new RegExp(TITLE.slice(0, 40)) })).toHaveCount(0);
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test('the browser that opened the address keeps the reading room on reload and from its history', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(page.url()).not.toContain('token');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // A new tab, not the same one: there, only the fragment would change and the page would not load again.
  const fromHistory = await page.context().newPage();
  await fromHistory.goto(readingRoom.url);
  await expect(fromHistory.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(fromHistory.getByRole('alert').filter({ hasText: 'already used' })).toHaveCount(0);
});
