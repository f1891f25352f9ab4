/**
 * Exports made ready for a download (prepareExport): each waits under a random ticket until the shell
 * that serves the page (the loopback host, app:// in Electron) is asked for it, once, or until it is too
 * old. Only a few wait at a time, since each holds its selection's rows.
 */
import { randomBytes } from 'node:crypto';
import type { ExportStream } from '../../core/export/index.js';

/** How long a prepared export waits for its download: the page asks for it at once. */
export const EXPORT_WAIT_MS = 5 * 60_000;

/** Most exports waiting at once; one more drops the oldest, whose download then finds nothing. */
export const MAX_WAITING_EXPORTS = 8;

export interface PreparedExports {
  /** Keeps `stream` and answers its ticket (EXPORT_TICKET's shape). */
  put(stream: ExportStream): string;
  /** The export waiting under `ticket`, no longer waiting; undefined when none is (unknown, taken or too old). */
  take(ticket: string): ExportStream | undefined;
}

/** An empty waiting room for exports, whose age is read from `now` (milliseconds). */
export function preparedExports(now: () => number): PreparedExports {
  const waiting = new Map<string, { stream: ExportStream; until: number }>();
  const forgetOld = (): void => {
    const at = now();
    for (const [ticket, { until }] of waiting) if (until <= at) waiting.delete(ticket);
  };
  return {
    put(stream) {
      forgetOld();
      // A Map keeps insertion order: its first key is the oldest.
      for (const ticket of [...waiting.keys()].slice(0, Math.max(0, waiting.size - MAX_WAITING_EXPORTS + 1))) waiting.delete(ticket);
      const ticket = randomBytes(16).toString('base64url');
      waiting.set(ticket, { stream, until: now() + EXPORT_WAIT_MS });
      return ticket;
    },
    take(ticket) {
      forgetOld();
      const found = waiting.get(ticket);
      waiting.delete(ticket);
      return found?.stream;
    },
  };
}
