import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotation/model.js';
import {
  allTagsByUse,
  annotationById,
  annotationIdsContaining,
  annotationsOfWitness,
  deleteAnnotationRow,
  documentNoteOf,
  insertAnnotation,
  putAnnotation,
  setTags,
  tagsOf,
  updateAnnotationRow,
} from './repositories/annotations.js';
import { allCategories, categoryByName, renameCategory } from './repositories/categories.js';
import { discardUndone, lastUndoable, markUndone, nextRedoable, recordChange } from './repositories/changes.js';
import { addDocument, annotationFixture, migratedStore, withoutTarget } from './testing/annotations.js';
import { defaultMigrationsDir, migrate, schemaVersion } from './migrate.js';
import { openStore } from './open.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

const text = 'They agree to move toward reunification.';

function storeWithWitness() {
  const store = migratedStore();
  const [witnessId = ''] = addDocument(store, 'd1', text);
  return { store, db: store.db, witnessId, note: (overrides: Partial<Annotation> = {}) => annotationFixture('d1', witnessId, overrides) };
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function count(db: ReturnType<typeof migratedStore>['db'], table: string): unknown {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
}

describe('migration 003', () => {
  it('adds annotations to a store that already holds documents, keeping them', () => {
    const before = scratchFolder();
    for (const name of ['001_documents.sql', '002_settings.sql']) fs.copyFileSync(path.join(defaultMigrationsDir(), name), path.join(before, name));
    const dataDir = scratchFolder();
    const store = closeAfterTest(openStore({ dataDir, migrationsDir: before }));
    migrate(store, { migrationsDir: before });
    addDocument(store, 'd1', text);
    expect(schemaVersion(store)).toBe(2);
    store.close();

    const upgraded = closeAfterTest(openStore({ dataDir }));
    expect(migrate(upgraded).from).toBe(2);
    expect(allCategories(upgraded.db)).toHaveLength(4);
    insertAnnotation(upgraded.db, annotationFixture('d1', 'd1-w0'));
    expect(annotationsOfWitness(upgraded.db, 'd1-w0')).toHaveLength(1);
  });
});

describe('the categories', () => {
  it('are seeded with four named colours, translucent hex, in picker order', () => {
    const { db } = migratedStore();
    expect(allCategories(db).map((c) => [c.id, c.name])).toEqual([
      ['key-claim', 'Key claim'],
      ['question', 'Question'],
      ['evidence', 'Evidence'],
      ['follow-up', 'Follow up'],
    ]);
    for (const { colour } of allCategories(db)) expect(colour).toMatch(/^#[0-9a-f]{8}$/);
  });

  it('can be renamed but keep their colour, and refuse an empty, long or taken name', () => {
    const { db } = migratedStore();
    expect(renameCategory(db, 'question', 'Open question')).toBe(true);
    expect(categoryByName(db, 'open QUESTION')?.id).toBe('question');
    expect(renameCategory(db, 'nope', 'X')).toBe(false);
    expect(() => renameCategory(db, 'question', '   ')).toThrow(/CHECK constraint/);
    expect(() => renameCategory(db, 'question', 'x'.repeat(41))).toThrow(/CHECK constraint/);
    expect(() => renameCategory(db, 'question', 'evidence')).toThrow(/UNIQUE constraint/);
    expect(() => db.prepare("UPDATE categories SET colour = '#000000ff' WHERE id = 'question'").run()).toThrow(/keeps its id and colour/);
  });
});

describe('the annotations table', () => {
  it('gives back a passage annotation exactly as it was stored, tags in order', () => {
    const { db, witnessId, note } = storeWithWitness();
    const stored = note({ note: 'Why *now*?', motivation: 'commenting', tags: ['unity', 'Taiwan', 'ccp'] });
    insertAnnotation(db, stored);
    expect(annotationById(db, stored.id)).toEqual(stored);
    expect(annotationsOfWitness(db, witnessId)).toEqual([stored]);
    expect(tagsOf(db, stored.id)).toEqual(['unity', 'Taiwan', 'ccp']);
  });

  it('keeps a note on the whole document without a target, and at most one per document', () => {
    const { db, witnessId, note } = storeWithWitness();
    const documentNote = withoutTarget(note({ note: 'A telegram about unity.', motivation: 'commenting' }));
    insertAnnotation(db, documentNote);
    expect(documentNoteOf(db, 'd1')).toEqual(documentNote);
    expect(annotationsOfWitness(db, witnessId)).toEqual([]);
    expect(() => insertAnnotation(db, { ...documentNote, id: uuid(2) })).toThrow(/UNIQUE constraint failed: annotations.document_id/);
  });

  it('refuses ids that are not UUIDs, empty or reversed passages, and half a target', () => {
    const { db, note } = storeWithWitness();
    expect(() => insertAnnotation(db, note({ id: 'not-a-uuid-at-all-not-a-uuid-at-alll' }))).toThrow(/CHECK constraint/);
    const target = note().target;
    if (!target) throw new Error('fixture has a target');
    expect(() => insertAnnotation(db, note({ target: { ...target, position: { ...target.position, end: 5 } } }))).toThrow(/CHECK constraint/);
    expect(() => insertAnnotation(db, note({ target: { ...target, quote: { ...target.quote, exact: '' } } }))).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO annotations (id, document_id, kind, witness_id, motivation, category, creator, created_at, modified_at)
           VALUES (?, 'd1', 'document', 'd1-w0', 'commenting', 'key-claim', 'R', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
        )
        .run(uuid(3)),
    ).toThrow(/CHECK constraint/);
    expect(count(db, 'annotations')).toBe(0);
  });

  it('refuses an unknown category, an unknown motivation, an over-long note, and a change before creation', () => {
    const { db, note } = storeWithWitness();
    expect(() => insertAnnotation(db, note({ category: 'purple' }))).toThrow(/FOREIGN KEY/);
    expect(() => insertAnnotation(db, note({ motivation: 'bookmarking' as Annotation['motivation'] }))).toThrow(/CHECK constraint/);
    expect(() => insertAnnotation(db, note({ note: 'x'.repeat(100_001) }))).toThrow(/CHECK constraint/);
    expect(() => insertAnnotation(db, note({ modified: '2025-12-31T00:00:00.000Z' }))).toThrow(/CHECK constraint/);
  });

  it('refuses a target on a witness of another document', () => {
    const { store, db, note } = storeWithWitness();
    const [other = ''] = addDocument(store, 'd2', 'Another text entirely.');
    const target = note().target;
    if (!target) throw new Error('fixture has a target');
    expect(() => insertAnnotation(db, note({ target: { ...target, witnessId: other } }))).toThrow(/FOREIGN KEY/);
  });

  it('refuses empty, multi-line, over-long, duplicate tags and a 33rd tag', () => {
    const { db, note } = storeWithWitness();
    const stored = note();
    insertAnnotation(db, stored);
    for (const tags of [[''], ['two\nlines'], ['x'.repeat(65)], [' padded'], ['same', 'same'], Array.from({ length: 33 }, (_, i) => `t${i}`)]) {
      expect(() => setTags(db, stored.id, tags)).toThrow(/constraint/);
    }
    setTags(db, stored.id, Array.from({ length: 32 }, (_, i) => `t${i}`));
    expect(tagsOf(db, stored.id)).toHaveLength(32);
  });

  it('keeps an annotation\'s document and kind for its whole life', () => {
    const { store, db, note } = storeWithWitness();
    addDocument(store, 'd2', 'Another text.');
    const stored = note();
    insertAnnotation(db, stored);
    expect(() => db.prepare("UPDATE annotations SET document_id = 'd2' WHERE id = ?").run(stored.id)).toThrow(/keeps its id, its document/);
  });

  it('replaces a stored annotation with a given state, or deletes it, tags and all', () => {
    const { db, note } = storeWithWitness();
    const first = note({ tags: ['a', 'b'] });
    putAnnotation(db, first.id, first);
    const edited = { ...first, note: 'edited', tags: ['b'], modified: '2026-02-01T00:00:00.000Z' };
    putAnnotation(db, first.id, edited);
    expect(annotationById(db, first.id)).toEqual(edited);
    putAnnotation(db, first.id, undefined);
    expect(annotationById(db, first.id)).toBeUndefined();
    expect(count(db, 'annotation_tags')).toBe(0);
    expect(() => updateAnnotationRow(db, first)).toThrow(/no annotation/);
  });

  it('lists tags by use, most used first', () => {
    const { db, note } = storeWithWitness();
    insertAnnotation(db, note({ id: uuid(1), tags: ['unity', 'taiwan'] }));
    insertAnnotation(db, note({ id: uuid(2), tags: ['taiwan'] }));
    insertAnnotation(db, note({ id: uuid(3), tags: ['army', 'taiwan', 'unity'] }));
    expect(allTagsByUse(db)).toEqual(['taiwan', 'unity', 'army']);
  });
});

describe('deleting witnesses and documents', () => {
  it('refuses to delete a witness that still has notes, and deletes it once they are gone', () => {
    const { db, note } = storeWithWitness();
    insertAnnotation(db, note());
    expect(() => db.prepare("DELETE FROM witnesses WHERE id = 'd1-w0'").run()).toThrow(/FOREIGN KEY/);
    expect(count(db, 'annotations')).toBe(1);
    deleteAnnotationRow(db, note().id);
    db.prepare("DELETE FROM witnesses WHERE id = 'd1-w0'").run();
    expect(count(db, 'witnesses')).toBe(0);
  });

  it('deletes a whole document with its witnesses, notes, tags, history and index rows', () => {
    const { db, note } = storeWithWitness();
    const stored = note({ tags: ['unity'] });
    insertAnnotation(db, stored);
    const documentNote = withoutTarget(note({ id: uuid(9), note: 'overall' }));
    insertAnnotation(db, documentNote);
    recordChange(db, { at: stored.created, documentId: 'd1', annotationId: stored.id, before: undefined, after: stored });
    db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    for (const table of ['witnesses', 'annotations', 'annotation_tags', 'changes', 'annotation_text']) expect(count(db, table)).toBe(0);
  });
});

describe('the annotation search index', () => {
  it('follows quotes, notes and tags as they are written, edited and deleted, whatever the diacritics', () => {
    const { db, note } = storeWithWitness();
    const stored = note({ note: 'Zhou Enlái knew', tags: ['Korea'] });
    insertAnnotation(db, stored);
    expect(annotationIdsContaining(db, 'agree')).toEqual([stored.id]);
    expect(annotationIdsContaining(db, 'enlai')).toEqual([stored.id]);
    expect(annotationIdsContaining(db, 'korea')).toEqual([stored.id]);
    updateAnnotationRow(db, { ...stored, note: 'Mao knew', tags: ['Taiwan'] });
    expect(annotationIdsContaining(db, 'enlai')).toEqual([]);
    expect(annotationIdsContaining(db, 'korea')).toEqual([]);
    expect(annotationIdsContaining(db, 'mao')).toEqual([stored.id]);
    expect(annotationIdsContaining(db, 'taiwan')).toEqual([stored.id]);
    deleteAnnotationRow(db, stored.id);
    expect(annotationIdsContaining(db, 'mao')).toEqual([]);
    expect(count(db, 'annotation_text')).toBe(0);
    expect(count(db, 'annotation_tag_text')).toBe(0);
  });

  it('still finds and follows annotations after VACUUM renumbered what it may', () => {
    const { db, note } = storeWithWitness();
    for (let i = 1; i <= 5; i++) insertAnnotation(db, note({ id: uuid(i), note: `note ${i}`, tags: [`tag${i}`] }));
    deleteAnnotationRow(db, uuid(2));
    deleteAnnotationRow(db, uuid(4));
    db.exec('VACUUM');
    updateAnnotationRow(db, note({ id: uuid(5), note: 'rewritten', tags: ['fresh'] }));
    expect(annotationIdsContaining(db, 'rewritten')).toEqual([uuid(5)]);
    expect(annotationIdsContaining(db, 'fresh')).toEqual([uuid(5)]);
    expect(annotationIdsContaining(db, 'tag3')).toEqual([uuid(3)]);
    expect(annotationIdsContaining(db, 'tag5')).toEqual([]);
  });

  it('indexes the tags of an annotation put back by undo', () => {
    const { db, note } = storeWithWitness();
    const stored = note({ tags: ['Korea'] });
    putAnnotation(db, stored.id, stored);
    putAnnotation(db, stored.id, undefined);
    putAnnotation(db, stored.id, stored);
    expect(annotationIdsContaining(db, 'korea')).toEqual([stored.id]);
  });
});

describe('the change log', () => {
  it('keeps undone changes after those in force: a new change must discard them first', () => {
    const { db, note } = storeWithWitness();
    const a = note();
    const change = { at: a.created, documentId: 'd1', annotationId: a.id, before: undefined, after: a };
    const first = recordChange(db, change);
    const second = recordChange(db, { ...change, before: a, after: { ...a, note: 'x' } });
    expect(lastUndoable(db)?.seq).toBe(second);
    expect(() => markUndone(db, first, true)).toThrow(/newest change in force/);
    markUndone(db, second, true);
    markUndone(db, first, true);
    expect(() => markUndone(db, second, false)).toThrow(/oldest undone change/);
    expect(nextRedoable(db)).toMatchObject({ seq: first, action: 'create', before: undefined, after: a, undone: true });
    expect(() => recordChange(db, change)).toThrow(/Discard the undone changes/);
    expect(discardUndone(db)).toBe(2);
    expect(recordChange(db, change)).toBeGreaterThan(0);
  });

  it('refuses a creation with a state before it, and JSON that is not an object', () => {
    const { db } = storeWithWitness();
    const insert = db.prepare(
      "INSERT INTO changes (at, document_id, annotation_id, action, before_json, after_json) VALUES ('2026-01-01T00:00:00Z', 'd1', ?, ?, ?, ?)",
    );
    expect(() => insert.run(uuid(1), 'create', '{}', '{}')).toThrow(/CHECK constraint/);
    expect(() => insert.run(uuid(1), 'update', '[1]', '{}')).toThrow(/CHECK constraint/);
    expect(() => insert.run(uuid(1), 'delete', '{}', '{}')).toThrow(/CHECK constraint/);
    expect(count(db, 'changes')).toBe(0);
  });
});
