-- The reader's own documents. A witness's source is now the name of the importer that read it (any
-- short lower-case name, so that adding a format never changes the store); a text remembers the
-- encoding it was read in; and one file may give several transcriptions (a TEI apparatus), told apart
-- by their place in it (`part`), so the same bytes may appear once per part in a document.
-- SQLite cannot change a CHECK or a UNIQUE in place: the table is rebuilt, as SQLite's own recipe does
-- (foreign keys are off during migrations; nothing else refers to the table by name but its own triggers).

CREATE TABLE witnesses_next (
  id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position     INTEGER NOT NULL CHECK (position >= 0),
  file_name    TEXT NOT NULL CHECK (length(file_name) > 0),
  source       TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 32 AND source NOT GLOB '*[^a-z-]*'),
  label        TEXT NOT NULL CHECK (length(label) > 0),
  original     BLOB NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  part         INTEGER NOT NULL DEFAULT 0 CHECK (part >= 0),
  encoding     TEXT CHECK (encoding IS NULL OR length(encoding) BETWEEN 1 AND 40),
  reading_text TEXT NOT NULL,
  blocks_json  TEXT NOT NULL CHECK (json_valid(blocks_json) AND json_type(blocks_json) = 'array'),
  marks_json   TEXT NOT NULL CHECK (json_valid(marks_json) AND json_type(marks_json) = 'array'),
  meta_json    TEXT NOT NULL CHECK (json_valid(meta_json) AND json_type(meta_json) = 'object'),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  UNIQUE (document_id, position),
  UNIQUE (document_id, sha256, part)
) STRICT;

INSERT INTO witnesses_next (id, document_id, position, file_name, source, label, original, sha256,
                            reading_text, blocks_json, marks_json, meta_json, created_at)
SELECT id, document_id, position, file_name, source, label, original, sha256,
       reading_text, blocks_json, marks_json, meta_json, created_at
FROM witnesses;

DROP TABLE witnesses;
ALTER TABLE witnesses_next RENAME TO witnesses;

CREATE INDEX witnesses_by_sha256 ON witnesses (sha256);
CREATE UNIQUE INDEX witnesses_by_id_and_document ON witnesses (id, document_id);

CREATE TRIGGER witnesses_keep_their_original
BEFORE UPDATE OF original, sha256, part ON witnesses
BEGIN
  SELECT RAISE(ABORT, 'A witness keeps its original bytes; import a corrected file as a new witness');
END;

-- The search index keeps its rows: the ids did not change. Its triggers went with the old table.
CREATE TRIGGER witness_text_after_insert AFTER INSERT ON witnesses
BEGIN
  INSERT INTO witness_text (witness_id, text) VALUES (new.id, new.reading_text);
END;

CREATE TRIGGER witness_text_after_update AFTER UPDATE OF id, reading_text ON witnesses
BEGIN
  DELETE FROM witness_text WHERE witness_id = old.id;
  INSERT INTO witness_text (witness_id, text) VALUES (new.id, new.reading_text);
END;

CREATE TRIGGER witness_text_after_delete AFTER DELETE ON witnesses
BEGIN
  DELETE FROM witness_text WHERE witness_id = old.id;
END;
