import { describe, expect, it } from 'vitest';
import { matchesFilter, NO_FILTER } from './filter.js';
import type { NoteOutline } from './use-annotations.js';

const reunification: NoteOutline = {
  id: '00000000-0000-4000-8000-000000000000',
  anchor: { status: 'anchored', start: 0, end: 25 },
  motivation: 'commenting',
  category: 'key-claim',
  people: [],
  tags: ['Korea', 'consent'],
  created: '2024-01-01T00:00:00Z',
};

describe('matchesFilter', () => {
  it('lets everything through with no filter set', () => {
    expect(matchesFilter(reunification, NO_FILTER, undefined)).toBe(true);
  });

  it('keeps for a text only what the store found holding it, and everything until it answers', () => {
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'consent' }, new Set([reunification.id]))).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'Molotov' }, new Set())).toBe(false);
    expect(matchesFilter(reunification, { ...NO_FILTER, text: 'Molotov' }, undefined)).toBe(true);
  });

  it('keeps only the chosen colour and tag', () => {
    expect(matchesFilter(reunification, { ...NO_FILTER, category: 'key-claim', tag: 'Korea' }, undefined)).toBe(true);
    expect(matchesFilter(reunification, { ...NO_FILTER, category: 'question' }, undefined)).toBe(false);
    expect(matchesFilter(reunification, { ...NO_FILTER, tag: 'korea' }, undefined)).toBe(false);
  });
});
