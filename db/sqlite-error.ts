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
