import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { matchesFilter, NO_FILTER } from './filter.js';

const annotation = (exact: string, note: string, category: string, tags: string[]): AnchoredAnnotation => ({
  id: '00000000-0000-4000-8000-000000000000',
  documentId: 'doc',
  target: {
    witnessId: 'w',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: exact.length },
  },
  motivation: 'commenting',
  note,
  tags,
  category,
  people: [],
  creator: 'Ana',
  created: '2024-01-01T00:00:00Z',
  modified: '2024-01-01T00:00:00Z',
  anchor: { status: 'anchored', start: 0, end: exact.length, method: 'position' },
});

const reunification = annotation('move toward\u00a0reunification', 'Stalin’s *consent*', 'key-claim', ['Korea', 'consent']);

describe('matchesFilter', () => {
  it('lets everything through with no filter set', () => {
    expect(matchesFilter(reunification, NO_FILTER)).toBe(true);
  });

  it('finds words in the quote, the note or the tags, in any case and across a non-breaking space', () => {
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'Toward Reunification' })).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'consent stalin' })).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'korea' })).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'Molotov' })).toBe(false);
  });

  it('keeps only the chosen colour and tag', () => {
    expect(matchesFilter(reunification, { ...NO_FILTER, category: 'key-claim', tag: 'Korea' })).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, category: 'question' })).toBe(false);
    expect(matchesFilter(reunification, { ...NO_FILTER, tag: 'korea' })).toBe(false);
  });
});
