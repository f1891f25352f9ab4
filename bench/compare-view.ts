/**
 * The compare view in the browser on two transcriptions of about 1 MB, 1% of their words changed: from
 * asking for it to its first screen (the apparatus counted, the first rows painted), and to every row
 * on the page. The core's comparison alone is timed in compare.ts; this is what the reader waits for.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importWitnessFile } from '../db/import-witness.js';
import { withPreparedStore } from '../e2e/prepared-store.js';
import { seededRandom } from './random.js';
import { median, ms } from './stats.js';

const PARAGRAPH =
  'In a conversation with the Korean comrades Filippov [Stalin] and his friends expressed the opinion, that, in light of the changed ' +
  'international situation, they agree with the proposal of the Koreans to move toward reunification.';

/** The archive record of the telegram with some 4,500 paragraphs before its text, every word changed one time in a hundred when `edit` says so. */
function longVariant(edit: (word: string) => string): string {
  const base = readFileSync('assets/telegram/000_f2d2cbb9f3cdde5d.txt', 'utf8');
  const at = base.indexOf('In a conversation');
  const paragraphs = Array.from({ length: 4_500 }, (_, index) => `${PARAGRAPH} (${index})`.split(' ').map(edit).join(' '));
  return `${base.slice(0, at)}${paragraphs.join('\n\n')}\n\n${base.slice(at)}`;
}

/** Milliseconds to the first screen and to the whole of both texts on the page, per run. */
export async function measureCompareView(runs: number): Promise<{ firstScreenMs: number[]; wholeMs: number[]; differences: string }> {
  const random = seededRandom(5);
  const texts = [longVariant((word) => word), longVariant((word) => (random() < 0.01 ? `${word.toUpperCase()}x` : word))];
  const figures = { firstScreenMs: [] as number[], wholeMs: [] as number[], differences: '' };
  await withPreparedStore(
    (app) => texts.map((text, index) => importWitnessFile(app.store, `long-${index}.txt`, new TextEncoder().encode(text))),
    async (url, [left, right]) => {
      if (!left || !right) throw new Error('both transcriptions are imported');
      const browser = await chromium.launch({ executablePath: process.env.CARREL_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        const reading = `${url}&document=${left.documentId}&witness=${left.witnessId}`;
        for (let run = 0; run < runs; run++) {
          await page.goto(reading);
          await page.locator('#reading-text').waitFor();
          const start = performance.now();
          // Only the address's fragment changes: the page stays, as when Compare is pressed.
          await page.goto(`${reading}&compare=${right.witnessId}`);
          const count = page.getByRole('region', { name: 'Apparatus' }).getByRole('status');
          await count.filter({ hasText: /differences/ }).waitFor({ timeout: 60_000 });
          await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
          figures.firstScreenMs.push(performance.now() - start);
          await page.locator('.compare-side[data-partial]').first().waitFor({ state: 'detached', timeout: 120_000 });
          figures.wholeMs.push(performance.now() - start);
          figures.differences = (await count.textContent()) ?? '';
        }
      } finally {
        await browser.close();
      }
    },
  );
  return figures;
}

/** The lines `npm run bench` prints. */
export function compareViewReport(figures: { firstScreenMs: number[]; wholeMs: number[]; differences: string }): string[] {
  return [
    `Compare view of two ~1 MB transcriptions (${figures.differences}), median of ${figures.firstScreenMs.length}: first screen ${ms(median(figures.firstScreenMs))},` +
      ` every row on the page ${ms(median(figures.wholeMs))} (put on while the page is idle)`,
  ];
}
