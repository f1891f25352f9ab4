/**
 * Scratch space for tests against real SQLite files: a fresh folder per test, and whatever the test
 * opened closed before the folder is removed. Call `cleanUpScratch` from `afterEach`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pending: (() => void)[] = [];

/** A new empty folder under the system's temporary folder. */
export function scratchFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carrel-test-'));
  pending.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Registers `thing` to be closed after the test (before its folder is removed); returns it. */
export function closeAfterTest<T extends { close(): void }>(thing: T): T {
  undoAfterTest(() => thing.close());
  return thing;
}

/** Registers `undo` to run after the test, before the folders made earlier are removed. */
export function undoAfterTest(undo: () => void): void {
  pending.push(undo);
}

/** Closes and removes, newest first, everything registered since the last call. */
export function cleanUpScratch(): void {
  for (const undo of pending.splice(0).reverse()) undo();
}
