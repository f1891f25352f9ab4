/**
 * A long transcription (some 300,000 characters, hundreds of paragraphs) opens by its first screen and
 * the rest follows: a note far down the text is still one click away, its passage shown and painted.
 */
import { test, expect } from '@playwright/test';
import { importWitnessFile } from '../db/import-witness.js';
import { withPreparedStore } from './prepared-store.js';
import { paintedPassages } from './reader.js';

const FIRST = 'the cipher clerk opened the first packet';
const LAST = 'the last signal reached the northern harbour';

// Plain words only: no digits or brackets, which the plain-text reader could take for headings or marks.
const FILLER = 'The delegation considered the question of the road and answered the letter with the morning copy. ';

/** Three hundred paragraphs of about a thousand characters; the first opens with FIRST, the last but ten holds LAST. */
function longText(): string {
  const paragraphs = Array.from({ length: 300 }, () => FILLER.repeat(10).trim());
  paragraphs[0] = `Then ${FIRST}. ${paragraphs[0]}`;
  paragraphs[289] = `${paragraphs[289]} At dawn ${LAST}.`;
  return paragraphs.join('\n\n');
}

/** Serves a fresh store holding the long transcription with a note on FIRST and one on LAST; `story` gets its address. */
async function withLongTranscription(story: (address: string) => Promise<void>): Promise<void> {
  await withPreparedStore(
    async (app) => {
      const text = longText();
      const imported = importWitnessFile(app.store, 'long-report.txt', new TextEncoder().encode(text));
      for (const phrase of [FIRST, LAST]) {
        const start = text.indexOf(phrase);
        await app.service.createAnnotation({ witnessId: imported.witnessId, start, end: start + phrase.length });
      }
      return imported.documentId;
    },
    (url, documentId) => story(`${url}&document=${encodeURIComponent(documentId)}`),
  );
}

test('a note at the end of a long transcription is shown and painted from its card', async ({ page }) => {
  await withLongTranscription(async (address) => {
    await page.goto(address);
    await expect.poll(() => paintedPassages(page)).toContain(FIRST);

    const notes = page.getByRole('region', { name: 'Notes', exact: true });
    await notes.getByRole('button', { name: new RegExp(LAST) }).click();
    await expect(page.locator('#reading-text').getByText(LAST)).toBeInViewport();
    await expect.poll(() => paintedPassages(page)).toContain(LAST);
  });
});

test('find, opened while a long transcription is still coming onto the page, finds words at its end', async ({ page }) => {
  await withLongTranscription(async (address) => {
    await page.goto(address);
    await expect(page.locator('#reading-text').getByText(FIRST)).toBeVisible();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('northern harbour');
    const find = page.getByRole('search', { name: 'Find in this transcription' });
    await expect(find.getByRole('status')).toHaveText('Match 1 of 1');
    await expect(page.locator('#reading-text').getByText(LAST)).toBeInViewport();
  });
});
