import MarkdownIt from 'markdown-it';

/**
 * Notes are Markdown as the reader typed it; this turns one into HTML that is safe to put in the page.
 * Raw HTML is escaped (html: false), images are off (the app makes no network request, and a remote
 * image would be one), and only web and mail links become links: markdown-it's own check already
 * refuses `javascript:`, `vbscript:`, `file:` and `data:`; relative links are refused too, since they
 * would point into the reading room itself. A refused link stays visible as the text the reader typed.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
markdown.disable('image');

const builtInCheck = markdown.validateLink.bind(markdown);
markdown.validateLink = (url) => builtInCheck(url) && /^(https?:|mailto:)/i.test(url.trim());

// Links open outside the reading room (Electron hands target=_blank to the system browser) and learn nothing of it.
const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return renderLinkOpen(tokens, index, options, env, self);
};

/** The note as sanitised HTML, ready for dangerouslySetInnerHTML; '' for an empty note. */
export function renderNote(source: string): string {
  return source.trim() === '' ? '' : markdown.render(source);
}

