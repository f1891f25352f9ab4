/**
 * A reader's Markdown note as HTML for a printed handout. Raw HTML in the note is shown as text
 * (html: false), images are off (a handout loads nothing), and only http(s) links stay links: markdown-it
 * already refuses `javascript:` and `data:`; mail, file and relative links are refused too, since a
 * handout passed to others should point only at the web. A refused link stays visible as typed.
 * XHTML-style empty tags (`<br />`) keep the page well-formed as XML too, which the tests check.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, xhtmlOut: true, linkify: false, typographer: false, breaks: true });
markdown.disable('image');
const builtInCheck = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => builtInCheck(url) && /^https?:\/\//iu.test(url.trim());

/** The note as HTML safe to put in the page; '' for an empty note. */
export function noteHtml(source: string): string {
  return source.trim() === '' ? '' : markdown.render(source);
}

