-- The store must open in the SQLite a reader already has: Debian 12's sqlite3 and Python's are 3.40,
-- and a researcher's notes must stay readable by ordinary tools. db/plain-sqlite.test.ts opens a store
-- with the system's sqlite3; new migrations keep to SQL that SQLite 3.40 reads.
--
-- 1. The tag search triggers of 005 used group_concat(... ORDER BY ...), which SQLite reads only from 3.44
--    on: an older SQLite refuses the whole database. The triggers are made again with the tags ordered
--    in a subquery, which every SQLite reads (search snippets show the tags in the reader's order).
DROP TRIGGER annotation_tag_text_after_tag_insert;
DROP TRIGGER annotation_tag_text_after_tag_update;
DROP TRIGGER annotation_tag_text_after_tag_delete;

CREATE TRIGGER annotation_tag_text_after_tag_insert AFTER INSERT ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = new.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id = new.annotation_id AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;

CREATE TRIGGER annotation_tag_text_after_tag_update AFTER UPDATE OF annotation_id, tag, position ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid IN (SELECT n FROM annotations WHERE id IN (old.annotation_id, new.annotation_id));
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id IN (old.annotation_id, new.annotation_id) AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;

CREATE TRIGGER annotation_tag_text_after_tag_delete AFTER DELETE ON annotation_tags
BEGIN
  DELETE FROM annotation_tag_text WHERE rowid = (SELECT n FROM annotations WHERE id = old.annotation_id);
  INSERT INTO annotation_tag_text (rowid, tags)
  SELECT a.n, (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags WHERE annotation_id = a.id ORDER BY position))
  FROM annotations a
  WHERE a.id = old.annotation_id AND EXISTS (SELECT 1 FROM annotation_tags WHERE annotation_id = a.id);
END;

-- 2. SQLite 3.40.0 to 3.41.0 report "NULL value in person_aliases.name" from integrity_check on a
--    WITHOUT ROWID table whose key columns are not declared first, in the key's order: person_aliases
--    is made again with (person_id, position) first. No key refers to it; its triggers, and the one on
--    people that reads it, come back as 004 made them. The person_text index keeps its rows: the names
--    are the same.
DROP TRIGGER person_text_after_update;
DROP TRIGGER person_aliases_at_most_200;
DROP TRIGGER person_text_after_alias_insert;
DROP TRIGGER person_text_after_alias_update;
DROP TRIGGER person_text_after_alias_delete;

CREATE TABLE person_aliases_keyed_first (
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 0),
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120 AND name = trim(name)),
  kind      TEXT NOT NULL CHECK (kind IN ('variant', 'transliteration', 'code-name', 'title-form')),
  PRIMARY KEY (person_id, position),
  -- NOCASE folds ASCII only; the service compares Unicode case too (core/people/aliases.ts).
  UNIQUE (person_id, name COLLATE NOCASE)
) STRICT, WITHOUT ROWID;

INSERT INTO person_aliases_keyed_first (person_id, position, name, kind)
SELECT person_id, position, name, kind FROM person_aliases;
DROP TABLE person_aliases;
ALTER TABLE person_aliases_keyed_first RENAME TO person_aliases;

CREATE TRIGGER person_text_after_update AFTER UPDATE OF id, preferred_name ON people
BEGIN
  DELETE FROM person_text WHERE person_id = old.id;
  INSERT INTO person_text (person_id, names)
  VALUES (new.id, new.preferred_name || coalesce(char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = new.id), ''));
END;

CREATE TRIGGER person_aliases_at_most_200
BEFORE INSERT ON person_aliases
WHEN (SELECT count(*) FROM person_aliases WHERE person_id = new.person_id) >= 200
BEGIN
  SELECT RAISE(ABORT, 'A person can have at most 200 aliases');
END;

CREATE TRIGGER person_text_after_alias_insert AFTER INSERT ON person_aliases
BEGIN
  UPDATE person_text
  SET names = (SELECT preferred_name FROM people WHERE id = new.person_id)
              || char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = new.person_id)
  WHERE person_id = new.person_id;
END;

CREATE TRIGGER person_text_after_alias_update AFTER UPDATE OF person_id, name ON person_aliases
BEGIN
  UPDATE person_text
  SET names = (SELECT preferred_name FROM people WHERE id = old.person_id)
              || coalesce(char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = old.person_id), '')
  WHERE person_id = old.person_id;
  UPDATE person_text
  SET names = (SELECT preferred_name FROM people WHERE id = new.person_id)
              || coalesce(char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = new.person_id), '')
  WHERE person_id = new.person_id;
END;

-- Also fires for the aliases a deleted person takes with it; its index row is gone by then or soon is.
CREATE TRIGGER person_text_after_alias_delete AFTER DELETE ON person_aliases
BEGIN
  UPDATE person_text
  SET names = (SELECT preferred_name FROM people WHERE id = old.person_id)
              || coalesce(char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = old.person_id), '')
  WHERE person_id = old.person_id;
END;
