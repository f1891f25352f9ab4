/** The mark the cold-start bench (bench/cold-start.ts) and the tests (e2e/reader.ts) wait for. */
const KEYS_WORKING = 'carrel:interactive';

let marked = false;

/**
 * Marks, once, the moment the first screen's keys work: the reading desk holds its text (selecting, then H
 * or A, needs it), and the task that gave it the text is over, so that a key pressed now is handled now
 * rather than after the rest of that task. The mark is a task as urgent as a key press (the browser runs
 * input before other tasks), where the browser can order tasks so.
 */
export function markKeysWorking(): void {
  if (marked) return;
  marked = true;
  const mark = () => void performance.mark(KEYS_WORKING);
  if ('scheduler' in globalThis) void scheduler.postTask(mark, { priority: 'user-blocking' });
  else setTimeout(mark);
}
