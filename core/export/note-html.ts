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
// Such a line with one stretch in single asterisks that starts and ends with a letter or digit: the
// asterisks are then sure to open and close emphasis (CommonMark's flanking rules), as in "See *Pravda*, p. 2".
const ONE_EMPHASIS = /^(\p{L}[\p{L}\p{N} ,.;:?!']*)\*([\p{L}\p{N}](?:[\p{L}\p{N} ,.;:?!']*[\p{L}\p{N}])?)\*([\p{L}\p{N} ,.;:?!']*)$/u;

/** The note as HTML safe to put in the page; '' for an empty note. */
export function noteHtml(source: string): string {
  if (!source.endsWith(' ')) {
    if (PLAIN.test(source)) return `<p>${source}</p>\n`;
    const emphasis = ONE_EMPHASIS.exec(source);
    if (emphasis) return `<p>${emphasis[1]}<em>${emphasis[2]}</em>${emphasis[3]}</p>\n`;
  }
  return source.trim() === '' ? '' : markdown.render(source);
}
