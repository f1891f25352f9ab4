-- The library lists every document with how many annotations it holds. Counted afresh at each opening,
-- that was a walk of every annotation: with 1,000,000 notes (bench/archive-scale.ts) hundreds of
-- milliseconds of each opening (at 10,000 documents, 20 to 80 ms against 5 now). Kept here, by triggers,
-- so the listing reads one row a document. A document without annotations may have no row (count 0).
CREATE TABLE document_note_counts (
  document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  count       INTEGER NOT NULL CHECK (count >= 0)
) STRICT, WITHOUT ROWID;

INSERT INTO document_note_counts (document_id, count)
SELECT document_id, count(*) FROM annotations GROUP BY document_id;

CREATE TRIGGER document_note_counts_after_insert AFTER INSERT ON annotations
BEGIN
  INSERT INTO document_note_counts (document_id, count) VALUES (new.document_id, 1)
  ON CONFLICT (document_id) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER document_note_counts_after_delete AFTER DELETE ON annotations
BEGIN
  UPDATE document_note_counts SET count = count - 1 WHERE document_id = old.document_id;
END;

-- An annotation never moves to another document today; if one ever does, its count follows it.
CREATE TRIGGER document_note_counts_after_move AFTER UPDATE OF document_id ON annotations
BEGIN
  UPDATE document_note_counts SET count = count - 1 WHERE document_id = old.document_id;
  INSERT INTO document_note_counts (document_id, count) VALUES (new.document_id, 1)
  ON CONFLICT (document_id) DO UPDATE SET count = count + 1;
END;
