-- The reading room lists the library a page at a time (listLibrary), ordered and filtered in the store: at
-- 100,000 documents, listing them all was 38 MB of JSON and seconds of every opening (bench/archive-scale.ts).
--
-- A document's title, date and author are merged in TypeScript from its witnesses and the reader's
-- corrections (core/document/identity.ts, meta-edits.ts), so SQL cannot derive them: this table keeps them
-- as the listing orders and filters by them (core/library/listing-keys.ts), written by
-- db/repositories/library-rows.ts. Triggers put a document whose witnesses, corrections or row changed in
-- library_rows_due (an upsert, not OR IGNORE: an
-- outer statement's conflict clause overrides a trigger's), and its row is written again before the library is next listed.
CREATE TABLE library_rows (
  document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- The title folded, numbers padded: "box 000000000002" before "box 000000000010".
  title_key   TEXT NOT NULL,
  -- The date as the library shows it (ISO, as precise as known); NULL when undated.
  date        TEXT CHECK (date IS NULL OR length(date) > 0),
  added       TEXT NOT NULL CHECK (added GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*'),
  -- Title and author folded, for the filter's words.
  words       TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- One index an order, each ending in the document's id so that a page boundary never splits equals.
CREATE INDEX library_by_title ON library_rows (title_key, document_id);
CREATE INDEX library_by_date ON library_rows (date IS NULL, date, title_key, document_id);
CREATE INDEX library_by_added ON library_rows (added DESC, title_key, document_id);

CREATE TABLE library_rows_due (
  document_id TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

INSERT INTO library_rows_due (document_id) SELECT id FROM documents;

CREATE TRIGGER library_rows_due_after_document_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO library_rows_due (document_id) VALUES (new.id) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_document_update AFTER UPDATE OF title, meta_json, created_at ON documents
BEGIN
  INSERT INTO library_rows_due (document_id) VALUES (new.id) ON CONFLICT DO NOTHING;
END;

-- A witness deleted with its document (ON DELETE CASCADE) leaves nothing due: the SELECT finds no document.
CREATE TRIGGER library_rows_due_after_witness_insert AFTER INSERT ON witnesses
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id = new.document_id ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_witness_update AFTER UPDATE OF document_id, position, source, meta_json ON witnesses
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id IN (old.document_id, new.document_id) ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_witness_delete AFTER DELETE ON witnesses
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id = old.document_id ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_edits_insert AFTER INSERT ON document_edits
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id = new.document_id ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_edits_update AFTER UPDATE ON document_edits
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id = new.document_id ON CONFLICT DO NOTHING;
END;

CREATE TRIGGER library_rows_due_after_edits_delete AFTER DELETE ON document_edits
BEGIN
  INSERT INTO library_rows_due (document_id) SELECT id FROM documents WHERE id = old.document_id ON CONFLICT DO NOTHING;
END;
