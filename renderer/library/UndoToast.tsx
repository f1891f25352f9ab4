import { useEffect, useRef } from 'react';
import type { DeletedDocument } from '../../core/api.js';
import { whatGoes } from './library-view.js';
import '../ui/Announcer.css';
import './UndoToast.css';
import { BodyPortal } from '../ui/in-page.js';

/** What the toast says: a deletion that can be undone (and, once asked, why it could not), or a document back. */
export type LibraryToast = { kind: 'deleted'; document: DeletedDocument; error?: string } | { kind: 'restored'; title: string };

/** How long "… is back." stays; a deletion's offer stays until it is taken or dismissed. */
const RESTORED_MS = 4500;

interface UndoToastProps {
  toast: LibraryToast | undefined;
  onUndo: (document: DeletedDocument) => void;
  onDismiss: () => void;
}

/**
 * The message at the foot of the window after a document was deleted: what went, "Undo" and "Dismiss".
 * It takes the focus, which was on the deleted document's panel (now gone); Ctrl/Cmd+Z there undoes the
 * deletion, Escape dismisses the message.
 */
export function UndoToast({ toast, onUndo, onDismiss }: UndoToastProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const deleted = toast?.kind === 'deleted' ? toast.document : undefined;

  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);

  useEffect(() => {
    if (toast?.kind !== 'restored') return;
    const timer = window.setTimeout(onDismiss, RESTORED_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <BodyPortal>
    <div className="announcer undo-toast-place">
      <div
        role="status"
        className={toast ? 'announcer-card undo-toast' : 'visually-hidden'}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDismiss();
          // Ctrl/Cmd+Z here undoes this deletion, whether or not a document is open to hear it.
          const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
          if (!undoKey || !deleted) return;
          event.preventDefault();
          event.stopPropagation();
          if (!event.repeat) onUndo(deleted);
        }}
      >
        {toast?.kind === 'restored' && <span>“{toast.title}” is back in the library.</span>}
        {toast?.kind === 'deleted' && (
          <>
            <span>Deleted {whatGoes(toast.document)}.</span>
            {toast.error !== undefined && <span className="undo-toast-error">{toast.error}</span>}
            <span className="undo-toast-buttons">
              <button ref={undo} type="button" className="announcer-button" aria-keyshortcuts="Control+Z Meta+Z" onClick={() => onUndo(toast.document)}>
                Undo
              </button>
              <button type="button" className="announcer-button undo-toast-quiet" onClick={onDismiss}>
                Dismiss
              </button>
            </span>
          </>
        )}
      </div>
    </div>
    </BodyPortal>
  );
}
