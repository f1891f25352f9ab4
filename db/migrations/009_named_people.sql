-- The people a file itself names at a passage (a TEI persName with @ref or @key, a listPerson entry's
-- name in the text), kept as the file gave them when it was imported. They are proposed as person tags
-- beside the mentions the registry's names find (db/service/mentions.ts), while the words there are still
-- the words named; nothing is tagged until the reader accepts.
CREATE TABLE witness_named_people (
  -- The key's columns first, in its order: SQLite 3.40 and 3.41 misread a WITHOUT ROWID table otherwise (010).
  witness_id TEXT NOT NULL REFERENCES witnesses (id) ON DELETE CASCADE,
  pos_start  INTEGER NOT NULL CHECK (pos_start >= 0),
  pos_end    INTEGER NOT NULL CHECK (pos_end > pos_start),
  person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  words      TEXT NOT NULL CHECK (length(words) BETWEEN 1 AND 1000),
  PRIMARY KEY (witness_id, pos_start, pos_end, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX witness_named_people_by_person ON witness_named_people (person_id);
