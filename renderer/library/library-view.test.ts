import { describe, expect, it } from 'vitest';
import { FIRST_VIEW, libraryPageQuery, whatGoes } from './library-view.js';

describe('libraryPageQuery', () => {
  it('asks the whole library without an empty filter or collection, as the host asks for the first screen', () => {
    expect(libraryPageQuery(FIRST_VIEW, 0)).toEqual({ order: 'date', offset: 0, limit: 150 });
    expect(libraryPageQuery({ collectionId: '', filter: '   ', order: 'title' }, 150, 40)).toEqual({ order: 'title', offset: 150, limit: 40 });
  });

  it('names the collection and passes the filter as typed', () => {
    expect(libraryPageQuery({ collectionId: 'c1', filter: 'Anna ', order: 'added' }, 0)).toEqual({ order: 'added', collectionId: 'c1', filter: 'Anna ', offset: 0, limit: 150 });
  });
});

describe('whatGoes', () => {
  it('names the document and counts what goes with it', () => {
    expect(whatGoes({ title: 'X', notes: 12, transcriptions: 2 })).toBe('“X” and its 12 notes and 2 transcriptions');
    expect(whatGoes({ title: 'X', notes: 1, transcriptions: 1 })).toBe('“X” and its 1 note and 1 transcription');
    expect(whatGoes({ title: 'X', notes: 0, transcriptions: 1 })).toBe('“X” and its 1 transcription');
  });
});
