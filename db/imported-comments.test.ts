import { afterEach, describe, expect, it } from 'vitest';
import { singleWitness } from '../core/importers/model.js';
import { sha256Of, storeReadDocument } from './import-witness.js';
import { migrate } from './migrate.js';
import { openStore, type Store } from './open.js';
import { annotationsOfWitness } from './repositories/annotations.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

function emptyStore(): Store {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  return store;
}

const TEXT = 'In a conversation with the Korean comrades Filippov and his friends agreed.';
const bytes = new TextEncoder().encode('a Word file');

describe('comments a file carries', () => {
  it('become notes on their passages, by their author, at their date, tagged comment', () => {
    const store = emptyStore();
    const filippov = TEXT.indexOf('Filippov');
    const read = {
      ...singleWitness({ text: TEXT, blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }], marks: [], meta: { title: 'Cable' }, source: 'docx' }),
      comments: [
        { witness: 0, start: filippov, end: filippov + 'Filippov'.length, text: 'Stalin’s code-name.', author: 'Kathryn Weathersby', date: '2024-03-01T09:30:00Z' },
        // Anchored at a point inside a word: the note takes the word.
        { witness: 0, start: TEXT.indexOf('friends') + 2, end: TEXT.indexOf('friends') + 2, text: 'Which friends?' },
        { witness: 0, start: 3, end: 9, text: '   ' },
      ],
    };
    const stored = storeReadDocument(store, { fileName: 'cable.docx', bytes, sha256: sha256Of(bytes) }, read);
    const notes = annotationsOfWitness(store.db, stored.witnessIds[0] ?? '');
    expect(notes.map((note) => [note.target?.quote.exact, note.note, note.creator, note.tags, note.motivation])).toEqual([
      ['Filippov', 'Stalin’s code-name.', 'Kathryn Weathersby', ['comment'], 'commenting'],
      ['friends', 'Which friends?', 'Comment', ['comment'], 'commenting'],
    ]);
    expect(notes[0]?.created).toBe('2024-03-01T09:30:00.000Z');
  });
});
