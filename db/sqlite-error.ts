/** Reading SQLite's result codes off better-sqlite3's errors, which open and lock both need. */
import Database from 'better-sqlite3';

/** The SQLite result code (`SQLITE_BUSY`, `SQLITE_NOTADB` ...) of an error from better-sqlite3, else undefined. */
export function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

/** True when SQLite says the file's content is not a sound database (corrupt pages or not SQLite at all). */
export function isDamagedFileError(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== undefined && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * SQLite's own words when the store's schema is not the one its version number promises (a table
 * dropped, an object already there that a migration makes): a damaged store, not a fault in Carrel.
 */
export function schemaDamage(error: unknown): string | undefined {
  if (sqliteCode(error) !== 'SQLITE_ERROR' || !(error instanceof Error)) return undefined;
  return /^(?:no such (?:table|column|index|trigger)|(?:table|index|trigger|view) \S+ already exists)/u.test(error.message) ? error.message : undefined;
}

/** What `PRAGMA integrity_check` finds wrong with the open file (its first three problems), or undefined when it is sound. */
export function integrityProblems(db: Database.Database): string | undefined {
  const problems = db.prepare('PRAGMA integrity_check').pluck().all().map(String);
  return problems.length === 1 && problems[0] === 'ok' ? undefined : problems.slice(0, 3).join('; ');
}
