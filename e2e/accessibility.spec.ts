/**
 * axe (WCAG 2.1 A and AA) over every view of the reading room, in both themes, in a wide and a small
 * window: no serious or critical violation anywhere. Each view is reached as a reader reaches it; a failure
 * lists every violation with its rule, impact, elements and why, view by view, so that it can be fixed.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { openInformation } from './library.js';
import { notesPanel, writeNote } from './reader.js';
import { holdStill, switchTheme, THEMES } from './screenshots.js';
import { search, searchDialog } from './search.js';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's serious and critical violations on the page as it is now, one line per element, headed by `view`.
 * While a modal sheet is open only the sheet is checked: the room behind it is inert, and checked in its own views.
 */
async function violations(page: Page, view: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(WCAG_21_AA);
  if (await page.locator('dialog[open]').count()) axe.include('dialog[open]');
  const { violations: found } = await axe.analyze();
  return found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${view}: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`),
    );
}

/** Opens a sheet by its button and waits for the dialog it names. */
async function openSheet(page: Page, button: string, dialog: string) {
  await page.getByRole('button', { name: button }).click();
  const sheet = page.getByRole('dialog', { name: dialog });
  await expect(sheet).toBeVisible();
  return sheet;
}

/** Closes the open sheet with Escape, as a reader does. */
async function closeSheet(page: Page, dialog: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
}

/** Walks every view of the reading room, answering each one's violations. */
async function everyView(page: Page): Promise<string[]> {
  const found: string[] = [];
  const check = async (view: string) => found.push(...(await violations(page, view)));

  await expect(page.getByRole('article')).toBeVisible();
  await check('library and reader, Notes tab');

  await writeNote(page, 'move toward reunification', 'Stalin **consents**.');
  await check('open note card');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: /^People/ }).click();
  const people = page.getByRole('region', { name: 'People', exact: true });
  await expect(people.getByRole('group', { name: 'Proposed mentions of Joseph Stalin' })).toBeVisible();
  await check('People tab');

  const registry = await openSheet(page, 'Manage people', 'People registry');
  await expect(registry.getByRole('listitem').first()).toBeVisible();
  await check('people registry');
  await closeSheet(page, 'People registry');

  await openInformation(page);
  await check('Information tab');

  await page.getByRole('tab', { name: /^Notes/ }).click();
  const importing = await openSheet(page, 'Import notes', 'Import notes');
  await expect(importing.getByLabel('Notes file (W3C JSON-LD)')).toBeAttached();
  await check('import notes sheet');
  await closeSheet(page, 'Import notes');

  await notesPanel(page).getByRole('button', { name: 'Export notes' }).click();
  await expect(page.getByRole('dialog', { name: 'Export notes' })).toBeVisible();
  await check('export dialog');
  await closeSheet(page, 'Export notes');

  await search(page, 'molotov');
  await expect(searchDialog(page).getByRole('option').first()).toBeVisible();
  await check('search dialog');
  await closeSheet(page, 'Search');

  await page.getByRole('article').click();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in this transcription' });
  await page.keyboard.type('comr');
  await expect(find.getByRole('status')).toHaveText(/^Match 1 of 10/);
  await check('find bar');
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();

  await openSheet(page, 'Settings', 'Settings');
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await check('settings');
  await closeSheet(page, 'Settings');

  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('region', { name: 'Apparatus' }).getByRole('list', { name: 'In the text' })).toBeVisible({ timeout: 20_000 });
  await check('compare view');
  return found;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  for (const theme of THEMES) {
    test(`every view at ${viewport.width}×${viewport.height} in the ${theme.toLowerCase()} theme has no serious or critical axe violation`, async ({ page, readingRoom }) => {
      // Eleven views, each checked whole: minutes on a busy machine.
      test.setTimeout(240_000);
      await page.setViewportSize(viewport);
      await holdStill(page);
      await page.goto(readingRoom.url);
      await switchTheme(page, theme);
      const found = await everyView(page);
      expect(found.length, `axe found:\n${found.join('\n')}`).toBe(0);
    });
  }
}

test('everything on screen is inside a landmark, whichever tab is open beside the text', async ({ page, readingRoom }) => {
  // Three axe runs: long on a busy machine.
  test.slow();
  await page.goto(readingRoom.url);
  await expect(page.getByRole('article')).toBeVisible();
  const outside: string[] = [];
  for (const tab of ['Notes', 'People', 'Information']) {
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    const { violations: found } = await new AxeBuilder({ page }).withRules(['region', 'landmark-complementary-is-top-level', 'landmark-unique', 'landmark-one-main']).analyze();
    outside.push(...found.flatMap((violation) => violation.nodes.map((node) => `${tab} tab: ${violation.id} at ${node.target.join(' ')}`)));
  }
  expect(outside.length, `outside a landmark:\n${outside.join('\n')}`).toBe(0);
});
