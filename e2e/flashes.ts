/**
 * A flash (the words jumped to, marked for a moment) is gone again after 1.4 s, so a test that looks for
 * it once its click has returned races it on a busy machine. Instead, every page records each flash
 * painted (through `CSS.highlights.set`) from its first script on, and tests wait for the record.
 */
import type { Page } from '@playwright/test';

/** One flash as the reader saw it: the words of each range it marked. */
export interface Flash {
  name: string;
  words: string[];
}

declare global {
  interface Window {
    carrelFlashes?: Flash[];
  }
}

/** Runs in the page before its own scripts: keeps a record of every highlight whose name ends in "-flash". */
function recordFlashes(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const flashes: Flash[] = [];
  window.carrelFlashes = flashes;
  const registry = CSS.highlights;
  const set = registry.set.bind(registry);
  registry.set = (name: string, highlight: Highlight) => {
    if (name.endsWith('-flash')) {
      const words = [...highlight].map((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      });
      flashes.push({ name, words });
    }
    return set(name, highlight);
  };
}

/** Makes `page` record its flashes; call before it loads the reading room. */
export async function recordFlashesOn(page: Page): Promise<void> {
  await page.addInitScript(recordFlashes);
}

/** The words of every flash named `name` painted so far, oldest first. */
export function flashedWords(page: Page, name: 'carrel-flash' | 'carrel-diff-flash'): Promise<string[][]> {
  return page.evaluate((wanted) => (window.carrelFlashes ?? []).filter((flash) => flash.name === wanted).map((flash) => flash.words), name);
}
