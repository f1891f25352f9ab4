import { useMemo } from 'react';
import { renderNote } from '../notes/markdown.js';
import './MarkdownNote.css';

/** A note rendered from Markdown. The HTML comes only from renderNote, which escapes raw HTML and refuses unsafe links. */
export function MarkdownNote({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderNote(source), [source]);
  return <div className={['markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
