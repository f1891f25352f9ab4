/**
 * What a store's file holds, by part, from SQLite's dbstat table: each table with its indexes, and each
 * full-text index's copy of its texts apart from the index itself, since those are the parts a change
 * of layout would shrink. The bench prints it beside the store's size against its raw text.
 */
import Database from 'better-sqlite3';

/** One part of the file: its bytes on pages, and of those the bytes no row uses (a half-empty page's rest). */
export interface StorePart {
  name: string;
  bytes: number;
  unusedBytes: number;
}

/** The largest parts of the SQLite file `file`, largest first; a table's indexes count as a part of their own. */
export function storeParts(file: string, count = 8): StorePart[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[number], StorePart>(
        `SELECT CASE
             WHEN schema.type = 'index' THEN 'indexes on ' || schema.tbl_name
             WHEN stat.name LIKE '%\\_content' ESCAPE '\\' THEN stat.name
             WHEN fts.name IS NOT NULL THEN fts.name || ' (search index)'
             ELSE stat.name END AS name,
           sum(stat.pgsize) AS bytes, sum(stat.unused) AS unusedBytes
         FROM dbstat AS stat
           LEFT JOIN sqlite_schema AS schema ON schema.name = stat.name
           LEFT JOIN sqlite_schema AS fts ON fts.sql LIKE 'CREATE VIRTUAL TABLE%fts5%' AND stat.name GLOB fts.name || '_*'
         GROUP BY 1 ORDER BY bytes DESC LIMIT ?`,
      )
      .all(count);
  } finally {
    db.close();
  }
}
