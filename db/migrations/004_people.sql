-- People (core/people/model.ts): the registry of persons with their aliases and authority URIs, the
-- passages tagged with them, the mention proposals a reader rejected, and each document's roles (sender,
-- recipient ...). As in 001 and 003, the rules live here so that bad data cannot enter through a bug.
-- The four seed people are not inserted here: SQL cannot read core/people/seed-people.ts, so db/seed.ts
-- adds them once, for new stores and for stores that were seeded before this migration alike.

CREATE TABLE people (
  -- UUIDs for people the reader adds; name-based UUIDs for the seed people, so that two machines
  -- agree on who Stalin is when their bundles merge.
  id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  preferred_name TEXT NOT NULL CHECK (length(preferred_name) BETWEEN 1 AND 120 AND preferred_name = trim(preferred_name)),
  -- As a reader writes them ("1878–1953"). NULL rather than '' when unknown.
  life_dates     TEXT CHECK (life_dates IS NULL OR length(life_dates) BETWEEN 1 AND 40),
  description    TEXT CHECK (description IS NULL OR length(description) BETWEEN 1 AND 2000),
  -- The underline and chip colour, #rrggbb in lower case; the renderer lays it over both themes' paper.
  colour         TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#*' AND substr(colour, 2) NOT GLOB '*[^0-9a-f]*'),
  created_at     TEXT NOT NULL CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- Other names a person goes by, in the reader's order. Mention detection matches them as written.
CREATE TABLE person_aliases (
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120 AND name = trim(name)),
  kind      TEXT NOT NULL CHECK (kind IN ('variant', 'transliteration', 'code-name', 'title-form')),
  position  INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (person_id, position),
  -- NOCASE folds ASCII only; the service compares Unicode case too (core/people/aliases.ts).
  UNIQUE (person_id, name COLLATE NOCASE)
) STRICT, WITHOUT ROWID;

-- At most 200 aliases a person (the Person schema): more is a pasted list, not a person's names.
CREATE TRIGGER person_aliases_at_most_200
BEFORE INSERT ON person_aliases
WHEN (SELECT count(*) FROM person_aliases WHERE person_id = new.person_id) >= 200
BEGIN
  SELECT RAISE(ABORT, 'A person can have at most 200 aliases');
END;

-- Authority records (Wikidata, VIAF), in the reader's order; at most 10 (the Person schema).
CREATE TABLE person_authorities (
  person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  uri       TEXT NOT NULL CHECK ((uri GLOB 'http://?*' OR uri GLOB 'https://?*') AND length(uri) <= 2000 AND uri NOT GLOB '*[ 	]*'),
  position  INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
  PRIMARY KEY (person_id, uri),
  UNIQUE (person_id, position)
) STRICT, WITHOUT ROWID;

-- The people a passage is tagged with (identifying bodies), in the reader's order; at most 20 (the
-- contract). Deleting a person removes the tag and nothing else: the passage and its note are the
-- reader's work and stay. Deleting the annotation takes its tags with it.
CREATE TABLE annotation_people (
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  person_id     TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 19),
  PRIMARY KEY (annotation_id, person_id),
  UNIQUE (annotation_id, position)
) STRICT, WITHOUT ROWID;

-- Passage counts and a person's passages look rows up by person.
CREATE INDEX annotation_people_by_person ON annotation_people (person_id);

-- Mention proposals the reader turned down, so that they are not proposed again. The words are kept
-- with the offsets: a rejection applies only while the text there is still what was rejected.
CREATE TABLE mention_rejections (
  witness_id TEXT NOT NULL REFERENCES witnesses (id) ON DELETE CASCADE,
  person_id  TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  pos_start  INTEGER NOT NULL CHECK (pos_start >= 0),
  pos_end    INTEGER NOT NULL CHECK (pos_end > pos_start),
  words      TEXT NOT NULL CHECK (length(words) > 0),
  PRIMARY KEY (witness_id, person_id, pos_start, pos_end)
) STRICT, WITHOUT ROWID;

CREATE INDEX mention_rejections_by_person ON mention_rejections (person_id);

-- Documents whose roles the reader has confirmed (setRoles). Until then roles are proposed afresh from
-- the witnesses each time, so that a better parser or a new alias improves them; after, the reader's
-- list stands, even when it is empty.
CREATE TABLE document_roles_confirmed (
  document_id  TEXT PRIMARY KEY NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  confirmed_at TEXT NOT NULL CHECK (confirmed_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*')
) STRICT;

-- What each person is in a document, in the reader's order; one person may hold several roles.
CREATE TABLE document_roles (
  document_id TEXT NOT NULL REFERENCES document_roles_confirmed (document_id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('sender', 'recipient', 'signatory', 'copy-recipient', 'mentioned')),
  position    INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (document_id, person_id, role),
  UNIQUE (document_id, position)
) STRICT, WITHOUT ROWID;

CREATE INDEX document_roles_by_person ON document_roles (person_id);

-- Full-text search over each person's names (the preferred name and every alias, one a line), for
-- the person picker. As in 001, the index keeps its own copy and the person's id. It is matched by the
-- UNINDEXED id rather than by rowid: the registry is small (hundreds of rows), and people.rowid is
-- the implicit one that VACUUM may renumber.
CREATE VIRTUAL TABLE person_text USING fts5 (
  person_id UNINDEXED,
  names,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Aliases are inserted after their person, so a new row starts with the preferred name alone.
CREATE TRIGGER person_text_after_insert AFTER INSERT ON people
BEGIN
  INSERT INTO person_text (person_id, names) VALUES (new.id, new.preferred_name);
END;

CREATE TRIGGER person_text_after_update AFTER UPDATE OF id, preferred_name ON people
BEGIN
  DELETE FROM person_text WHERE person_id = old.id;
  INSERT INTO person_text (person_id, names)
  VALUES (new.id, new.preferred_name || coalesce(char(10) || (SELECT group_concat(name, char(10)) FROM person_aliases WHERE person_id = new.id), ''));
END;

CREATE TRIGGER person_text_after_delete AFTER DELETE ON people
BEGIN
  DELETE FROM person_text WHERE person_id = old.id;
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

-- Annotation states in the change log now carry their people. States logged before this migration
-- had none; saying so keeps every logged state a whole Annotation that undo and redo can replay.
UPDATE changes SET before_json = json_set(before_json, '$.people', json('[]'))
WHERE before_json IS NOT NULL AND json_type(before_json, '$.people') IS NULL;
UPDATE changes SET after_json = json_set(after_json, '$.people', json('[]'))
WHERE after_json IS NOT NULL AND json_type(after_json, '$.people') IS NULL;
