-- Small facts about the store itself, such as whether the bundled telegram was seeded: a reader who
-- deletes it should not find it back at the next start.
CREATE TABLE settings (
  name  TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
  value TEXT NOT NULL
) STRICT;
