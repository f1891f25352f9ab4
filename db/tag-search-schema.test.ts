import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate.js';
import { annotationIdsContaining, insertAnnotation, updateAnnotationRow } from './repositories/annotations.js';
import { addDocument, annotationFixture, migratedStore, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

const createdAt = '2026-01-01T00:00:00.000Z';

const tagRows = (store: ReturnType<typeof migratedStore>) => store.db.prepare('SELECT rowid, tags FROM annotation_tag_text ORDER BY rowid').all();

describe('the tag search index (migration 005)', () => {
  it('carries the notes and tags of a store at schema 4 into the new indexes', () => {
    const store = storeAtSchema(4);
    expect(schemaVersion(store)).toBe(4);
    const [witnessId = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    // Written as schema 4 wrote it: the repositories already speak schema 5.
    const id = '0b3f6a52-4f0e-4c1e-9a57-1f0c2d1e8a01';
    store.db
      .prepare(
        `INSERT INTO annotations (id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, motivation, note, category, creator, created_at, modified_at)
         VALUES (?, 'd1', 'passage', ?, 'agree', 'They ', ' to move', 5, 10, 'commenting', 'Beijing must consent', 'question', 'Reader', ?, ?)`,
      )
      .run(id, witnessId, createdAt, createdAt);
    const tag = store.db.prepare('INSERT INTO annotation_tags (annotation_id, tag, position) VALUES (?, ?, ?)');
    tag.run(id, 'Korea', 0);
    tag.run(id, 'unification', 1);

    migrate(store);
    expect(schemaVersion(store)).toBeGreaterThanOrEqual(5);
    expect(annotationIdsContaining(store.db, 'consent')).toEqual([id]);
    expect(annotationIdsContaining(store.db, 'unification')).toEqual([id]);
    expect(tagRows(store)).toEqual([{ rowid: expect.any(Number), tags: 'Korea\nunification' }]);
  });

  it('keeps one row an annotation with tags, in their order, and none for one without', () => {
    const store = migratedStore();
    const [witnessId = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    const tagged = annotationFixture('d1', witnessId, { tags: ['Korea', 'Beijing'] });
    insertAnnotation(store.db, tagged);
    expect(tagRows(store)).toEqual([{ rowid: expect.any(Number), tags: 'Korea\nBeijing' }]);
    updateAnnotationRow(store.db, { ...tagged, tags: ['Beijing', 'Moscow', 'Korea'] });
    expect(tagRows(store)).toEqual([{ rowid: expect.any(Number), tags: 'Beijing\nMoscow\nKorea' }]);
    updateAnnotationRow(store.db, { ...tagged, tags: [] });
    expect(tagRows(store)).toEqual([]);
    expect(annotationIdsContaining(store.db, 'korea')).toEqual([]);
  });
});
