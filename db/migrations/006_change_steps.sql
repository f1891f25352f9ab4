-- Steps of undo that hold many changes. An import of notes writes one change per annotation; a reader
-- who presses Ctrl/Cmd+Z after importing 200 notes means the import, not its last note. Such changes
-- share a step, and undo and redo take the step whole. A change with no step is a step of its own,
-- as every change was before.

CREATE TABLE change_steps (
  id          INTEGER PRIMARY KEY,
  -- In the reader's words, after "Undid: " ("import of 12 annotations").
  description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 200)
) STRICT;

-- Added as the last column, so older rows read as steps of their own.
ALTER TABLE changes ADD COLUMN step INTEGER REFERENCES change_steps (id);

CREATE INDEX changes_by_step ON changes (step) WHERE step IS NOT NULL;

-- A step goes with its last change: discarding the redo stack, or deleting a document, leaves none behind.
CREATE TRIGGER change_steps_go_with_their_changes
AFTER DELETE ON changes
WHEN old.step IS NOT NULL AND NOT EXISTS (SELECT 1 FROM changes WHERE step = old.step)
BEGIN
  DELETE FROM change_steps WHERE id = old.step;
END;
