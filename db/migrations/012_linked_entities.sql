-- Notes brought in from other tools (issue 15).
--
-- 1. What an identifying body names when it is not a person: a place in Pleiades or GeoNames, an event.
--    Kept on the annotation as the file gave it (its URI and label), shown as a link and exported
--    unchanged; never made a person of the registry. In the reader's order; deleting the annotation
--    takes them with it. The limits are those of core/annotation/model.ts.
CREATE TABLE annotation_entities (
  -- The key's columns first, in its order: SQLite 3.40 and 3.41 misread a WITHOUT ROWID table otherwise (010).
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  uri           TEXT NOT NULL CHECK (length(uri) BETWEEN 1 AND 2000 AND uri NOT GLOB '*[ 	]*'),
  label         TEXT CHECK (label IS NULL OR length(label) BETWEEN 1 AND 200),
  PRIMARY KEY (annotation_id, position),
  UNIQUE (annotation_id, uri)
) STRICT, WITHOUT ROWID;

-- 2. An import of thousands of notes writes the search indexes once, at its end, rather than row by
--    row from the triggers: a trigger's write to an FTS5 table flushes it to disk each time (its
--    statement opens a savepoint), which made the index 90% of an import's time. While this table
--    holds its one row, the triggers below leave the indexes alone; the import fills them for the rows
--    it wrote (db/repositories/deferred-index.ts) and empties the table, in its own transaction, so no
--    other statement ever sees the indexes behind. Deletions keep their triggers: they are rare.
CREATE TABLE search_index_deferred (
  one INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;

DROP TRIGGER annotation_text_after_insert;
DROP TRIGGER annotation_text_after_update;
DROP TRIGGER annotation_tag_text_after_tag_insert;
DROP TRIGGER annotation_tag_text_after_tag_update;
DROP TRIGGER annotation_tag_text_after_tag_delete;

CREATE TRIGGER annotation_text_after_insert AFTER INSERT ON annotations
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
  INSERT INTO annotation_text (rowid, annotation_id, quote, note)
  VALUES (new.n, new.id, coalesce(new.quote_exact, ''), new.note);
END;

CREATE TRIGGER annotation_text_after_update AFTER UPDATE OF quote_exact, note ON annotations
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
  UPDATE annotation_text SET quote = coalesce(new.quote_exact, ''), note = new.note WHERE rowid = new.n;
END;

-- As in 010.
CREATE TRIGGER annotation_tag_text_after_tag_insert AFTER INSERT ON annotation_tags
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = new.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id = new.annotation_id AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;

CREATE TRIGGER annotation_tag_text_after_tag_update AFTER UPDATE OF annotation_id, tag, position ON annotation_tags
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid IN (SELECT n FROM annotations WHERE id IN (old.annotation_id, new.annotation_id));
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id IN (old.annotation_id, new.annotation_id) AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;

CREATE TRIGGER annotation_tag_text_after_tag_delete AFTER DELETE ON annotation_tags
WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred)
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = old.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id = old.annotation_id AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;
