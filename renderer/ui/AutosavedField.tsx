import { useId, type ReactNode } from 'react';
import { useAutosavedText } from '../notes/use-autosaved-text.js';
import { SaveStatus } from './SaveStatus.js';

interface AutosavedFieldProps {
  label: string;
  /** Shown before the field instead of the label (a colour swatch); the label then stays for screen readers. */
  prefix?: ReactNode;
  hint?: string;
  value: string;
  save: (text: string) => Promise<unknown>;
  maxLength?: number;
  /** Take the focus when it appears (the first field of a dialog). */
  autoFocus?: boolean;
}

/** A one-line setting saved as you type, with the same quiet "Saved" and the same kept-text refusal as a note. */
export function AutosavedField({ label, prefix, hint, value, save, maxLength, autoFocus }: AutosavedFieldProps) {
  const id = useId();
  const { draft, change, flush, state } = useAutosavedText(value, save);
  return (
    <div className="autosaved-field">
      <label htmlFor={id} className={prefix ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <div className="autosaved-field-row">
        {prefix}
        <input
          id={id}
          type="text"
          className="text-input"
          value={draft}
          maxLength={maxLength}
          autoFocus={autoFocus}
          onChange={(event) => change(event.target.value)}
          onBlur={flush}
          aria-invalid={state.status === 'failed'}
          {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
        />
        {state.status !== 'failed' && <SaveStatus state={state} />}
      </div>
      {state.status === 'failed' && <SaveStatus state={state} />}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
