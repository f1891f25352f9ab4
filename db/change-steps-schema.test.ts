import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { closeStep, openStep } from './repositories/changes.js';
import { addDocument, storeAtSchema } from './testing/annotations.js';
import { cleanUpScratch } from './testing/scratch.js';

afterEach(cleanUpScratch);

const ANNOTATION_ID = '0b3f6a52-4f0e-4c1e-9a57-1f0c2d1e8a01';

/** Logs a creation the way schema 5 wrote one (the state is not read back here). */
function logCreation(store: ReturnType<typeof storeAtSchema>, annotationId = ANNOTATION_ID): void {
  store.db
    .prepare("INSERT INTO changes (at, document_id, annotation_id, action, after_json) VALUES ('2026-01-01T00:00:00Z', 'd1', ?, 'create', '{}')")
    .run(annotationId);
}

const stepRows = (store: ReturnType<typeof storeAtSchema>) => store.db.prepare('SELECT id, description FROM change_steps').all();

describe('steps of undo (migration 006)', () => {
  it('reads the changes of a store at schema 5 as steps of their own', () => {
    const store = storeAtSchema(5);
    addDocument(store, 'd1', 'They agree.');
    logCreation(store);
    migrate(store);
    expect(store.db.prepare('SELECT annotation_id, step FROM changes').all()).toEqual([{ annotation_id: ANNOTATION_ID, step: null }]);
  });

  it('forgets a step with its last change, and refuses a step that does not exist', () => {
    const store = storeAtSchema(6);
    addDocument(store, 'd1', 'They agree.');
    logCreation(store);
    logCreation(store, '0b3f6a52-4f0e-4c1e-9a57-1f0c2d1e8a02');
    const step = openStep(store.db);
    expect(closeStep(store.db, step, 0, () => 'import of 2 annotations')).toBe(true);
    expect(store.db.prepare('SELECT step FROM changes').pluck().all()).toEqual([step, step]);
    store.db.prepare('DELETE FROM changes WHERE seq = 1').run();
    expect(stepRows(store)).toEqual([{ id: step, description: 'import of 2 annotations' }]);
    store.db.prepare('DELETE FROM changes').run();
    expect(stepRows(store)).toEqual([]);
    expect(() => store.db.prepare('INSERT INTO changes (at, document_id, annotation_id, action, after_json, step) VALUES (?, ?, ?, ?, ?, 99)').run('2026-01-01T00:00:00Z', 'd1', ANNOTATION_ID, 'create', '{}')).toThrow(/FOREIGN KEY/);
  });
});
