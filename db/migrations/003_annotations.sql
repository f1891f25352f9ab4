-- Annotations in the shape of the W3C Web Annotation model (core/annotation/model.ts), their tags and
-- colour categories, the change log that undo, redo and the audit trail read, and a search index over
-- quotes, notes and tags. As in 001, the rules live here so that bad data cannot enter through a bug.

-- Colour categories: a meaning a seminar agrees on ("Key claim"), renamable, its colour fixed so that
-- a highlight painted yesterday looks the same today. Colours are #rrggbbaa with the translucency
-- baked in, so that the renderer paints them as they are over light and dark paper alike: body ink
-- keeps at least 10:1 contrast over them on the light paper and 4.9:1 on the dark.
CREATE TABLE categories (
  id       TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9-]*'),
  name     TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40 AND name = trim(name)),
  colour   TEXT NOT NULL CHECK (length(colour) = 9 AND colour GLOB '#*' AND substr(colour, 2) NOT GLOB '*[^0-9a-f]*'),
  -- Order in the colour picker.
  position INTEGER NOT NULL UNIQUE CHECK (position >= 0)
) STRICT;

-- Two colours with one name would be indistinguishable in the picker.
CREATE UNIQUE INDEX categories_by_name ON categories (name COLLATE NOCASE);

CREATE TRIGGER categories_keep_their_colour
BEFORE UPDATE OF id, colour ON categories
BEGIN
  SELECT RAISE(ABORT, 'A colour category keeps its id and colour; only its name changes');
END;

INSERT INTO categories (id, name, colour, position) VALUES
  ('key-claim', 'Key claim', '#e9a91c73', 0),
  ('question',  'Question',  '#4f8fe866', 1),
  ('evidence',  'Evidence',  '#3fae5c66', 2),
  ('follow-up', 'Follow up', '#e8638f66', 3);

-- The witness (id, document) pairs that annotations point at, below; witnesses.id alone is already unique.
CREATE UNIQUE INDEX witnesses_by_id_and_document ON witnesses (id, document_id);

CREATE TABLE annotations (
  -- The search index's key for this row (see annotation_text). An INTEGER PRIMARY KEY, unlike the
  -- implicit rowid, survives VACUUM unchanged. Nothing outside this file uses it.
  n            INTEGER PRIMARY KEY,
  -- UUIDs (lowercase, hyphenated) so that bundles from several machines merge idempotently.
  id           TEXT NOT NULL UNIQUE CHECK (
                 length(id) = 36
                 AND id GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'
               ),
  -- Deleting a document deletes its notes: that is what the reader asked for.
  document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- 'passage': a highlight or note on a span of one witness's text. 'document': the one note on the
  -- whole document, with no target at all.
  kind         TEXT NOT NULL CHECK (kind IN ('passage', 'document')),
  -- The target: the witness, the quote (W3C TextQuoteSelector) and the offsets into its reading text
  -- (TextPositionSelector, UTF-16 code units). The quote is what re-anchors the note when the reading
  -- text is rebuilt, so it is kept even when the offsets no longer fit.
  witness_id   TEXT,
  quote_exact  TEXT,
  quote_prefix TEXT,
  quote_suffix TEXT,
  pos_start    INTEGER,
  pos_end      INTEGER,
  motivation   TEXT NOT NULL CHECK (motivation IN ('highlighting', 'commenting', 'tagging', 'identifying')),
  -- Markdown, as typed.
  note         TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 100000),
  -- No ON DELETE: a colour that is still in use cannot be deleted.
  category     TEXT NOT NULL REFERENCES categories (id),
  creator      TEXT NOT NULL CHECK (length(creator) BETWEEN 1 AND 80),
  created_at   TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  modified_at  TEXT NOT NULL CHECK (modified_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*' AND modified_at >= created_at),
  CHECK (
    (kind = 'passage'
      AND witness_id IS NOT NULL
      AND length(quote_exact) > 0 AND quote_prefix IS NOT NULL AND quote_suffix IS NOT NULL
      AND pos_start >= 0 AND pos_end > pos_start)
    OR
    (kind = 'document'
      AND witness_id IS NULL
      AND quote_exact IS NULL AND quote_prefix IS NULL AND quote_suffix IS NULL
      AND pos_start IS NULL AND pos_end IS NULL)
  ),
  -- The witness must be one of the annotation's own document. A note must never be lost, so deleting a
  -- witness must not take its notes with it (no CASCADE); nor may it leave them pointing at nothing
  -- (SET NULL would hide them: notes are listed per witness, and a target needs one). So the deletion
  -- is refused while notes remain, and the reader decides: re-attach them to another witness, or
  -- delete them. NO ACTION rather than RESTRICT: it is checked at the end of the statement, so that
  -- deleting a whole document, which cascades to both its witnesses and its notes, still succeeds.
  FOREIGN KEY (witness_id, document_id) REFERENCES witnesses (id, document_id) ON DELETE NO ACTION
) STRICT;

CREATE INDEX annotations_by_witness ON annotations (witness_id, document_id);
CREATE INDEX annotations_by_document ON annotations (document_id);
CREATE INDEX annotations_by_category ON annotations (category);

-- At most one note on the whole document; getDocumentNote and setDocumentNote rely on it.
CREATE UNIQUE INDEX one_note_per_document ON annotations (document_id) WHERE kind = 'document';

-- A passage annotation stays on its document, and a document note never becomes a passage note: undo
-- replays stored states, and both would make those states lie.
CREATE TRIGGER annotations_keep_their_document
BEFORE UPDATE OF n, id, document_id, kind ON annotations
WHEN new.n IS NOT old.n OR new.id IS NOT old.id OR new.document_id IS NOT old.document_id OR new.kind IS NOT old.kind
BEGIN
  SELECT RAISE(ABORT, 'An annotation keeps its id, its document and its kind');
END;

-- Free tags, in the order the reader typed them. The limits are those of core/annotation/model.ts.
CREATE TABLE annotation_tags (
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  tag           TEXT NOT NULL CHECK (
                  length(tag) BETWEEN 1 AND 64 AND tag = trim(tag)
                  AND instr(tag, char(10)) = 0 AND instr(tag, char(13)) = 0 AND instr(tag, char(9)) = 0
                ),
  -- At most 32 tags an annotation (MAX_TAGS).
  position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 31),
  PRIMARY KEY (annotation_id, tag),
  UNIQUE (annotation_id, position)
) STRICT, WITHOUT ROWID;

-- Tag completion counts uses of each tag.
CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag);

-- Every change to an annotation (document notes included), whole states before and after as
-- Annotation JSON: undo restores `before`, redo restores `after`, and the rows are the audit trail.
-- Undone changes (undone = 1) are the redo stack; they always come after every change still in force.
CREATE TABLE changes (
  seq           INTEGER PRIMARY KEY,
  at            TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  -- Deleting a document forgets its history: there is nothing left to undo into.
  document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- No foreign key: the log outlives the annotations it deleted, which is how undo brings them back.
  annotation_id TEXT NOT NULL CHECK (length(annotation_id) = 36),
  action        TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before_json   TEXT CHECK (before_json IS NULL OR (json_valid(before_json) AND json_type(before_json) = 'object')),
  after_json    TEXT CHECK (after_json IS NULL OR (json_valid(after_json) AND json_type(after_json) = 'object')),
  undone        INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  -- A creation has nothing before it, a deletion nothing after it, an update both.
  CHECK ((action = 'create') = (before_json IS NULL)),
  CHECK ((action = 'delete') = (after_json IS NULL))
) STRICT;

CREATE INDEX changes_by_document ON changes (document_id);
CREATE INDEX changes_undone ON changes (undone, seq);

-- A new change after some undos discards them (the redo stack) first: redoing them on top of the new
-- change would replay states that no longer follow from what is stored.
CREATE TRIGGER changes_come_after_the_redo_stack_is_cleared
BEFORE INSERT ON changes
WHEN EXISTS (SELECT 1 FROM changes WHERE undone = 1)
BEGIN
  SELECT RAISE(ABORT, 'Discard the undone changes before recording a new one');
END;

-- Undo takes the newest change in force, redo the oldest undone one: the two stacks never interleave.
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

-- Full-text search over quotes, notes and tags. Like witness_text in 001, the index keeps its own copy
-- (not external content) and the annotation's id. Unlike it, rows are matched by the FTS rowid, set to
-- annotations.n, rather than by the UNINDEXED id: that would scan the whole index on every keystroke
-- of a note (23 ms a keystroke with 5,000 annotations, against well under one by rowid).
CREATE VIRTUAL TABLE annotation_text USING fts5 (
  annotation_id UNINDEXED,
  quote,
  note,
  tags,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Tags are inserted after their annotation, so a new row starts with whatever tags exist (none, or
-- those of an id restored by undo).
CREATE TRIGGER annotation_text_after_insert AFTER INSERT ON annotations
BEGIN
  INSERT INTO annotation_text (rowid, annotation_id, quote, note, tags)
  VALUES (new.n, new.id, coalesce(new.quote_exact, ''), new.note,
          (SELECT coalesce(group_concat(tag, char(10)), '') FROM annotation_tags WHERE annotation_id = new.id));
END;

CREATE TRIGGER annotation_text_after_update AFTER UPDATE OF quote_exact, note ON annotations
BEGIN
  UPDATE annotation_text SET quote = coalesce(new.quote_exact, ''), note = new.note WHERE rowid = new.n;
END;

CREATE TRIGGER annotation_text_after_delete AFTER DELETE ON annotations
BEGIN
  DELETE FROM annotation_text WHERE rowid = old.n;
END;

-- The annotation row (its n) of a tag change, then its tags as one text.
CREATE TRIGGER annotation_text_after_tag_insert AFTER INSERT ON annotation_tags
BEGIN
  UPDATE annotation_text
  SET tags = (SELECT coalesce(group_concat(tag, char(10)), '') FROM annotation_tags WHERE annotation_id = new.annotation_id)
  WHERE rowid = (SELECT n FROM annotations WHERE id = new.annotation_id);
END;

CREATE TRIGGER annotation_text_after_tag_update AFTER UPDATE OF tag ON annotation_tags
BEGIN
  UPDATE annotation_text
  SET tags = (SELECT coalesce(group_concat(tag, char(10)), '') FROM annotation_tags WHERE annotation_id = new.annotation_id)
  WHERE rowid = (SELECT n FROM annotations WHERE id = new.annotation_id);
END;

CREATE TRIGGER annotation_text_after_tag_delete AFTER DELETE ON annotation_tags
BEGIN
  UPDATE annotation_text
  SET tags = (SELECT coalesce(group_concat(tag, char(10)), '') FROM annotation_tags WHERE annotation_id = old.annotation_id)
  WHERE rowid = (SELECT n FROM annotations WHERE id = old.annotation_id);
END;
