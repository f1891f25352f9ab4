/**
 * Playwright fixtures: each test gets a fresh data folder and its own `carrel serve` on a free loopback
 * port, started from the built CLI exactly as a user would start it.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFlashesOn } from './flashes.js';
import { startServe, stopServe } from './serve-process.js';

export interface ReadingRoom {
  /**
   * The address with its launch token, as `carrel serve` printed it: the test's page opens the reading
   * room with it once, and then again as often as it likes (the browser holds the session).
   */
  url: string;
  /** The origin, without the token: a page in the test's browser holds the session there after the address was opened. */
  origin: string;
  dataDir: string;
}

export const test = base.extend<{ readingRoom: ReadingRoom }>({
  page: async ({ page }, use) => {
    await recordFlashesOn(page);
    await use(page);
  },
  readingRoom: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'carrel-e2e-'));
    const { child, url } = await startServe(dataDir);
    await use({ url, origin: new URL(url).origin, dataDir });
    await stopServe(child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
