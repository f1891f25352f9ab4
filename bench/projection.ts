/**
 * Notes across transcriptions: listProjectedAnnotations with hundreds of notes on the seeded telegram's
 * archive record read on its web page, and 1,000 notes on a 200,000-unit generated witness read on a
 * second transcription of it (blank lines doubled, quotes curled, a word in fifty changed, a page header
 * added). Beside each, the baseline every list pays already: listAnnotations, anchoring the same notes
 * on their own transcription.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CarrelService, ProjectedAnnotation } from '../core/api.js';
import { openCarrel } from '../db/index.js';
import { allDocuments, insertDocument } from '../db/repositories/documents.js';
import { insertWitness, readingTextOf, witnessesOfDocument } from '../db/repositories/witnesses.js';
import type { Store } from '../db/open.js';
import { seededRandom } from './random.js';
import { median, ms } from './stats.js';

const RUNS = 5;
const WORDS = ['telegram', 'comrade', 'question', 'Korean', 'decision', 'proposal', 'situation', 'agree', 'together', "Stalin's", 'discussion', 'Peking'];

/** The first call's time (nothing remembered yet), the median of `RUNS` more, and the last answer. */
async function timed<T>(call: () => Promise<T> | T): Promise<{ firstMs: number; ms: number; value: T }> {
  let started = performance.now();
  let value = await call();
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    value = await call();
    times.push(performance.now() - started);
  }
  return { firstMs, ms: median(times), value };
}

/** Notes on `count` random passages of 10 to 70 units of the witness (blank ones skipped). */
async function annotate(service: CarrelService, witnessId: string, text: string, count: number, random: () => number): Promise<void> {
  for (let made = 0; made < count; ) {
    const start = Math.floor(random() * (text.length - 80));
    const end = start + 10 + Math.floor(random() * 60);
    if (text.slice(start, end).trim() === '') continue;
    await service.createAnnotation({ witnessId, start, end, note: `Note ${made}` });
    made += 1;
  }
}

function generatedText(units: number, random: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < units) {
    const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'word';
    const part = random() < 0.03 ? `${word}.\n\n` : `${word} `;
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** Another transcription of `text`, as a saved web page differs from an archive's record. */
function otherTranscription(text: string, random: () => number): string {
  const words = text.split(' ').map((word) => (random() < 0.02 ? `${word}s` : word));
  return `Skip to content\n\nDigital Archive\n\n${words.join(' ').replaceAll('\n\n', '\n\n\n').replaceAll("'", '’')}`;
}

function addGeneratedDocument(store: Store, original: string, other: string): [string, string] {
  const createdAt = new Date(0).toISOString();
  insertDocument(store.db, { id: 'bench-doc', key: undefined, title: 'Generated', meta: {}, createdAt });
  const ids: [string, string] = ['bench-w0', 'bench-w1'];
  [original, other].forEach((text, position) => {
    const id = ids[position] ?? '';
    insertWitness(store.db, {
      id,
      documentId: 'bench-doc',
      position,
      fileName: `${id}.txt`,
      source: 'plain',
      label: position === 0 ? 'Archive record' : 'Web page',
      sha256: (Buffer.from(id).toString('hex') + '0'.repeat(64)).slice(0, 64),
      meta: {},
      text,
      blocks: [],
      marks: [],
      original: new TextEncoder().encode(text),
      createdAt,
    });
  });
  return ids;
}

function tally(projected: readonly ProjectedAnnotation[]): string {
  const landed = projected.filter((p) => p.anchor.status === 'anchored').length;
  const flagged = projected.filter((p) => p.otherReading !== undefined).length;
  return `${landed} landed (${flagged} flagged), ${projected.length - landed} not found`;
}

/** The printed lines. */
export async function projectionReport(): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-projection-'));
  const app = openCarrel({ dataDir, version: 'bench', userName: 'Bench' });
  try {
    const random = seededRandom(7);
    const lines: string[] = [];
    const [telegram] = allDocuments(app.store.db);
    const [archive, webPage] = witnessesOfDocument(app.store.db, telegram?.id ?? '');
    if (!archive || !webPage) throw new Error('the telegram was not seeded');
    await annotate(app.service, archive.id, readingTextOf(app.store.db, archive.id)?.text ?? '', 500, random);
    const own = await timed(() => app.service.listAnnotations({ witnessId: archive.id }));
    const projected = await timed(() => app.service.listProjectedAnnotations({ witnessId: webPage.id }));
    lines.push(
      `Notes across transcriptions, 500 notes on random passages of the telegram's archive record read on its web page: ` +
        `first ${ms(projected.firstMs)}, again ${ms(projected.ms)} (listAnnotations of the same on their own: ${ms(own.ms)}, ` +
        `ratios ${(projected.firstMs / own.ms).toFixed(1)}x and ${(projected.ms / own.ms).toFixed(1)}x); ${tally(projected.value)}`,
    );

    const original = generatedText(200_000, random);
    const [source, target] = addGeneratedDocument(app.store, original, otherTranscription(original, random));
    await annotate(app.service, source, original, 1000, random);
    const ownLong = await timed(() => app.service.listAnnotations({ witnessId: source }));
    const projectedLong = await timed(() => app.service.listProjectedAnnotations({ witnessId: target }));
    lines.push(
      `  1,000 notes on a 200,000-unit transcription read on another: first ${ms(projectedLong.firstMs)}, again ${ms(projectedLong.ms)} ` +
        `(listAnnotations: ${ms(ownLong.ms)}, ratios ${(projectedLong.firstMs / ownLong.ms).toFixed(1)}x and ${(projectedLong.ms / ownLong.ms).toFixed(1)}x); ` +
        tally(projectedLong.value),
    );
    return lines;
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
