import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AnnotateKind } from './use-annotate-shortcuts.js';
import { useSelectionOffsets } from './use-selection-offsets.js';
import './SelectionToolbar.css';

interface SelectionToolbarProps {
  /** The reading text whose selection the toolbar follows. */
  article: HTMLElement | null;
  /** The positioned box the toolbar is placed in (the reading column). */
  container: HTMLElement | null;
  onAnnotate: (kind: AnnotateKind) => void;
}

interface Placement {
  top: number;
  left: number;
  /** Below the selection's last line (a forward selection) or above its first (a backward one). */
  side: 'below' | 'above';
}

/** Where the toolbar goes: by the end the reader's pointer or caret finished at, within the column. */
function place(container: HTMLElement, toolbar: HTMLElement | null): Placement | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  const first = rects[0];
  const last = rects.at(-1);
  if (!first || !last) return null;
  const box = container.getBoundingClientRect();
  const width = toolbar?.offsetWidth ?? 200;
  const backward = selection.anchorNode === range.endContainer && selection.anchorOffset === range.endOffset && !range.collapsed;
  const clampLeft = (x: number) => Math.max(0, Math.min(x - box.left, box.width - width));
  if (backward) return { side: 'above', top: first.top - box.top, left: clampLeft(first.left) };
  return { side: 'below', top: last.bottom - box.top, left: clampLeft(last.right - width / 2) };
}

/**
 * The small toolbar by a selected passage: "Highlight" (H), "Note" (A) and "Person" (P, the picker). It waits for the mouse to
 * be released, so it does not chase a drag; it sits after the text in the tab order, so keyboard readers
 * reach it with Tab. Pressing its buttons leaves the selection alone (mousedown is not let through).
 */
export function SelectionToolbar({ article, container, onAnnotate }: SelectionToolbarProps) {
  // Followed here, not higher up: a drag changes it at every character, and only the toolbar needs to know.
  const selection = useSelectionOffsets(article);
  const ref = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [layoutSeq, setLayoutSeq] = useState(0);

  useEffect(() => {
    const down = (event: PointerEvent) => {
      if (event.button === 0 && !ref.current?.contains(event.target as Node)) setDragging(true);
    };
    const up = () => setDragging(false);
    document.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    document.addEventListener('pointercancel', up);
    return () => {
      document.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
      document.removeEventListener('pointercancel', up);
    };
  }, []);

  // The text reflows when the window or the text size changes; the toolbar follows its passage.
  useEffect(() => {
    if (!container) return;
    const observer = new ResizeObserver(() => setLayoutSeq((n) => n + 1));
    observer.observe(container);
    return () => observer.disconnect();
  }, [container]);

  const visible = selection.kind === 'passage' && !dragging && container !== null;
  const shown = placement !== null;
  // Placed once from an estimate of its width, then again once it is drawn and can be measured.
  useLayoutEffect(() => {
    const next = visible && container ? place(container, ref.current) : null;
    // Nothing shown and nothing to show: no state to set (setting it would render the room again at once).
    if (next === null && !shown) return;
    setPlacement((previous) =>
      previous && next && previous.top === next.top && previous.left === next.left && previous.side === next.side ? previous : next,
    );
  }, [visible, container, selection, layoutSeq, shown]);

  if (!visible || !placement) return null;
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Annotate selection"
      className="selection-toolbar"
      data-side={placement.side}
      style={{ top: placement.top, left: placement.left }}
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        // As in any toolbar, the arrow keys move between its buttons.
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        const buttons = [...event.currentTarget.querySelectorAll('button')];
        const at = buttons.indexOf(event.target as HTMLButtonElement);
        if (at < 0) return;
        event.preventDefault();
        buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }}
    >
      <button type="button" className="selection-action" onClick={() => onAnnotate('highlight')} aria-keyshortcuts="H">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="selection-icon">
          <path d="M3 13h10" />
          <path d="m5.5 10.5 6-6-2-2-6 6-.5 2.5z" />
        </svg>
        Highlight
        <kbd aria-hidden="true">H</kbd>
      </button>
      <span className="selection-divider" aria-hidden="true" />
      <button type="button" className="selection-action" onClick={() => onAnnotate('note')} aria-keyshortcuts="A">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="selection-icon">
          <path d="M3 3.5h10v7H7l-3 2.5v-2.5H3z" />
        </svg>
        Note
        <kbd aria-hidden="true">A</kbd>
      </button>
      <span className="selection-divider" aria-hidden="true" />
      <button type="button" className="selection-action" onClick={() => onAnnotate('person')} aria-keyshortcuts="P" aria-haspopup="dialog">
        <svg viewBox="0 0 16 16" aria-hidden="true" className="selection-icon">
          <circle cx="8" cy="5.5" r="2.5" />
          <path d="M3 13.5c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" />
        </svg>
        Person
        <kbd aria-hidden="true">P</kbd>
      </button>
    </div>
  );
}
