/** The settings table: small named facts about the store. */
import { preparedPerDb, type Db } from './prepared.js';

const statements = preparedPerDb((db) => ({
  get: db.prepare<[string], string>('SELECT value FROM settings WHERE name = ?').pluck(),
  set: db.prepare<[string, string]>(
    'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  ),
}));

/** The setting's value, or undefined when it was never set. */
export function settingValue(db: Db, name: string): string | undefined {
  return statements(db).get.get(name);
}

/** Sets a setting, replacing any earlier value. */
export function setSetting(db: Db, name: string, value: string): void {
  statements(db).set.run(name, value);
}
