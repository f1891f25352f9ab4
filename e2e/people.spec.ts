import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { clickPhrase, queryStore, tagByKeyboard } from './reader.js';

const ARCHIVE_RECORD = 'assets/telegram/000_f2d2cbb9f3cdde5d.txt';

const peoplePanel = (page: Page) => page.getByRole('region', { name: 'People', exact: true });

/** Passages tagged with a person in the store, by the person's preferred name. */
const taggedQuotes = (dataDir: string, name: string): string[] =>
  queryStore<{ quote_exact: string }>(
    dataDir,
    `SELECT a.quote_exact FROM annotations a JOIN annotation_people ap ON ap.annotation_id = a.id
       JOIN people p ON p.id = ap.person_id WHERE p.preferred_name = ? ORDER BY a.pos_start`,
    name,
  ).map((row) => row.quote_exact);

/** What `carrel mentions FILE --json` prints for a file, as a user would run it. */
function cliMentions(file: string): Array<{ person: string; text: string; start: number; end: number }> {
  const run = spawnSync(process.execPath, ['dist/cli/main.js', 'mentions', file, '--json', '--data-dir', mkdtempSync(join(tmpdir(), 'carrel-cli-'))], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Array<{ person: string; text: string; start: number; end: number }>;
}

test('Filippov in the body and the signature are proposed as Stalin, accepted all at once, as the CLI finds them', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('tab', { name: /^People/ }).click();
  const stalin = peoplePanel(page).getByRole('group', { name: 'Proposed mentions of Joseph Stalin' });
  await expect(stalin.getByRole('button', { name: 'Accept Filippov [Stalin] as Joseph Stalin' })).toBeVisible();
  // The bare code-name twice: the signature of the telegram, and the archive's summary.
  await expect(stalin.getByRole('button', { name: 'Accept Filippov as Joseph Stalin' })).toHaveCount(2);

  const fromCli = cliMentions(ARCHIVE_RECORD).filter((mention) => mention.person === 'Joseph Stalin');
  const acceptAll = stalin.getByRole('button', { name: /^Accept all \d+ mentions? of Joseph Stalin$/ });
  const shown = Number(/(\d+)/.exec((await acceptAll.getAttribute('aria-label')) ?? (await acceptAll.innerText()))?.[1]);
  expect(shown).toBe(fromCli.length);

  await acceptAll.click();
  await expect(stalin).toHaveCount(0);
  await expect.poll(() => taggedQuotes(readingRoom.dataDir, 'Joseph Stalin')).toEqual(fromCli.map((mention) => mention.text));

  // The reader can be narrowed to Stalin's passages: the rest of the text is dimmed.
  const only = peoplePanel(page).getByRole('button', { name: "Show only Joseph Stalin's passages" });
  await only.click();
  await expect(only).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('carrel-only'))).toBe(true);
});

test('a click on “Molotov” in the copy list shows it is Vyacheslav Molotov', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await page.getByRole('tab', { name: /^People/ }).click();
  await clickPhrase(page, 'Molotov');
  const focused = peoplePanel(page).locator('[data-focused="true"]');
  await expect(focused.getByRole('button', { name: 'Accept Molotov as Vyacheslav Molotov' })).toBeVisible();
});

test('a passage is tagged with Mao by the keyboard alone, and the people panel lists each person’s passages', async ({ page, readingRoom }) => {
  await page.goto(readingRoom.url);
  await tagByKeyboard(page, 'Chinese comrades', 'Mao');
  await expect.poll(() => taggedQuotes(readingRoom.dataDir, 'Mao Zedong')).toEqual(['Chinese comrades']);

  await page.getByRole('tab', { name: /^People/ }).click();
  const mao = peoplePanel(page).getByRole('region', { name: /^Mao Zedong/ });
  await expect(mao).toContainText('Chinese comrades');
  await peoplePanel(page)
    .getByRole('group', { name: 'Proposed mentions of Joseph Stalin' })
    .getByRole('button', { name: /^Accept all/ })
    .click();
  await expect(peoplePanel(page).getByRole('region', { name: /^Joseph Stalin/ })).toContainText('Filippov [Stalin]');
});
