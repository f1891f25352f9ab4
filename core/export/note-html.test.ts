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

  it('renders a plain note with one stretch in asterisks exactly as markdown-it does (fast-check)', () => {
    const plain = fc.array(fc.constantFrom(...PLAIN, '*'), { maxLength: 12 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(plain, plain, plain, (before, inside, after) => {
        const source = `${before}*${inside}*${after}`;
        expect(noteHtml(source)).toBe(source.trim() === '' ? '' : markdown.render(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('renders plain notes as they read, letters of any script included', () => {
    for (const source of ['Plain note', "Café au lait, déjà vu; isn't it? Yes!", '中文 text 2', 'See *Pravda*, p. 2', 'Note 7: see *telegram co*']) {
      expect(noteHtml(source)).toBe(markdown.render(source));
    }
  });
});
