import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate.js';
import { insertAnnotation } from './repositories/annotations.js';
import { witnessById, witnessIdsContaining, witnessesWithSha256 } from './repositories/witnesses.js';
import { addDocument, annotationFixture, migratedStore, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

describe('witnesses of any format (migration 007)', () => {
  it('carries the witnesses, their search index and their annotations of a store at schema 6 across the rebuild', () => {
    const store = storeAtSchema(6);
    const [witnessId = ''] = addDocument(store, 'd1', 'They agree to move toward reunification.');
    const annotation = annotationFixture('d1', witnessId);
    insertAnnotation(store.db, annotation);

    migrate(store);
    expect(schemaVersion(store)).toBeGreaterThanOrEqual(7);
    expect(witnessById(store.db, witnessId)).toMatchObject({ text: 'They agree to move toward reunification.', part: 0, encoding: undefined });
    expect(witnessIdsContaining(store.db, 'reunification')).toEqual([witnessId]);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM annotations WHERE witness_id = ?').pluck().get(witnessId)).toBe(1);
    // The index follows the rebuilt table: a deleted witness leaves it.
    store.db.prepare('DELETE FROM annotations').run();
    store.db.prepare('DELETE FROM witnesses WHERE id = ?').run(witnessId);
    expect(witnessIdsContaining(store.db, 'reunification')).toEqual([]);
  });

  it('takes a format name as a source, and one file’s several transcriptions told apart by part', () => {
    const store = migratedStore();
    const [first = ''] = addDocument(store, 'd1', 'Reading of witness A.');
    const { sha256 } = witnessById(store.db, first) ?? { sha256: '' };
    const insert = store.db.prepare(
      `INSERT INTO witnesses (id, document_id, position, file_name, source, label, original, sha256, part, reading_text, blocks_json, marks_json, meta_json, created_at)
       VALUES (?, 'd1', ?, 'edition.xml', ?, 'B', x'00', ?, ?, 'Reading of witness B.', '[]', '[]', '{}', '2026-01-01T00:00:00Z')`,
    );
    insert.run('d1-b', 1, 'tei', sha256, 1);
    expect(witnessesWithSha256(store.db, sha256).map((witness) => witness.part)).toEqual([0, 1]);
    expect(() => insert.run('d1-c', 2, 'tei', sha256, 1)).toThrow(/UNIQUE/);
    expect(() => insert.run('d1-d', 3, 'Not A Name', sha256, 2)).toThrow(/CHECK/);
    expect(() => store.db.prepare('UPDATE witnesses SET part = 5 WHERE id = ?').run('d1-b')).toThrow(/keeps its original bytes/);
  });
});
