/**
 * A Carrel that writes until it is killed, for the crash test (db/crash.built.test.ts): it creates,
 * updates and deletes notes on the telegram and imports small letters, through the dispatcher as the
 * reading room does, and prints each step before it starts (`begin`) and once it is acknowledged
 * (`ack`), so the test knows which writes the user was told had happened.
 * Run from dist: node dist/db/testing/crash-writer.js DATA_DIR SEED
 */
import { writeSync } from 'node:fs';
import { openCarrel } from '../index.js';

/** One step, as printed: what was asked and, once acknowledged, what it gave. */
export type CrashStep =
  | { op: 'create'; note: string; id?: string }
  | { op: 'update'; id: string; note: string }
  | { op: 'delete'; id: string }
  | { op: 'import'; fileName: string; documentId?: string };

const [dataDir, seedText] = process.argv.slice(2);
if (dataDir === undefined) throw new Error('usage: crash-writer DATA_DIR SEED');
let seed = Number(seedText ?? 1) >>> 0 || 1;
/** A small xorshift, so that a failing trial can be run again with its seed. */
const random = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

// Printed with writeSync so that a line is out of the process before the next write begins.
const say = (kind: 'begin' | 'ack', step: CrashStep) => writeSync(1, `${kind} ${JSON.stringify(step)}\n`);

/** The dispatcher's answer's value, or a thrown sentence: the writer only makes calls that must succeed. */
async function call<T>(method: string, args: unknown): Promise<T> {
  const answer = await app.dispatch(method, args);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

const app = openCarrel({ dataDir, version: 'crash-test', userName: 'Crash test' });
const [telegram] = await call<{ witnesses: { id: string }[] }[]>('listDocuments', {});
const witnessId = telegram?.witnesses[0]?.id;
if (witnessId === undefined) throw new Error('the seeded telegram has no transcription');
const { text } = await call<{ text: string }>('getWitness', { witnessId });
const live: string[] = [];

for (let n = 1; ; n += 1) {
  const roll = random();
  const pick = () => live[Math.floor(random() * live.length)] ?? '';
  if (roll < 0.05) {
    const fileName = `letter-${n}.txt`;
    say('begin', { op: 'import', fileName });
    const content = Buffer.from(`Letter ${n}\n\nWritten with ${random()} in mind.\n`).toString('base64');
    const { documentId } = await call<{ documentId: string }>('importDocument', { fileName, content });
    say('ack', { op: 'import', fileName, documentId });
  } else if (roll < 0.15 && live.length > 0) {
    const id = pick();
    say('begin', { op: 'delete', id });
    await call('deleteAnnotation', { id });
    live.splice(live.indexOf(id), 1);
    say('ack', { op: 'delete', id });
  } else if (roll < 0.4 && live.length > 0) {
    const step = { op: 'update', id: pick(), note: `Revised ${n}` } as const;
    say('begin', step);
    await call('updateAnnotation', { id: step.id, note: step.note });
    say('ack', step);
  } else {
    const start = Math.floor(random() * (text.length - 40));
    const note = `Note ${n}`;
    say('begin', { op: 'create', note });
    const { id } = await call<{ id: string }>('createAnnotation', { witnessId, start, end: start + 5 + Math.floor(random() * 30), note });
    live.push(id);
    say('ack', { op: 'create', note, id });
  }
}
