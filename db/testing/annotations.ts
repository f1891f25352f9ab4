/**
 * Fixtures for annotation tests: a migrated store holding documents and witnesses whose texts the test
 * writes, ids and a clock the test controls, and a dump of every table an annotation write touches, to
 * prove that a refused write changed nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../core/annotation/model.js';
import { isCarrelError } from '../../core/errors.js';
import { createDispatcher } from '../dispatch.js';
import type { IdsAndClock } from '../import-witness.js';
import { defaultMigrationsDir, migrate } from '../migrate.js';
import { openStore, type Store } from '../open.js';
import { insertDocument } from '../repositories/documents.js';
import { createService } from '../service.js';
import { closeAfterTest, scratchFolder } from './scratch.js';

const createdAt = '2026-01-01T00:00:00.000Z';

/** A migrated store in a fresh folder, closed after the test. */
export function migratedStore(): Store {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  return store;
}

/**
 * A store migrated only to schema `version`, as an older Carrel left it, and the folder of those
 * migrations; `migrate(store)` then takes it the rest of the way.
 */
export function storeAtSchema(version: number): Store {
  const migrationsDir = scratchFolder();
  for (const name of fs.readdirSync(defaultMigrationsDir()).filter((file) => Number.parseInt(file, 10) <= version)) {
    fs.copyFileSync(path.join(defaultMigrationsDir(), name), path.join(migrationsDir, name));
  }
  const store = closeAfterTest(openStore({ dataDir: scratchFolder(), migrationsDir }));
  migrate(store, { migrationsDir });
  return store;
}

/**
 * Adds a document with one witness per text (ids `${documentId}-w0`, `-w1` ...); answers the witness ids.
 * Written in the columns every schema since 001 has, so that it also fills a store at an older schema.
 */
export function addDocument(store: Store, documentId: string, ...texts: string[]): string[] {
  insertDocument(store.db, { id: documentId, key: undefined, title: `Document ${documentId}`, meta: {}, createdAt });
  const insert = store.db.prepare(
    `INSERT INTO witnesses (id, document_id, position, file_name, source, label, original, sha256, reading_text, blocks_json, marks_json, meta_json, created_at)
     VALUES (?, ?, ?, ?, 'plain', 'Plain text', ?, ?, ?, '[]', '[]', '{}', ?)`,
  );
  return texts.map((text, position) => {
    const id = `${documentId}-w${position}`;
    // Unique per witness, shaped like a SHA-256: the schema checks the shape, not the digest.
    const sha256 = (Buffer.from(id).toString('hex') + '0'.repeat(64)).slice(0, 64);
    insert.run(id, documentId, position, `${id}.txt`, Buffer.from(text), sha256, text, createdAt);
    return id;
  });
}

/** Ids and a clock for tests: UUIDs counting up from 1, and a clock that moves only when told. */
export interface TestIdsAndClock extends IdsAndClock {
  /** Moves the clock on by `ms` milliseconds. */
  advance(ms: number): void;
}

/** UUIDs 00000000-0000-4000-8000-000000000001, ...02 ...; the clock starts at `start`. */
export function testIdsAndClock(start = '2026-05-14T09:00:00.000Z'): TestIdsAndClock {
  let count = 0;
  let time = Date.parse(start);
  return {
    newId: () => `00000000-0000-4000-8000-${String(++count).padStart(12, '0')}`,
    now: () => new Date(time),
    advance: (ms) => {
      time += ms;
    },
  };
}

/** A passage annotation on `witnessId` with plausible values; `overrides` win. */
export function annotationFixture(documentId: string, witnessId: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: '11111111-2222-4333-8444-555555555555',
    documentId,
    target: {
      witnessId,
      quote: { type: 'TextQuoteSelector', exact: 'agree', prefix: 'They ', suffix: ' to move' },
      position: { type: 'TextPositionSelector', start: 5, end: 10 },
    },
    motivation: 'highlighting',
    note: '',
    tags: [],
    category: 'key-claim',
    people: [],
    creator: 'Reader',
    created: createdAt,
    modified: createdAt,
    ...overrides,
  };
}

/** The same annotation as a note on its whole document: no target. */
export function withoutTarget(annotation: Annotation): Annotation {
  const copy = { ...annotation };
  delete copy.target;
  return copy;
}

const dumped = ['annotations', 'annotation_tags', 'annotation_people', 'categories', 'changes', 'settings', 'annotation_text', 'annotation_tag_text'] as const;

/**
 * Every row of the tables annotation writes touch, the search index included, in a stable order.
 * Left out: annotations.n, the search index's internal key, which an annotation restored by undo may
 * get afresh.
 */
export function dumpAnnotationTables(store: Store): Record<(typeof dumped)[number], unknown[]> {
  return dumpTables(store, dumped);
}

/** Every row of each of `tables` (names from the test's own constants, never from input), sorted, without annotations.n. */
export function dumpTables<T extends string>(store: Store, tables: readonly T[]): Record<T, unknown[]> {
  const dump = {} as Record<T, unknown[]>;
  for (const table of tables) {
    const rows = store.db.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all();
    for (const row of rows) delete row.n;
    dump[table] = rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return dump;
}

/** A service and its dispatcher over a store holding document `d1` with one witness per text, signed "Ada Reader". */
export function annotationService(...texts: string[]) {
  const store = migratedStore();
  const witnessIds = addDocument(store, 'd1', ...texts);
  const clock = testIdsAndClock();
  const faults: unknown[] = [];
  const service = createService(store, { version: '1.0.0', userName: 'Ada Reader', ids: clock });
  const dispatch = createDispatcher(service, store, (error) => faults.push(error));
  return { store, service, dispatch, clock, witnessIds, faults };
}

/** The CarrelError a call throws (sync or async), or fails the test. */
export async function refusal(call: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await call();
  } catch (error) {
    if (isCarrelError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a CarrelError, but the call succeeded');
}

/** Two sentences of the telegram: a short text for notes. */
export const TELEGRAM_SENTENCES =
  'Comrade Filippov [Stalin] and Mao agree that the Koreans may move toward reunification. ' +
  'The final decision on the question must be made by the Chinese and Korean comrades together.';

/** Offsets of `phrase` in `text` (the telegram's two sentences unless given). */
export function span(phrase: string, text = TELEGRAM_SENTENCES): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

/** The `n`th of a run of valid annotation ids, for fixtures that name their notes. */
export const numberedAnnotationId = (n: number): string => `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;
