/**
 * A transcription with hundreds of notes: the Notes panel lists them all, draws the first cards with
 * their notes, and brings the later ones, whole, as the reader scrolls or tabs down to them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { notesPanel, queryStore } from './reader.js';

const NOTES = 300;

/** The note written on the n-th passage (from 1), Markdown and all. */
const noteText = (n: number) => `Reading ${n} of ${NOTES}: a *second* look.`;

/** Annotates the transcription shown NOTES times, through the host as the page's own calls go, each with its note. */
async function annotateThroughHost(page: Page, dataDir: string): Promise<void> {
  const reading = await page.locator('article[data-reading]').getAttribute('data-reading');
  const [witness] = queryStore<{ id: string; reading_text: string }>(dataDir, 'SELECT id, reading_text FROM witnesses WHERE id = ?', reading?.split(' ')[0]);
  if (!witness) throw new Error('no transcription is shown');
  // Two passages a word: it and the next word, then the word alone (inside it), so that the list's
  // order, by start and the longer first, is the notes' order.
  const words = [...witness.reading_text.matchAll(/\p{L}+/gu)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
  const passages = words.slice(0, NOTES / 2).flatMap((word, index) => [{ start: word.start, end: words[index + 1]?.end ?? word.end }, word]);
  expect(passages).toHaveLength(NOTES);
  const made = await page.evaluate(
    async ({ witnessId, passages, notes }) => {
      let count = 0;
      for (const [index, passage] of passages.entries()) {
        const response = await fetch('./api/createAnnotation', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ witnessId, ...passage, note: notes[index] }),
        });
        if (response.ok) count++;
      }
      return count;
    },
    { witnessId: witness.id, passages, notes: passages.map((_, index) => noteText(index + 1)) },
  );
  expect(made).toBe(NOTES);
}

/** The card holding the n-th note, found by what it shows. */
const card = (page: Page, n: number) => notesPanel(page).getByRole('listitem').filter({ hasText: `Reading ${n} of ${NOTES}:` });

test('hundreds of notes: the first cards show their notes, and scrolling or tabbing brings the later ones whole', async ({ page, readingRoom }) => {
  // Three hundred notes written one call at a time, on a busy machine.
  test.slow();
  await page.goto(readingRoom.url);
  await expect(notesPanel(page)).toBeVisible();
  await annotateThroughHost(page, readingRoom.dataDir);
  await page.reload();

  const notes = notesPanel(page);
  await expect(notes.getByText(`${NOTES} notes`, { exact: true })).toBeAttached();
  await expect(card(page, 1).locator('em', { hasText: 'second' })).toBeVisible();
  await expect(card(page, 1).getByRole('button', { name: /\w/ })).toBeVisible();

  // Keys: from the first card's quote, Tab goes card by card past the first ones drawn.
  await card(page, 1).locator('.card-quote').focus();
  const later = 61;
  for (let n = 2; n <= later; n++) await page.keyboard.press('Tab');
  await expect(card(page, later).getByRole('button').first()).toBeFocused();
  await expect(card(page, later).locator('em', { hasText: 'second' })).toBeVisible();

  // Scrolling: the panel's end keeps coming nearer until the last note is drawn, its note with it.
  const last = card(page, NOTES);
  await expect(async () => {
    await notes.hover();
    await page.mouse.wheel(0, 4000);
    await expect(last).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(last.locator('em', { hasText: 'second' })).toBeVisible();
  await expect(last).toContainText(noteText(NOTES).replace(/\*/gu, ''));
});
