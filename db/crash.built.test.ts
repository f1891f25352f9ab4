/**
 * kill -9 during writes and imports: every write the user was told had happened is in the store after
 * the crash, the one in flight is there whole or not at all, and the store passes SQLite's integrity
 * check. The writer is the built dist/db/testing/crash-writer.js, so this runs after `npm run build`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openCarrel, type CarrelApp } from './index.js';
import type { CrashStep } from './testing/crash-writer.js';
import { cleanUpScratch, scratchFolder } from './testing/scratch.js';

afterAll(cleanUpScratch);

/** What the user was told, in order, and the step begun but not acknowledged when the writer died. */
interface Told {
  acknowledged: CrashStep[];
  inFlight?: CrashStep;
}

/** Runs the writer on `dataDir` until it has acknowledged `steps` writes, then kills it with SIGKILL. */
async function writeThenKill(dataDir: string, seed: number, steps: number): Promise<Told> {
  const writer = spawn(process.execPath, ['dist/db/testing/crash-writer.js', dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(writer, 'exit');
  const told: Told = { acknowledged: [] };
  for await (const line of createInterface({ input: writer.stdout })) {
    const step = JSON.parse(line.slice(line.indexOf(' ') + 1)) as CrashStep;
    if (line.startsWith('begin')) {
      told.inFlight = step;
    } else {
      told.acknowledged.push(step);
      told.inFlight = undefined;
      if (told.acknowledged.length === steps) writer.kill('SIGKILL');
    }
  }
  await exited;
  return told;
}

/** The notes on the telegram's transcription and the documents beside the telegram, as the reopened store reads them. */
async function whatIsStored(app: CarrelApp): Promise<{ notes: Map<string, string>; letters: string[] }> {
  const answer = async <T>(method: string, args: unknown): Promise<T> => {
    const result = await app.dispatch(method, args);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const documents = await answer<{ id: string; title: string; witnesses: { id: string }[] }[]>('listDocuments', {});
  const [telegram, ...letters] = documents.sort((a, b) => (a.title.startsWith('Letter') ? 1 : 0) - (b.title.startsWith('Letter') ? 1 : 0));
  const annotations = await answer<{ id: string; note: string }[]>('listAnnotations', { witnessId: telegram?.witnesses[0]?.id });
  for (const letter of letters) expect(letter.witnesses, `letter ${letter.title} has its text`).toHaveLength(1);
  return { notes: new Map(annotations.map((a) => [a.id, a.note])), letters: letters.map((letter) => letter.id) };
}

/** The notes and letters after the acknowledged steps: what must be stored, give or take the step in flight. */
function replay(steps: readonly CrashStep[]): { notes: Map<string, string>; letters: string[] } {
  const notes = new Map<string, string>();
  const letters: string[] = [];
  for (const step of steps) {
    if (step.op === 'create' && step.id !== undefined) notes.set(step.id, step.note);
    if (step.op === 'update') notes.set(step.id, step.note);
    if (step.op === 'delete') notes.delete(step.id);
    if (step.op === 'import' && step.documentId !== undefined) letters.push(step.documentId);
  }
  return { notes, letters };
}

describe('a Carrel killed with SIGKILL while it writes', () => {
  // Ten trials, each killed after a different number of acknowledged writes (seeded, so a failure can be rerun).
  it.each(Array.from({ length: 10 }, (_, trial) => ({ trial, steps: 20 + ((trial * 37) % 90) })))(
    'trial $trial: keeps all $steps acknowledged writes, the one in flight whole or not at all, and an intact store',
    async ({ trial, steps }) => {
      const dataDir = scratchFolder();
      const told = await writeThenKill(dataDir, trial + 1, steps);
      const app = openCarrel({ dataDir, version: 'crash-test' });
      try {
        expect(app.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = await whatIsStored(app);
        const before = replay(told.acknowledged);
        const inFlight = told.inFlight;
        if (inFlight?.op === 'create') {
          // Its id was never printed: an extra note is allowed only if it is the one in flight.
          const extra = [...stored.notes].filter(([id]) => !before.notes.has(id));
          expect(extra.length <= 1 && extra.every(([, note]) => note === inFlight.note)).toBe(true);
          for (const [id] of extra) stored.notes.delete(id);
        }
        const after = inFlight === undefined || inFlight.op === 'create' || inFlight.op === 'import' ? before : replay([...told.acknowledged, inFlight]);
        // As plain objects: toContainEqual finds any two Maps equal.
        expect([before.notes, after.notes].map((notes) => Object.fromEntries(notes))).toContainEqual(Object.fromEntries(stored.notes));
        expect(stored.letters).toEqual(expect.arrayContaining(before.letters));
        const extraLetters = stored.letters.length - before.letters.length;
        expect(extraLetters === 0 || (extraLetters === 1 && inFlight?.op === 'import')).toBe(true);
      } finally {
        app.close();
      }
    },
    60_000,
  );
});
