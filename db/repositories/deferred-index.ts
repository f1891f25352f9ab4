/**
 * The annotation search indexes (annotation_text, annotation_tag_text) written once for many rows, as a
 * bulk write wants them: while the work runs the triggers leave them alone (migration 012), then the rows
 * it touched are indexed in two statements. A trigger's write to an FTS5 table flushes it each time.
 */
import { preparedPerDb, type Db } from './prepared.js';

// The annotations a catch-up indexes, as a JSON list of ids (one parameter whatever their number).
const touched = `(SELECT n FROM annotations WHERE id IN (SELECT value FROM json_each(?)))`;

const statements = preparedPerDb((db) => ({
  defer: db.prepare<[]>('INSERT INTO search_index_deferred (one) VALUES (1)'),
  resume: db.prepare<[]>('DELETE FROM search_index_deferred'),
  dropText: db.prepare<[string]>(`DELETE FROM annotation_text WHERE rowid IN ${touched}`),
  addText: db.prepare<[string]>(
    `INSERT INTO annotation_text (rowid, annotation_id, quote, note)
     SELECT n, id, coalesce(quote_exact, ''), note FROM annotations WHERE n IN ${touched}`,
  ),
  dropTags: db.prepare<[string]>(`DELETE FROM annotation_tag_text WHERE rowid IN ${touched}`),
  addTags: db.prepare<[string]>(
    `INSERT INTO annotation_tag_text (rowid, tags)
     SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
     FROM annotations a
     WHERE a.n IN ${touched} AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id)`,
  ),
}));

/** The annotations a bulk write touched: rows it added, which the indexes lack, and rows it changed, whose index rows are stale. */
export interface Written {
  added: readonly string[];
  updated: readonly string[];
}

/**
 * Runs `work`, which answers its result and the ids of the annotations it wrote, with the triggers'
 * indexing held back; then indexes those annotations. Run it inside a transaction: a failure rolls the
 * rows and the pause back together.
 */
export function withDeferredIndex<T>(db: Db, work: () => { result: T; written: Written }): T {
  const s = statements(db);
  s.defer.run();
  const { result, written } = work();
  const updated = JSON.stringify(written.updated);
  const all = JSON.stringify([...written.added, ...written.updated]);
  s.dropText.run(updated);
  s.dropTags.run(updated);
  s.addText.run(all);
  s.addTags.run(all);
  s.resume.run();
  return result;
}
