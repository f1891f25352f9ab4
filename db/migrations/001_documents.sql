-- Documents and their witnesses (transcriptions), with the reading text indexed for search.
-- The rules live here so that bad data cannot enter even through a bug in the code above.
-- STRICT tables: a value of the wrong type is an error, not silently stored.

CREATE TABLE documents (
  id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  -- documentKey() of its witnesses' metadata: what tells that a new witness belongs here. NULL when
  -- the witness said too little; such documents receive no further witnesses automatically.
  key        TEXT UNIQUE CHECK (key IS NULL OR length(key) > 0),
  title      TEXT NOT NULL CHECK (length(title) > 0),
  -- The witnesses' metadata merged as of the last import, kept for ordering and filtering in SQL.
  meta_json  TEXT NOT NULL CHECK (json_valid(meta_json) AND json_type(meta_json) = 'object'),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

CREATE TABLE witnesses (
  id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- Order in the witness switcher and in merging metadata: earlier witnesses win.
  position     INTEGER NOT NULL CHECK (position >= 0),
  file_name    TEXT NOT NULL CHECK (length(file_name) > 0),
  source       TEXT NOT NULL CHECK (source IN ('archive-record', 'web-page', 'plain')),
  label        TEXT NOT NULL CHECK (length(label) > 0),
  -- The file exactly as it was imported: every derived column below can be rebuilt from it.
  original     BLOB NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  reading_text TEXT NOT NULL,
  blocks_json  TEXT NOT NULL CHECK (json_valid(blocks_json) AND json_type(blocks_json) = 'array'),
  marks_json   TEXT NOT NULL CHECK (json_valid(marks_json) AND json_type(marks_json) = 'array'),
  meta_json    TEXT NOT NULL CHECK (json_valid(meta_json) AND json_type(meta_json) = 'object'),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  UNIQUE (document_id, position),
  UNIQUE (document_id, sha256)
) STRICT;

-- Importing a file looks its bytes up first, whatever document holds them.
CREATE INDEX witnesses_by_sha256 ON witnesses (sha256);

-- The original is the evidence: it never changes (a corrected transcription is a new witness). The
-- derived columns may be rebuilt from it by a better parser; annotations re-anchor to the new text.
CREATE TRIGGER witnesses_keep_their_original
BEFORE UPDATE OF original, sha256 ON witnesses
BEGIN
  SELECT RAISE(ABORT, 'A witness keeps its original bytes; import a corrected file as a new witness');
END;

-- Full-text search over reading texts. The index keeps its own copy of the text (not external
-- content): external content is matched by rowid, and VACUUM (also VACUUM INTO, our backups) may
-- renumber the rowids of a table whose key is not an INTEGER PRIMARY KEY.
CREATE VIRTUAL TABLE witness_text USING fts5 (
  witness_id UNINDEXED,
  text,
  tokenize = 'unicode61 remove_diacritics 2'
);

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
