/**
 * Forced colours (Windows High Contrast), as Chromium emulates them: what colour alone told apart is still
 * told apart, read off the pixels the reader sees.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { notesPanel, selectWithMouse, writeNote } from './reader.js';
import { atEveryWindowSize } from './window-sizes.js';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
});

/** The colour on screen at (x, y), as rgb(r, g, b): a one-pixel screenshot, decoded by the page. */
async function pixel(page: Page, at: { x: number; y: number }): Promise<string> {
  const png = await page.screenshot({ clip: { x: Math.round(at.x), y: Math.round(at.y), width: 1, height: 1 }, animations: 'disabled' });
  return page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, [...png]);
}

/** A point just inside the top of the first occurrence of `phrase` in the text: its paint, above the letters. */
function paintOf(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  return page.getByRole('article').evaluate((article, wanted) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + 1 };
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
}

test('a note, a proposed mention and the selection are painted each its own way', async ({ page, readingRoom }) => {
  // Sampled where the wide window sets these lines, the selection toolbar clear of them.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(readingRoom.url);
  await writeNote(page, 'move toward reunification', 'Stalin consents.');
  await page.keyboard.press('Escape');
  await selectWithMouse(page, 'the changed international situation');
  const note = await pixel(page, await paintOf(page, 'move toward reunification'));
  const mention = await pixel(page, await paintOf(page, 'Filippov'));
  const selection = await pixel(page, await paintOf(page, 'changed international'));
  expect(new Set([note, mention, selection]).size, `note ${note}, mention ${mention}, selection ${selection}`).toBe(3);
});

atEveryWindowSize(() => {
  test('the chosen transcription and theme look chosen, and colours that are the information keep it', async ({ page, readingRoom }) => {
    await page.goto(readingRoom.url);
    for (const [group, chosen, other] of [
      ['Transcription', 'Archive record', 'Web page'],
      ['Theme', 'System', 'Dark'],
    ] as const) {
      const radios = page.getByRole('radiogroup', { name: group });
      await expect(radios.getByRole('radio', { name: chosen })).toBeChecked();
      const face = async (name: string) => {
        const box = await radios.getByRole('radio', { name }).boundingBox();
        if (!box) throw new Error(`${name} is not on screen`);
        return pixel(page, { x: box.x + 3, y: box.y + 3 });
      };
      expect(await face(chosen), `${chosen} against ${other}`).not.toBe(await face(other));
    }

    await writeNote(page, 'move toward reunification', 'Stalin consents.');
    const card = notesPanel(page).getByRole('listitem').first();
    // The seeded first colour (Key claim, #e9a91c), not the system's ground: the dot, and the bar down the card.
    const dot = await card.locator('.card-swatch').boundingBox();
    const edge = await card.boundingBox();
    if (!dot || !edge) throw new Error('the card is not on screen');
    expect(await pixel(page, { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 })).toBe('rgb(233, 169, 28)');
    expect(await pixel(page, { x: edge.x + 1, y: edge.y + edge.height / 2 })).toBe('rgb(233, 169, 28)');
  });
});
