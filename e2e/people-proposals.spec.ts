/**
 * A seminar student reviews the people Carrel proposes with the keyboard alone: each person's proposals
 * a group with its count, one Tab stop each (arrows inside, J and K between), every mention saying where
 * it is, Accept and Reject real buttons, and a legend for the underlines in the text.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { paintedPassages, queryStore } from './reader.js';
import { holdStill, switchTheme, THEMES } from './screenshots.js';
import { atEveryWindowSize } from './window-sizes.js';

const peoplePanel = (page: Page) => page.getByRole('region', { name: 'People', exact: true });
const proposalsOf = (page: Page, person: string) => peoplePanel(page).getByRole('group', { name: `Proposed mentions of ${person}` });

/** Goes to the People tab with the keyboard: F6 to the side panel (opening its drawer where there is one), back to its tabs, across to People. */
async function peopleTabByKeyboard(page: Page): Promise<Locator> {
  await expect(page.getByRole('article')).toBeVisible();
  const side = page.getByRole('complementary', { name: 'Beside the text' });
  await expect(async () => {
    await page.keyboard.press('F6');
    await expect(side.getByRole('region', { name: 'Notes', exact: true })).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('Shift+Tab');
  await expect(side.getByRole('tab', { name: /^Notes/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const tab = side.getByRole('tab', { name: /^People/ });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return tab;
}

/** Presses Tab until `target` has the focus, at most `most` times; answers how many it took. */
async function tabsTo(page: Page, target: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${most} presses of Tab did not reach it`);
}

atEveryWindowSize(() => {
  test('from the People tab “Accept Molotov” is a few keys away, and accepting it tags Molotov in the text', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await peopleTabByKeyboard(page);
    const acceptMolotov = proposalsOf(page, 'Vyacheslav Molotov').getByRole('button', { name: 'Accept Molotov as Vyacheslav Molotov' });
    // One Tab stop per person: past Vyshinsky, Mao and Stalin (8 proposals) in one press each.
    expect(await tabsTo(page, acceptMolotov, 6)).toBeLessThanOrEqual(6);
    await expect(acceptMolotov).toBeFocused();

    // K and J go back a person and forward again; the arrows walk a person's proposals.
    await page.keyboard.press('k');
    const stalin = proposalsOf(page, 'Joseph Stalin');
    await expect(stalin.getByRole('button', { name: 'Accept Stalin as Joseph Stalin' }).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(stalin.getByRole('button', { name: 'Accept Stalin as Joseph Stalin' }).nth(1)).toBeFocused();
    await expect(page.locator(':focus')).toHaveAccessibleDescription('In the archive record: citation');
    await page.keyboard.press('j');
    await expect(acceptMolotov).toBeFocused();
    await expect(acceptMolotov).toHaveAccessibleDescription('In the text, list item 2');

    expect(await paintedPassages(page, 'proposed')).toContain('Molotov');
    await page.keyboard.press('Enter');
    await expect(proposalsOf(page, 'Vyacheslav Molotov')).toHaveCount(0);
    // The focus stays among the proposals, on a person still to review.
    await expect(peoplePanel(page).getByRole('group', { name: /^Proposed mentions of / }).getByRole('button', { name: /^Accept / }).and(page.locator(':focus'))).toHaveCount(1);

    const molotov = peoplePanel(page).getByRole('region', { name: /^Vyacheslav Molotov/ });
    await expect(molotov).toContainText('1 tagged here');
    await expect(molotov.getByRole('heading', { name: /^Tagged passages/ })).toHaveText('Tagged passages 1');
    await expect.poll(() => paintedPassages(page, 'tagged')).toContain('Molotov');
    expect(await paintedPassages(page, 'proposed')).not.toContain('Molotov');
    const stored = queryStore<{ quote_exact: string }>(
      readingRoom.dataDir,
      `SELECT a.quote_exact FROM annotations a JOIN annotation_people ap ON ap.annotation_id = a.id
         JOIN people p ON p.id = ap.person_id WHERE p.preferred_name = 'Vyacheslav Molotov'`,
    );
    expect(stored.map((row) => row.quote_exact)).toEqual(['Molotov']);
  });
});

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('proposals are grouped per person with their count, each saying where it is, under a legend of the underlines', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    await page.getByRole('tab', { name: /^People/ }).click();
    const stalin = proposalsOf(page, 'Joseph Stalin');
    await expect(stalin.getByRole('heading', { name: 'Joseph Stalin — 8 proposed' })).toBeVisible();
    await expect(proposalsOf(page, 'Vyacheslav Molotov').getByRole('heading', { name: 'Vyacheslav Molotov — 1 proposed' })).toBeVisible();
    await expect(stalin.getByRole('listitem')).toHaveCount(8);
    // The title and the citation name Stalin in the same words: where they are tells them apart.
    await expect(stalin.getByRole('listitem').nth(0)).toContainText('In the archive record: title');
    await expect(stalin.getByRole('listitem').nth(1)).toContainText('In the archive record: citation');
    await expect(stalin.getByRole('listitem').filter({ hasText: 'Filippov [Stalin]' })).toContainText('In the text, paragraph 1');
    await expect(stalin.getByRole('listitem').filter({ hasText: 'In the text, signature' })).toContainText('Filippov');

    const legend = peoplePanel(page).getByRole('definition');
    await expect(legend).toHaveText(['a name Carrel found: proposed, to accept or reject', 'tagged with a person, in their colour']);
    // Drawn as the text draws them: the proposed one dashed in one neutral ink, not dotted red.
    const sample = peoplePanel(page).getByRole('term').first().locator('span');
    await expect(sample).toHaveCSS('text-decoration-style', 'dashed');
    const neutral = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mention-proposed'));
    expect(neutral.trim()).not.toBe('');

    // Accept and Reject look like buttons: a frame around them.
    const accept = stalin.getByRole('button', { name: 'Accept Filippov [Stalin] as Joseph Stalin' });
    expect(await accept.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('solid');
  });

  test('in forced colours the legend still tells a proposed mention, dotted, from a tagged one, solid', async ({ page, readingRoom }) => {
    // Dotted, since a note from another transcription is dashed there: the text's underlines share these rules.
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(readingRoom.url);
    await page.getByRole('tab', { name: /^People/ }).click();
    const samples = peoplePanel(page).getByRole('term').locator('span');
    await expect(samples.nth(0)).toHaveCSS('text-decoration-style', 'dotted');
    await expect(samples.nth(1)).toHaveCSS('text-decoration-style', 'solid');
  });

  for (const theme of THEMES) {
    test(`axe finds nothing serious on the People panel in the ${theme.toLowerCase()} theme`, async ({ page, readingRoom }) => {
      await holdStill(page);
      await page.goto(readingRoom.url);
      await switchTheme(page, theme);
      await page.getByRole('tab', { name: /^People/ }).click();
      await expect(proposalsOf(page, 'Joseph Stalin').getByRole('listitem')).toHaveCount(8);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('.people').analyze();
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`));
      expect(serious).toEqual([]);
    });
  }
});
