/**
 * Markdown for readers' notes, made safe to put in a page: raw HTML is escaped (html: false), images are
 * off (nothing is loaded from outside), and a link stays a link only when markdown-it's own check passes
 * (it refuses `javascript:`, `vbscript:`, `file:` and `data:`) and its address matches `links`. A
 * refused link stays visible as the text the reader typed. The reader and the printed handout differ
 * only in which links they keep and whether tags are written XML-style.
 */
import MarkdownIt from 'markdown-it';

export interface SafeMarkdownOptions {
  /** The link addresses that stay links. */
  links: RegExp;
  /** `<br />` rather than `<br>`, so the output is also well-formed XML. */
  xhtmlOut?: boolean;
}

/** A markdown-it instance configured for notes; callers may add renderer rules to it. */
export function safeNoteMarkdown({ links, xhtmlOut = false }: SafeMarkdownOptions): InstanceType<typeof MarkdownIt> {
  const markdown = new MarkdownIt({ html: false, xhtmlOut, linkify: false, typographer: false, breaks: true });
  markdown.disable('image');
  const builtInCheck = markdown.validateLink.bind(markdown);
  markdown.validateLink = (url) => builtInCheck(url) && links.test(url.trim());
  return markdown;
}
