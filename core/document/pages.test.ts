import { describe, expect, it } from 'vitest';
import type { Block } from './model.js';
import { pageCitation, pageStarts } from './pages.js';

const blocks: Block[] = [
  { kind: 'page', start: 0, end: 0, label: '1' },
  { kind: 'paragraph', start: 0, end: 40 },
  { kind: 'page', start: 42, end: 42, label: '2' },
  { kind: 'paragraph', start: 42, end: 90 },
  { kind: 'page', start: 92, end: 92 },
  { kind: 'paragraph', start: 92, end: 120 },
];

describe('the page a passage cites', () => {
  const pages = pageStarts(blocks);

  it('is the page the passage is on, or the pages it runs across', () => {
    expect(pageCitation(pages, 5, 20)).toBe('p. 1');
    expect(pageCitation(pages, 42, 50)).toBe('p. 2');
    expect(pageCitation(pages, 30, 60)).toBe('pp. 1–2');
    expect(pageCitation(pages, 60, 100)).toBe('pp. 2–?');
  });

  it('ends on the page of its last character, not the page that starts right after it', () => {
    expect(pageCitation(pages, 30, 42)).toBe('p. 1');
  });

  it('is undefined for a text without pages', () => {
    expect(pageCitation(pageStarts([{ kind: 'paragraph', start: 0, end: 10 }]), 2, 5)).toBeUndefined();
  });
});
