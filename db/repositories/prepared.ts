/** Statements prepared once per open database, lazily: a repository's tables exist only after migration. */
import type Database from 'better-sqlite3';

/** The better-sqlite3 connection repositories work on. */
export type Db = Database.Database;

/** Wraps a function that prepares a repository's statements so that it runs once per connection. */
export function preparedPerDb<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}
