import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { insertAnnotation } from './repositories/annotations.js';
import { notesMatching, witnessesMatching } from './repositories/search-index.js';
import { addDocument, annotationFixture, migratedStore, numberedAnnotationId as id, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

describe('migration 014, the search indexes with prefixes', () => {
  it('indexes anew the texts and notes a store at schema 13 holds, each note under its own row', () => {
    const store = storeAtSchema(13);
    const [w1 = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    const [w2 = ''] = addDocument(store, 'd2', 'The Korean delegation left.');
    insertAnnotation(store.db, annotationFixture('d1', w1, { id: id(1), note: 'Kosygin said so' }));
    insertAnnotation(store.db, annotationFixture('d2', w2, { id: id(2), note: 'nothing here' }));
    const rowsBefore = store.db.prepare('SELECT rowid, annotation_id FROM annotation_text ORDER BY rowid').all();

    migrate(store);
    expect(store.db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'witness_text'").pluck().get()).toMatch(/prefix = '2 3'/);
    expect(store.db.prepare('SELECT rowid, annotation_id FROM annotation_text ORDER BY rowid').all()).toEqual(rowsBefore);
    expect(witnessesMatching(store.db, '"ko"*', 10).map((hit) => hit.witnessId)).toEqual([w2]);
    expect(witnessesMatching(store.db, '"reunification"', 10).map((hit) => hit.witnessId)).toEqual([w1]);
    expect(notesMatching(store.db, '"ko"*', 10).map((hit) => hit.annotationId)).toEqual([id(1)]);
  });

  it('keeps the new indexes up to date through the triggers that kept the old', () => {
    const store = migratedStore();
    const [w1 = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    insertAnnotation(store.db, annotationFixture('d1', w1, { id: id(1), note: 'Kosygin said so' }));
    store.db.prepare("UPDATE annotations SET note = 'Kommunist' WHERE id = ?").run(id(1));
    expect(notesMatching(store.db, '"kom"*', 10).map((hit) => hit.annotationId)).toEqual([id(1)]);
    expect(notesMatching(store.db, '"kos"*', 10)).toEqual([]);
    store.db.prepare('DELETE FROM annotations WHERE id = ?').run(id(1));
    store.db.prepare('DELETE FROM witnesses WHERE id = ?').run(w1);
    expect(notesMatching(store.db, '"kom"*', 10)).toEqual([]);
    expect(witnessesMatching(store.db, '"reunification"', 10)).toEqual([]);
  });
});
