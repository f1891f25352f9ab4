import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { useAutosavedText } from './use-autosaved-text.js';
import { SaveStatus } from '../ui/SaveStatus.js';

interface NoteEditorProps {
  /** The visible label: "Note", "Document notes". */
  label: string;
  /** What the store holds. */
  value: string;
  save: (text: string) => Promise<unknown>;
  placeholder?: string;
  /** Focus the field when this changes to a new number (after A, or when a card is opened for editing). */
  focusRequest?: number | undefined;
  /** Gives what was typed before the field existed (right after A): added to the note when the focus arrives. */
  takeTypedAhead?: (() => string) | undefined;
  /** Show the label on screen (a card's note field is obvious from where it sits; its label stays for screen readers). */
  showLabel?: boolean;
  minRows?: number;
}

/**
 * A Markdown note edited in place and saved as you type (no button to forget). Inside the field the
 * browser's own undo (Ctrl/Cmd+Z) undoes typing; the store's undo is for everywhere else.
 */
export function NoteEditor({ label, value, save, placeholder, focusRequest, takeTypedAhead, showLabel = false, minRows = 3 }: NoteEditorProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const { draft, change, flush, state } = useAutosavedText(value, save);

  useEffect(() => {
    if (focusRequest === undefined || !ref.current) return;
    const field = ref.current;
    const typed = takeTypedAhead?.() ?? '';
    if (typed !== '') change(field.value + typed);
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
    field.scrollIntoView({ block: 'nearest' });
    // Only a new request focuses; what was typed ahead arrives with it.
  }, [focusRequest]);

  return (
    <div className="note-editor">
      <label htmlFor={`${id}-field`} className={showLabel ? 'note-editor-label' : 'visually-hidden'}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={`${id}-field`}
        className="note-field"
        value={draft}
        rows={minRows}
        // The field grows with its text (field-sizing in NotesPanel.css) from this many rows up.
        style={{ '--note-rows': minRows } as CSSProperties}
        placeholder={placeholder}
        spellCheck
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        aria-describedby={`${id}-hint`}
      />
      <div className="note-editor-foot">
        <span id={`${id}-hint`} className="note-editor-hint">
          Markdown<span className="visually-hidden">, saved as you type</span>
        </span>
        {state.status !== 'failed' && <SaveStatus state={state} />}
      </div>
      {state.status === 'failed' && <SaveStatus state={state} />}
    </div>
  );
}
