/**
 * The first run's library: the bundled telegram (Vyshinsky to Mao, 14 May 1950) in both of its
 * transcriptions, so that a new reader has something to read and annotate at once, and the four people
 * it names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importWitnessFile, systemIdsAndClock, type IdsAndClock } from './import-witness.js';
import type { Store } from './open.js';
import { hasDocuments } from './repositories/documents.js';
import { setSetting, settingValue } from './repositories/settings.js';
import { packagePath } from './package-root.js';
import { seedPeople } from './seed-people.js';

/** The settings flag that records the seed, so that a reader who deletes the telegram does not get it back. */
export const SEEDED_SETTING = 'seeded';

/** The bundled witness files. Their names order them: the archive record (000_) comes first. */
export function bundledTelegramFolder(): string {
  return packagePath('assets', 'telegram');
}

/**
 * Imports every file of `folder`, in name order, into an empty store that was never seeded, all in one
 * transaction with the flag; adds the seed people to a store that never had them (each seed has its own
 * flag: stores seeded before people existed get the people alone). Returns how many witnesses were
 * imported (0 when there was nothing to do).
 */
export function seedStore(store: Store, ids: IdsAndClock = systemIdsAndClock, folder: string = bundledTelegramFolder()): number {
  const { db } = store;
  return db
    .transaction((): number => {
      seedPeople(db, ids.now());
      if (settingValue(db, SEEDED_SETTING) !== undefined || hasDocuments(db)) return 0;
      const names = fs.readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
      for (const name of names) importWitnessFile(store, name, fs.readFileSync(path.join(folder, name)), ids);
      setSetting(db, SEEDED_SETTING, ids.now().toISOString());
      return names.length;
    })
    .immediate();
}
