-- The library grows up: collections of documents (a seminar's reading list, an archive box), the
-- reader's own corrections of a document's information, and documents whose deletion can be undone.
-- As in every migration, the rules live here so that bad data cannot enter even through a bug.

-- A named set of documents. One name once, whatever its letter case: two "Box 12"s would be one to the
-- reader. NOCASE folds ASCII only; the service compares Unicode case too.
CREATE TABLE collections (
  id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (
               length(name) BETWEEN 1 AND 120 AND name = trim(name)
               AND instr(name, char(10)) = 0 AND instr(name, char(13)) = 0 AND instr(name, char(9)) = 0
             ),
  created_at TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- A document may be in several collections, once in each, in the order it was added. Deleting a
-- collection leaves its documents where they are; deleting a document takes it out of every collection.
CREATE TABLE collection_documents (
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (collection_id, document_id),
  UNIQUE (collection_id, position)
) STRICT, WITHOUT ROWID;

-- The library lists every document with the collections it is in.
CREATE INDEX collection_documents_by_document ON collection_documents (document_id);

-- What the reader corrected in a document's information, field by field (core/document/meta-edits.ts):
-- a value stands over what the witnesses say, an empty one clears it. The witnesses keep their own
-- metadata untouched: they are the evidence, and a reader's correction is a reading of it.
CREATE TABLE document_edits (
  document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  meta_json   TEXT NOT NULL CHECK (
                json_valid(meta_json) AND json_type(meta_json) = 'object' AND meta_json <> '{}'
                -- A document always has a title: the reader may change it, not clear it.
                AND coalesce(json_extract(meta_json, '$.title'), 'untouched') <> ''
              ),
  edited_at   TEXT NOT NULL CHECK (edited_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- documents.title is the title everything else shows (search results, a person's passages). A witness
-- joining the document recomputes it from the witnesses; the reader's own title must stand over that.
CREATE TRIGGER documents_keep_the_readers_title
AFTER UPDATE OF title ON documents
WHEN (SELECT json_extract(meta_json, '$.title') FROM document_edits WHERE document_id = new.id) IS NOT NULL
 AND new.title IS NOT (SELECT json_extract(meta_json, '$.title') FROM document_edits WHERE document_id = new.id)
BEGIN
  UPDATE documents SET title = (SELECT json_extract(meta_json, '$.title') FROM document_edits WHERE document_id = new.id)
  WHERE id = new.id;
END;

-- The change log learns of documents. A change is an annotation's (its states as Annotation JSON, as
-- before) or a document's: its information edited (states of the reader's edits and title), or the
-- document deleted (its state before: the document's row and what hangs on it, its witnesses kept in
-- trashed_witnesses below). Deleting a document still forgets its own history, except the changes of its
-- deletion, which name no document (document_id NULL) so that they outlive it: they are how undo brings
-- it back, its notes with it. SQLite cannot relax a NOT NULL in place: the table is rebuilt, as in 007.

CREATE TABLE changes_next (
  seq           INTEGER PRIMARY KEY,
  at            TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  -- Older writers named no subject: every change was an annotation's.
  subject       TEXT NOT NULL DEFAULT 'annotation' CHECK (subject IN ('annotation', 'document')),
  document_id   TEXT REFERENCES documents (id) ON DELETE CASCADE,
  -- No foreign key: the log outlives the annotations it deleted, which is how undo brings them back.
  annotation_id TEXT CHECK (annotation_id IS NULL OR length(annotation_id) = 36),
  action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before_json   TEXT CHECK (before_json IS NULL OR (json_valid(before_json) AND json_type(before_json) = 'object')),
  after_json    TEXT CHECK (after_json IS NULL OR (json_valid(after_json) AND json_type(after_json) = 'object')),
  undone        INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  step          INTEGER REFERENCES change_steps (id),
  -- An annotation's change names it; a document's names none.
  CHECK ((subject = 'annotation') = (annotation_id IS NOT NULL)),
  -- Only the changes of a document's deletion outlive their document.
  CHECK (document_id IS NOT NULL OR action = 'delete'),
  -- A creation has nothing before it, a deletion nothing after it, an update both.
  CHECK ((action = 'create') = (before_json IS NULL)),
  CHECK ((action = 'delete') = (after_json IS NULL))
) STRICT;

INSERT INTO changes_next (seq, at, subject, document_id, annotation_id, action, before_json, after_json, undone, step)
SELECT seq, at, 'annotation', document_id, annotation_id, action, before_json, after_json, undone, step FROM changes;

DROP TABLE changes;
ALTER TABLE changes_next RENAME TO changes;

CREATE INDEX changes_by_document ON changes (document_id);
CREATE INDEX changes_undone ON changes (undone, seq);
CREATE INDEX changes_by_step ON changes (step) WHERE step IS NOT NULL;

-- The triggers of 003 and 006, which went with the old table.
CREATE TRIGGER changes_come_after_the_redo_stack_is_cleared
BEFORE INSERT ON changes
WHEN EXISTS (SELECT 1 FROM changes WHERE undone = 1)
BEGIN
  SELECT RAISE(ABORT, 'Discard the undone changes before recording a new one');
END;

CREATE TRIGGER changes_are_undone_newest_first
BEFORE UPDATE OF undone ON changes
WHEN new.undone = 1 AND old.undone = 0 AND EXISTS (SELECT 1 FROM changes WHERE undone = 0 AND seq > old.seq)
BEGIN
  SELECT RAISE(ABORT, 'Only the newest change in force can be undone');
END;

CREATE TRIGGER changes_are_redone_oldest_first
BEFORE UPDATE OF undone ON changes
WHEN new.undone = 0 AND old.undone = 1 AND EXISTS (SELECT 1 FROM changes WHERE undone = 1 AND seq < old.seq)
BEGIN
  SELECT RAISE(ABORT, 'Only the oldest undone change can be redone');
END;

CREATE TRIGGER change_steps_go_with_their_changes
AFTER DELETE ON changes
WHEN old.step IS NOT NULL AND NOT EXISTS (SELECT 1 FROM changes WHERE step = old.step)
BEGIN
  DELETE FROM change_steps WHERE id = old.step;
END;

-- The witnesses of a deleted document, exactly as they were (their original bytes are the evidence, too
-- large for the log's JSON), held by the change that deleted them while that change is in force. Undoing
-- it moves them back; a deletion the log forgets takes its witnesses with it.
CREATE TABLE trashed_witnesses (
  change_seq   INTEGER NOT NULL REFERENCES changes (seq) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  document_id  TEXT NOT NULL,
  position     INTEGER NOT NULL,
  file_name    TEXT NOT NULL,
  source       TEXT NOT NULL,
  label        TEXT NOT NULL,
  original     BLOB NOT NULL,
  sha256       TEXT NOT NULL,
  part         INTEGER NOT NULL,
  encoding     TEXT,
  reading_text TEXT NOT NULL,
  blocks_json  TEXT NOT NULL,
  marks_json   TEXT NOT NULL,
  meta_json    TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (change_seq, id)
) STRICT;
