import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate.js';
import { insertAnnotation } from './repositories/annotations.js';
import { lastUndoable, recordChange, recordDocumentChange } from './repositories/changes.js';
import { trashWitnesses } from './repositories/trash.js';
import { addDocument, annotationFixture, migratedStore, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

const at = '2026-01-01T00:00:00.000Z';

function count(store: ReturnType<typeof migratedStore>, table: string): unknown {
  return store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
}

function storeWithDocuments() {
  const store = migratedStore();
  addDocument(store, 'd1', 'They agree to move toward reunification.');
  addDocument(store, 'd2', 'A letter from Kazan.');
  const collection = store.db.prepare('INSERT INTO collections (id, name, created_at) VALUES (?, ?, ?)');
  const member = store.db.prepare('INSERT INTO collection_documents (collection_id, document_id, position) VALUES (?, ?, ?)');
  return { store, collection: (id: string, name: string) => collection.run(id, name, at), member: (c: string, d: string, p: number) => member.run(c, d, p) };
}

describe('migration 008', () => {
  it('carries a store at schema 7’s change log across the rebuild, each change an annotation’s, still undoable', () => {
    const store = storeAtSchema(7);
    const [witnessId = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    const annotation = annotationFixture('d1', witnessId);
    insertAnnotation(store.db, annotation);
    store.db
      .prepare("INSERT INTO changes (at, document_id, annotation_id, action, after_json) VALUES (?, 'd1', ?, 'create', ?)")
      .run(at, annotation.id, JSON.stringify(annotation));

    migrate(store);
    expect(schemaVersion(store)).toBeGreaterThanOrEqual(8);
    expect(store.db.prepare('SELECT subject, document_id, annotation_id FROM changes').all()).toEqual([{ subject: 'annotation', document_id: 'd1', annotation_id: annotation.id }]);
    expect(lastUndoable(store.db)).toMatchObject({ subject: 'annotation', action: 'create', after: annotation });
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    // The triggers came across: a document deleted still forgets its own history.
    store.db.prepare('DELETE FROM annotations').run();
    store.db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(count(store, 'changes')).toBe(0);
  });
});

describe('collections', () => {
  it('refuse a name taken in another letter case, an empty, padded or multi-line name', () => {
    const { collection } = storeWithDocuments();
    collection('c1', 'Korean War cables');
    expect(() => collection('c2', 'KOREAN war CABLES')).toThrow(/UNIQUE/);
    for (const name of ['', ' Box 12', 'Box\n12', 'x'.repeat(121)]) expect(() => collection('c3', name)).toThrow(/CHECK/);
  });

  it('hold a document once each, in its place; deleting one leaves its documents, deleting a document leaves its collections', () => {
    const { store, collection, member } = storeWithDocuments();
    collection('c1', 'Seminar reading');
    collection('c2', 'Box 12');
    member('c1', 'd1', 0);
    member('c1', 'd2', 1);
    member('c2', 'd1', 0);
    expect(() => member('c1', 'd1', 2)).toThrow(/UNIQUE/);
    expect(() => member('c1', 'd3', 2)).toThrow(/FOREIGN KEY/);
    expect(() => store.db.prepare("INSERT INTO collection_documents VALUES ('c2', 'd2', 0)").run()).toThrow(/UNIQUE/);
    store.db.prepare("DELETE FROM collections WHERE id = 'c2'").run();
    expect(count(store, 'documents')).toBe(2);
    store.db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(store.db.prepare('SELECT collection_id, document_id FROM collection_documents').all()).toEqual([{ collection_id: 'c1', document_id: 'd2' }]);
    expect(count(store, 'collections')).toBe(1);
  });
});

describe('the reader’s corrections', () => {
  const edit = (store: ReturnType<typeof migratedStore>, meta: string) =>
    store.db.prepare("INSERT OR REPLACE INTO document_edits (document_id, meta_json, edited_at) VALUES ('d1', ?, ?)").run(meta, at);

  it('refuse an empty title, no corrections at all, and what is not an object', () => {
    const { store } = storeWithDocuments();
    for (const meta of ['{"title":""}', '{}', '[]', 'nope']) expect(() => edit(store, meta)).toThrow(/CHECK|JSON/);
    edit(store, '{"idno":""}');
    expect(count(store, 'document_edits')).toBe(1);
  });

  it('keep the reader’s title over a title recomputed from the witnesses, and go with their document', () => {
    const { store } = storeWithDocuments();
    edit(store, '{"title":"Keller to Orlov"}');
    store.db.prepare("UPDATE documents SET title = 'Keller to Orlov' WHERE id = 'd1'").run();
    store.db.prepare("UPDATE documents SET title = 'From the witnesses', meta_json = '{}' WHERE id = 'd1'").run();
    expect(store.db.prepare("SELECT title FROM documents WHERE id = 'd1'").pluck().get()).toBe('Keller to Orlov');
    store.db.prepare("UPDATE documents SET title = 'Untouched' WHERE id = 'd2'").run();
    expect(store.db.prepare("SELECT title FROM documents WHERE id = 'd2'").pluck().get()).toBe('Untouched');
    store.db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(count(store, 'document_edits')).toBe(0);
  });
});

describe('document changes in the log', () => {
  it('name no annotation, and outlive their document only as a deletion', () => {
    const { store } = storeWithDocuments();
    const info = { kind: 'info' as const, documentId: 'd1', title: 'T', edits: {} };
    recordDocumentChange(store.db, { at, documentId: 'd1', before: info, after: { ...info, title: 'U' } });
    const raw = store.db.prepare('INSERT INTO changes (at, subject, document_id, annotation_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)');
    expect(() => raw.run(at, 'document', 'd1', '11111111-2222-4333-8444-555555555555', 'update', '{}', '{}')).toThrow(/CHECK/);
    expect(() => raw.run(at, 'annotation', 'd1', null, 'update', '{}', '{}')).toThrow(/CHECK/);
    expect(() => raw.run(at, 'document', null, null, 'update', '{}', '{}')).toThrow(/CHECK/);
    expect(() => raw.run(at, 'page', 'd1', null, 'update', '{}', '{}')).toThrow(/CHECK/);
    raw.run(at, 'document', null, null, 'delete', '{}', null);
    expect(() => recordChange(store.db, { at, documentId: 'd9', annotationId: '11111111-2222-4333-8444-555555555555', before: undefined, after: annotationFixture('d9', 'w') })).toThrow(/FOREIGN KEY/);
  });

  it('hold a deleted document’s witnesses in the trash, bytes and all, for as long as their deletion is logged', () => {
    const { store } = storeWithDocuments();
    const state = { kind: 'deleted' as const, documentId: 'd1', title: 'Document d1', meta: {}, createdAt: at, collections: [], rejections: [] };
    const seq = recordDocumentChange(store.db, { at, documentId: undefined, before: state, after: undefined });
    expect(trashWitnesses(store.db, seq, 'd1')).toBe(1);
    store.db.prepare("DELETE FROM documents WHERE id = 'd1'").run();
    expect(store.db.prepare('SELECT id, original FROM trashed_witnesses').all()).toEqual([{ id: 'd1-w0', original: Buffer.from('They agree to move toward reunification.') }]);
    expect(count(store, 'changes')).toBe(1);
    store.db.prepare('DELETE FROM changes WHERE seq = ?').run(seq);
    expect(count(store, 'trashed_witnesses')).toBe(0);
  });
});
