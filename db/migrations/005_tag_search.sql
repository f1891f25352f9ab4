-- Tags get a full-text index of their own. As a column of annotation_text, a search for a word common
-- in notes but rare in tags walked the word's whole list of notes to find the few tags holding it
-- (7 ms for a word in most of 100,000 notes); in their own index only tagged rows are read.
-- Both indexes are derived data, rebuilt here from the tables they mirror.

DROP TRIGGER annotation_text_after_tag_insert;
DROP TRIGGER annotation_text_after_tag_update;
DROP TRIGGER annotation_text_after_tag_delete;
DROP TRIGGER annotation_text_after_insert;
DROP TABLE annotation_text;

-- As in 003, less the tags. 003's triggers after an update or a delete of an annotation keep it up to
-- date as they are: they name neither the dropped column nor the dropped table's identity.
CREATE VIRTUAL TABLE annotation_text USING fts5 (
  annotation_id UNINDEXED,
  quote,
  note,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO annotation_text (rowid, annotation_id, quote, note)
SELECT n, id, coalesce(quote_exact, ''), note FROM annotations;

CREATE TRIGGER annotation_text_after_insert AFTER INSERT ON annotations
BEGIN
  INSERT INTO annotation_text (rowid, annotation_id, quote, note)
  VALUES (new.n, new.id, coalesce(new.quote_exact, ''), new.note);
END;

-- An annotation's tags as one text, one row an annotation that has tags, keyed like annotation_text
-- by annotations.n.
CREATE VIRTUAL TABLE annotation_tag_text USING fts5 (
  tags,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO annotation_tag_text (rowid, tags)
SELECT a.n, group_concat(t.tag, char(10) ORDER BY t.position)
FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id
GROUP BY a.n;

-- Any change to a tag rewrites its annotation's row: at most a few tags an annotation. Each trigger
-- names its annotation in the WHERE of the join itself, so that SQLite reads that annotation's tags
-- by index (through a view it grouped every annotation first).
CREATE TRIGGER annotation_tag_text_after_tag_insert AFTER INSERT ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = new.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, group_concat(t.tag, char(10) ORDER BY t.position)
  FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id
  WHERE a.id = new.annotation_id GROUP BY a.n;
END;

CREATE TRIGGER annotation_tag_text_after_tag_update AFTER UPDATE OF annotation_id, tag, position ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid IN (SELECT n FROM annotations WHERE id IN (old.annotation_id, new.annotation_id));
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, group_concat(t.tag, char(10) ORDER BY t.position)
  FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id
  WHERE a.id IN (old.annotation_id, new.annotation_id) GROUP BY a.n;
END;

CREATE TRIGGER annotation_tag_text_after_tag_delete AFTER DELETE ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = old.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, group_concat(t.tag, char(10) ORDER BY t.position)
  FROM annotations a JOIN annotation_tags t ON t.annotation_id = a.id
  WHERE a.id = old.annotation_id GROUP BY a.n;
END;

-- An annotation deleted takes its tags' row along, whether or not its tags' deletion fired the above
-- (it does not when the annotation row goes first).
CREATE TRIGGER annotation_tag_text_after_delete AFTER DELETE ON annotations
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = old.n;
END;
