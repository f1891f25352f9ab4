/**
 * The imports under way that a reader may follow and stop: each named by the caller's `importId`, with
 * its stage and, while it is read, its parts (a PDF's pages) read so far. An import is stoppable until it
 * is stored; a cancel that arrives before its file (a large file is still being sent) is kept, so that
 * the file is refused when it comes.
 */
import type { ImportProgress } from '../../core/api.js';

/** Cancels remembered for files not arrived yet; more are dropped oldest first (a caller cancelling in a loop). */
const MOST_CANCELLED_AHEAD = 100;

interface UnderWay {
  progress: ImportProgress;
  controller: AbortController;
}

export interface ImportsUnderWay {
  /** Starts following `importId`: its signal aborts on cancel; undefined when it was cancelled already. */
  begin(importId: string): AbortSignal | undefined;
  /** Records how far the import has come. */
  update(importId: string, progress: ImportProgress): void;
  /** Stops following it (stored, refused or cancelled). */
  end(importId: string): void;
  progressOf(importId: string): ImportProgress;
  /** True when the import will not be stored: it was waiting, reading or not arrived yet. */
  cancel(importId: string): boolean;
}

export function importsUnderWay(): ImportsUnderWay {
  const running = new Map<string, UnderWay>();
  const cancelledAhead = new Set<string>();
  return {
    begin(importId) {
      if (cancelledAhead.delete(importId)) return undefined;
      const controller = new AbortController();
      running.set(importId, { progress: { stage: 'waiting', done: 0, total: 0 }, controller });
      return controller.signal;
    },
    update(importId, progress) {
      const underWay = running.get(importId);
      if (underWay) underWay.progress = progress;
    },
    end(importId) {
      running.delete(importId);
    },
    progressOf(importId) {
      return running.get(importId)?.progress ?? { stage: 'unknown', done: 0, total: 0 };
    },
    cancel(importId) {
      const underWay = running.get(importId);
      if (underWay === undefined) {
        cancelledAhead.add(importId);
        if (cancelledAhead.size > MOST_CANCELLED_AHEAD) cancelledAhead.delete(cancelledAhead.values().next().value ?? importId);
        return true;
      }
      // Being written, it is one transaction that finishes; stopping it is no longer possible.
      if (underWay.progress.stage === 'storing') return false;
      underWay.controller.abort();
      return true;
    },
  };
}
