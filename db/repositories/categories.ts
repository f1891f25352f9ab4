/** The categories table: the colours a reader gives highlights, each with a renamable meaning. */
import type { Category } from '../../core/annotation/model.js';
import { preparedPerDb, type Db } from './prepared.js';

const statements = preparedPerDb((db) => ({
  all: db.prepare<[], Category>('SELECT id, name, colour FROM categories ORDER BY position'),
  byId: db.prepare<[string], Category>('SELECT id, name, colour FROM categories WHERE id = ?'),
  // NOCASE: "evidence" and "Evidence" would look like one colour in the picker.
  byName: db.prepare<[string], Category>('SELECT id, name, colour FROM categories WHERE name = ? COLLATE NOCASE'),
  rename: db.prepare<[string, string]>('UPDATE categories SET name = ? WHERE id = ?'),
}));

/** Every category, in the colour picker's order. */
export function allCategories(db: Db): Category[] {
  return statements(db).all.all();
}

/** The category with this id, or undefined. */
export function categoryById(db: Db, id: string): Category | undefined {
  return statements(db).byId.get(id);
}

/** The category called `name`, whatever its letter case, or undefined. */
export function categoryByName(db: Db, name: string): Category | undefined {
  return statements(db).byName.get(name);
}

/** Renames a category; false for an unknown id. The schema refuses an empty or long name and a name taken. */
export function renameCategory(db: Db, id: string, name: string): boolean {
  return statements(db).rename.run(name, id).changes === 1;
}
