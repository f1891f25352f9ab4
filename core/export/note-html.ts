/**
 * A reader's Markdown note as HTML for a printed handout. Only http(s) links stay links: mail, file and
 * relative links are refused too, since a handout passed to others should point only at the web.
 * XHTML-style empty tags (`<br />`) keep the page well-formed as XML too, which the tests check.
 */
import { safeNoteMarkdown } from '../notes/safe-markdown.js';

const markdown = safeNoteMarkdown({ links: /^https?:\/\//iu, xhtmlOut: true });

// One line of letters, digits, spaces and sentence punctuation that starts with a letter: Markdown
// reads nothing in it (no list, heading, emphasis, link or entity), so it is one paragraph of itself.
// Most notes are such, and a parse costs far more than the text.
const PLAIN = /^\p{L}[\p{L}\p{N} ,.;:?!']*$/u;

/** The note as HTML safe to put in the page; '' for an empty note. */
export function noteHtml(source: string): string {
  if (PLAIN.test(source) && !source.endsWith(' ')) return `<p>${source}</p>\n`;
  return source.trim() === '' ? '' : markdown.render(source);
}
