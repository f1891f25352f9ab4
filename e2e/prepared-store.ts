/** A data folder filled before `carrel serve` opens it, for stories that need more than the seeded telegram. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCarrel } from '../db/index.js';
import { startServe, stopServe } from './serve-process.js';

type Carrel = ReturnType<typeof openCarrel>;

/**
 * Opens a fresh store (seeded as on a first run), lets `prepare` write to it, closes it, serves it, and
 * runs `story` with the launch address and what `prepare` answered; then stops the host and removes the folder.
 */
export async function withPreparedStore<T>(prepare: (carrel: Carrel) => T | Promise<T>, story: (url: string, prepared: T) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-e2e-prepared-'));
  try {
    const app = openCarrel({ dataDir, version: 'e2e' });
    let prepared: T;
    try {
      prepared = await prepare(app);
    } finally {
      app.close();
    }
    const { child, url } = await startServe(dataDir);
    try {
      await story(url, prepared);
    } finally {
      await stopServe(child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
