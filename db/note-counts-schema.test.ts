import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { deleteAnnotationRow, insertAnnotation } from './repositories/annotations.js';
import { deleteDocumentRow, noteCountOf, noteCountsByDocument } from './repositories/documents.js';
import { addDocument, annotationFixture, migratedStore, numberedAnnotationId as id, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

describe('migration 013, the kept note counts', () => {
  it('counts the annotations a store at schema 12 already holds', () => {
    const store = storeAtSchema(12);
    const [w1 = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    const [w2 = ''] = addDocument(store, 'd2', 'They agree to move toward reunification.');
    addDocument(store, 'd3', 'They agree.');
    for (const n of [1, 2, 3]) insertAnnotation(store.db, annotationFixture('d1', w1, { id: id(n) }));
    insertAnnotation(store.db, annotationFixture('d2', w2, { id: id(4) }));

    migrate(store);
    expect(noteCountsByDocument(store.db)).toEqual(new Map([['d1', 3], ['d2', 1]]));
  });

  it('follow annotations added and deleted, agree with a count afresh, and go with their document', () => {
    const store = migratedStore();
    const [w1 = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    for (const n of [1, 2]) insertAnnotation(store.db, annotationFixture('d1', w1, { id: id(n) }));
    expect(noteCountsByDocument(store.db).get('d1')).toBe(2);

    deleteAnnotationRow(store.db, id(1));
    expect(noteCountsByDocument(store.db).get('d1')).toBe(1);
    expect(noteCountOf(store.db, 'd1')).toBe(1);

    // Down to none, the document is absent, as a document never annotated is.
    deleteAnnotationRow(store.db, id(2));
    expect(noteCountsByDocument(store.db).has('d1')).toBe(false);

    insertAnnotation(store.db, annotationFixture('d1', w1, { id: id(3) }));
    store.db.prepare('DELETE FROM annotations WHERE witness_id IS NOT NULL').run();
    store.db.prepare('DELETE FROM witnesses').run();
    expect(deleteDocumentRow(store.db, 'd1')).toBe(true);
    expect(store.db.prepare('SELECT count(*) FROM document_note_counts').pluck().get()).toBe(0);
  });

  it('refuse a count below zero', () => {
    const store = migratedStore();
    addDocument(store, 'd1', 'Text.');
    expect(() => store.db.prepare("INSERT INTO document_note_counts (document_id, count) VALUES ('d1', -1)").run()).toThrow(/CHECK/);
  });
});
