import { useMemo, useSyncExternalStore } from 'react';
import type * as NoteRendering from './markdown.js';
import './MarkdownNote.css';

type NoteRenderer = typeof NoteRendering;

/**
 * The Markdown renderer is loaded in its own chunk when the first note is shown: it is the largest part
 * of the bundle, and the text must not wait for it. Until it arrives a note shows as its plain source.
 */
let renderer: NoteRenderer | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  loading ??= import('./markdown.js').then((loaded) => {
    renderer = loaded;
    for (const waiting of listeners) waiting();
  });
  return () => listeners.delete(listener);
}

/** A note rendered from Markdown. The HTML comes only from renderNote, which escapes raw HTML and refuses unsafe links. */
export function MarkdownNote({ source, className }: { source: string; className?: string }) {
  const loaded = useSyncExternalStore(subscribe, () => renderer);
  const html = useMemo(() => loaded?.renderNote(source), [loaded, source]);
  const classes = ['markdown', className].filter(Boolean).join(' ');
  if (html === undefined) return <div className={`${classes} markdown-pending`}>{source}</div>;
  return <div className={classes} dangerouslySetInnerHTML={{ __html: html }} />;
}
