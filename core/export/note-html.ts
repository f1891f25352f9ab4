/**
 * A reader's Markdown note as HTML for a printed handout. Only http(s) links stay links: mail, file and
 * relative links are refused too, since a handout passed to others should point only at the web.
 * XHTML-style empty tags (`<br />`) keep the page well-formed as XML too, which the tests check.
 */
import { safeNoteMarkdown } from '../notes/safe-markdown.js';

const markdown = safeNoteMarkdown({ links: /^https?:\/\//iu, xhtmlOut: true });

/** The note as HTML safe to put in the page; '' for an empty note. */
export function noteHtml(source: string): string {
  return source.trim() === '' ? '' : markdown.render(source);
}
