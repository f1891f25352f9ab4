import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../core/api.js';
import { shownDocuments, whatGoes } from './library-view.js';

function document(id: string, title: string, overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return { id, title, kind: 'Text', noteCount: 0, added: '2026-01-01T00:00:00Z', collectionIds: [], witnesses: [], ...overrides };
}

const LIBRARY = [
  document('a', 'Box 10: minutes', { date: '1950-06-25', added: '2026-01-03T00:00:00Z' }),
  document('b', 'Letter from Anna Keller', { author: 'Anna Keller', date: '1921-03-03', added: '2026-01-01T00:00:00Z', collectionIds: ['c1'] }),
  document('c', 'Box 2: cables', { added: '2026-01-02T00:00:00Z', collectionIds: ['c1'] }),
];

const ids = (documents: DocumentSummary[]) => documents.map((shown) => shown.id);

describe('shownDocuments', () => {
  it('sorts by title with numbers by value, by date with undated last, and newest added first', () => {
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: '', order: 'title' }))).toEqual(['c', 'a', 'b']);
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: '', order: 'date' }))).toEqual(['b', 'a', 'c']);
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: '', order: 'added' }))).toEqual(['a', 'c', 'b']);
  });

  it('keeps the documents whose title or author holds every word of the filter, case and accents aside', () => {
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: 'KELLER', order: 'title' }))).toEqual(['b']);
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: 'ánna letter', order: 'title' }))).toEqual(['b']);
    expect(ids(shownDocuments(LIBRARY, { collectionId: '', filter: 'box cables', order: 'title' }))).toEqual(['c']);
  });

  it('shows one collection', () => {
    expect(ids(shownDocuments(LIBRARY, { collectionId: 'c1', filter: '', order: 'title' }))).toEqual(['c', 'b']);
    expect(ids(shownDocuments(LIBRARY, { collectionId: 'c9', filter: '', order: 'title' }))).toEqual([]);
  });
});

describe('whatGoes', () => {
  it('names the document and counts what goes with it', () => {
    expect(whatGoes({ title: 'X', notes: 12, transcriptions: 2 })).toBe('“X” and its 12 notes and 2 transcriptions');
    expect(whatGoes({ title: 'X', notes: 1, transcriptions: 1 })).toBe('“X” and its 1 note and 1 transcription');
    expect(whatGoes({ title: 'X', notes: 0, transcriptions: 1 })).toBe('“X” and its 1 transcription');
  });
});
