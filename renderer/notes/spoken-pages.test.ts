import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/document/model.js';
import { pageCitation, pageStarts } from '../../core/document/pages.js';
import { spokenPages } from './spoken-pages.js';

// Citations made by the core function itself, so that a change to its wording shows here.
const pages = pageStarts([
  { kind: 'page', start: 0, end: 0, label: '3' },
  { kind: 'paragraph', start: 0, end: 40 },
  { kind: 'page', start: 40, end: 40, label: 'iv' },
  { kind: 'paragraph', start: 40, end: 90 },
  { kind: 'page', start: 90, end: 90 },
  { kind: 'paragraph', start: 90, end: 120 },
] satisfies Block[]);
const cite = (start: number, end: number) => pageCitation(pages, start, end) ?? '';

describe('a page citation as a screen reader says it', () => {
  it('spells out one page', () => {
    expect(spokenPages(cite(5, 20))).toBe('page 3');
    expect(spokenPages(cite(50, 60))).toBe('page iv');
  });

  it('says a run of pages from the first to the last', () => {
    expect(spokenPages(cite(30, 50))).toBe('pages 3 to iv');
  });

  it('keeps the mark of a page without a label', () => {
    expect(spokenPages(cite(95, 100))).toBe('page ?');
    expect(spokenPages(cite(60, 100))).toBe('pages iv to ?');
  });
});
