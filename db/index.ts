/**
 * The one call the shells make (cli/, electron/): open the data folder, bring its schema up to date,
 * seed a first run, and answer the contract through the dispatcher.
 */
import os from 'node:os';
import path from 'node:path';
import type { CarrelService } from '../core/api.js';
import type { ExportStream } from '../core/export/index.js';
import { createDispatcher, type Dispatch } from './dispatch.js';
import { systemIdsAndClock, type IdsAndClock } from './import-witness.js';
import { migrate } from './migrate.js';
import { damagedSchema, fullDisk, openStore, STORE_FILE, storeIsCurrent, type Store } from './open.js';
import { readOnlyRefusal } from './read-only-store.js';
import { seedStore } from './seed.js';
import { schemaDamage, sqliteCode } from './sqlite-error.js';
import { createService } from './service.js';
import { exportStreamer, type ExportArgs } from './service/export.js';
import { preparedExports } from './service/prepared-exports.js';

/**
 * What `openCarrel` needs: the folder and the app's version; `log` receives programming faults;
 * `userName` signs annotations until the reader sets a name (default: the system user's name).
 * `access: 'read'` is for callers that only read (`carrel documents`, `carrel export`): once the store
 * is set up they open it read-only, without the writer lock, so they work while the reading room is open.
 */
export interface OpenCarrelOptions {
  dataDir: string;
  version: string;
  access?: 'read' | 'write';
  userName?: string;
  log?: (error: unknown) => void;
  ids?: IdsAndClock;
}

/** An open Carrel. `close` releases the data folder. */
export interface CarrelApp {
  store: Store;
  service: CarrelService;
  /** exportNotes in chunks, for a shell that writes the file itself. */
  exportStream: (args: ExportArgs) => ExportStream;
  /** The export prepareExport left under `ticket`, for the shell serving its download; once. */
  takeExport: (ticket: string) => ExportStream | undefined;
  dispatch: Dispatch;
  close(): void;
}

/** Opens, migrates and seeds the store in `dataDir`. Throws CarrelError with a readable message when it cannot. */
export function openCarrel({ dataDir, version, access = 'write', log, userName = systemUserName(), ids = systemIdsAndClock }: OpenCarrelOptions): CarrelApp {
  const store = withStoreProblemSaid(dataDir, () => (access === 'read' && storeIsCurrent(dataDir) ? openStore({ dataDir, readonly: true }) : openAndSetUp(dataDir, ids, log)));
  const waiting = preparedExports(() => ids.now().getTime());
  const service = createService(store, { version, userName, ids, preparedExports: waiting });
  return {
    store,
    service,
    exportStream: exportStreamer({ store, ids, version }),
    takeExport: (ticket) => waiting.take(ticket),
    dispatch: createDispatcher(service, store, log),
    close: () => store.close(),
  };
}

/** Opens the store for writing, migrated and seeded (a new folder's first run). */
function openAndSetUp(dataDir: string, ids: IdsAndClock, log: ((error: unknown) => void) | undefined): Store {
  const store = openStore({ dataDir, log });
  try {
    migrate(store, { now: () => ids.now() });
    seedStore(store, ids);
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}

/** Runs `open`, answering with a sentence a schema SQLite finds broken, a disk that fills or a store it may not write (each migration is rolled back whole). */
function withStoreProblemSaid<T>(dataDir: string, open: () => T): T {
  try {
    return open();
  } catch (error) {
    throw storeProblemSaid(error, dataDir);
  }
}

/**
/**
 * `error` as a CarrelError with a sentence when SQLite finds the store's schema broken (a table dropped,
 * one made twice), the disk full while setting it up, or refuses to write it; else as it is.
 */
export function storeProblemSaid(error: unknown, dataDir: string): unknown {
  if (sqliteCode(error) === 'SQLITE_FULL') return fullDisk(dataDir);
  const damage = schemaDamage(error);
  if (damage !== undefined) return damagedSchema(dataDir, damage);
  return readOnlyRefusal(error, path.join(dataDir, STORE_FILE)) ?? error;
}

/** The login name of the user running Carrel, or undefined where the system cannot say (no passwd entry). */
function systemUserName(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}

export { dataDirFromEnv } from './data-dir.js';
export type { Store } from './open.js';
