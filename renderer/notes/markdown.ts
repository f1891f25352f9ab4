import { safeNoteMarkdown } from '../../core/notes/safe-markdown.js';

/**
 * Notes in the reading room: web and mail links stay links; relative links are refused, since they would
 * point into the reading room itself (the rest of the sanitising is core's, shared with the handout).
 */
const markdown = safeNoteMarkdown({ links: /^(https?:|mailto:)/i });

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

