import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeNoteMarkdown } from '../notes/safe-markdown.js';
import { noteHtml } from './note-html.js';

const markdown = safeNoteMarkdown({ links: /^https?:\/\//iu, xhtmlOut: true });

// Plain characters, and the ones Markdown reads, so that notes fall on both sides of the fast path.
const PLAIN = ['a', 'Z', 'é', 'ß', '中', 'ж', '1', '0', ' ', '\u00a0', ',', '.', ';', ':', '?', '!', "'"];
const MARKDOWN = ['*', '_', '-', '#', '>', '&', '<', '`', '[', ']', '(', ')', '"', '\\', '~', '\n', '\t', '\u0301'];
const notes = fc.oneof(
  fc.array(fc.constantFrom(...PLAIN), { maxLength: 40 }),
  fc.array(fc.constantFrom(...PLAIN, ...MARKDOWN), { maxLength: 40 }),
);

describe('a note as handout HTML', () => {
  it('renders a plain note exactly as markdown-it does, without parsing it (fast-check)', () => {
    fc.assert(
      fc.property(notes, (characters) => {
        const source = characters.join('');
        expect(noteHtml(source)).toBe(source.trim() === '' ? '' : markdown.render(source));
      }),
      { numRuns: 2000 },
    );
  });

  it('renders plain notes as they read, letters of any script included', () => {
    for (const source of ['Plain note', "Café au lait, déjà vu; isn't it? Yes!", '中文 text 2']) {
      expect(noteHtml(source)).toBe(markdown.render(source));
    }
  });
});
