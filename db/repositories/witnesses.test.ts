import { afterEach, describe, expect, it } from 'vitest';
import { addDocument, migratedStore } from '../testing/annotations.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { listedWitnessesByDocument } from './witnesses.js';

afterEach(cleanUpScratch);

describe('listedWitnessesByDocument', () => {
  it('lists each witness with the metadata the library shows and nothing else, in position order', () => {
    const store = migratedStore();
    addDocument(store, 'd1', 'First.', 'Second.');
    store.db
      .prepare("UPDATE witnesses SET meta_json = ? WHERE id = 'd1-w0'")
      .run(JSON.stringify({ title: 'A cable', date: '1950-05-14', sender: 'Roshchin', archive: 'AVP RF' }));
    expect(listedWitnessesByDocument(store.db).get('d1')).toEqual([
      { id: 'd1-w0', label: 'Plain text', source: 'plain', fileName: 'd1-w0.txt', encoding: undefined, meta: { title: 'A cable', date: '1950-05-14', sender: 'Roshchin' } },
      { id: 'd1-w1', label: 'Plain text', source: 'plain', fileName: 'd1-w1.txt', encoding: undefined, meta: {} },
    ]);
  });

  it('refuses a listed field that is not text, as the metadata schema would', () => {
    const store = migratedStore();
    addDocument(store, 'd1', 'First.');
    store.db.prepare("UPDATE witnesses SET meta_json = '{\"title\": 1950}' WHERE id = 'd1-w0'").run();
    expect(() => listedWitnessesByDocument(store.db)).toThrow(/d1-w0 has a title that is not text/);
  });
});
