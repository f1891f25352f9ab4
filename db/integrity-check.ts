/**
 * When the store's file is checked whole (`PRAGMA integrity_check`), and the check that runs after
 * opening when it was not. The whole check reads every page and every index: 2.7 s for a 210 MB store
 * and 28 s for 2 GB on the bench machine, too long to make a reader wait for at every start. So it runs
 * at open only where it is short or wanted (a small file, or one its last writer did not close), and
 * otherwise on a thread of its own while the reader works; what it finds is answered to every call from
 * then on (the dispatcher asks `damage`), as a damaged store at open is.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { CarrelError } from '../core/errors.js';

/** Files up to this size are checked whole at open (well under a second on the bench machine). */
export const CHECKED_AT_OPEN_BYTES = 64 * 1024 * 1024;

/**
 * True when `file` is to be checked whole before it is opened: it is at most `checkedAtOpenBytes`, or
 * its write-ahead log is still there with something in it, which a writer that closed would have folded
 * into the file and deleted (a crash, a power cut). WAL keeps a crash from damaging the file; the check
 * is for the disk that lied about a write.
 */
export function checkWholeAtOpen(file: string, checkedAtOpenBytes: number): boolean {
  if (fs.statSync(file).size <= checkedAtOpenBytes) return true;
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** A check under way on its own thread. */
export interface BackgroundCheck {
  /** The store's damage as the reader is told it, once the check has found some. */
  damage(): CarrelError | undefined;
  /** Settles when the check has finished (or failed, or was stopped). */
  readonly finished: Promise<void>;
  /** Stops the check; a process may also exit under it. */
  stop(): void;
}

/**
 * Built, the worker is dist/db/integrity-worker.js beside this file; under vitest it starts from the
 * import worker's loader of the TypeScript sources (import-worker/from-sources.ts).
 */
const fromSources = import.meta.url.endsWith('.ts');
const WORKER_SCRIPT = new URL(fromSources ? './import-worker/from-sources.ts' : './integrity-worker.js', import.meta.url);

/**
 * Starts `PRAGMA integrity_check` over `file` on a worker thread. `damaged` words SQLite's findings for
 * the reader; `log` receives a check that could not run (a fault, not damage: the store is not blamed).
 */
export function checkInBackground(file: string, damaged: (problems: string) => CarrelError, log: (error: unknown) => void): BackgroundCheck {
  let found: CarrelError | undefined;
  const entry = fromSources ? new URL('./integrity-worker.ts', import.meta.url).href : undefined;
  const worker = new Worker(WORKER_SCRIPT, { workerData: { file, entry } });
  // The check must not keep a finished command, or a quitting app, alive.
  worker.unref();
  const finished = new Promise<void>((resolve) => {
    worker.on('message', (problems: string | null) => {
      if (problems !== null) found = damaged(problems);
    });
    worker.on('error', (error) => log(error));
    worker.on('exit', () => resolve());
  });
  return {
    damage: () => found,
    finished,
    stop: () => void worker.terminate(),
  };
}
