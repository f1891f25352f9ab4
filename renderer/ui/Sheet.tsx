import { useCallback, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import './Sheet.css';
import { BodyPortal } from './in-page.js';

/** A sheet's state, from useSheet: hand it to <Sheet>, and call `show` from whatever opens it. */
export interface SheetState {
  ref: RefObject<HTMLDialogElement | null>;
  isOpen: boolean;
  show: () => void;
  close: () => void;
  closed: () => void;
}

/**
 * Opens and closes one <Sheet>. `show` opens it at once, before React renders its content, so that the
 * content's autoFocus lands inside an open dialog; it works from a click and from a keyboard shortcut.
 */
export function useSheet(): SheetState {
  const ref = useRef<HTMLDialogElement>(null);
  const [isOpen, setOpen] = useState(false);
  const show = useCallback(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    setOpen(true);
    dialog.showModal();
  }, []);
  const close = useCallback(() => ref.current?.close(), []);
  const closed = useCallback(() => setOpen(false), []);
  return { ref, isOpen, show, close, closed };
}

interface SheetProps {
  sheet: SheetState;
  /** The visible heading, which is also the dialog's accessible name. */
  heading: string;
  /** A modifier for this sheet's size ("registry-dialog"). */
  className?: string;
  /** Mounted only while the sheet is open, so that it reads the store afresh and starts clean each time. */
  children: ReactNode;
}

/**
 * A calm modal sheet over the dimmed room: a native <dialog>, so the focus moves in on opening, stays
 * inside, and goes back where it was on closing (Escape, "Close", or a click on the backdrop). It is
 * rendered at the end of the page, so that a sheet opened by a shortcut shows even when the panel that
 * owns it is on a hidden tab.
 */
export function Sheet({ sheet, heading, className, children }: SheetProps) {
  const id = useId();
  return (
    <BodyPortal>
    <dialog
      ref={sheet.ref}
      className={className ? `sheet ${className}` : 'sheet'}
      aria-labelledby={`${id}-heading`}
      onClose={sheet.closed}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === event.currentTarget) sheet.close();
      }}
    >
      <div className="sheet-content">
        <div className="sheet-head">
          <h2 id={`${id}-heading`} className="sheet-heading">
            {heading}
          </h2>
          <button type="button" className="quiet-button" onClick={sheet.close}>
            Close
          </button>
        </div>
        {sheet.isOpen && children}
      </div>
    </dialog>
    </BodyPortal>
  );
}
