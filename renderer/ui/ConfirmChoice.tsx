import type { ReactNode, RefObject } from 'react';

interface ConfirmChoiceProps {
  /** The group's name ("Confirm delete"). */
  label: string;
  /** The question; read out at once as an alert when it is the store's refusal, else politely. */
  question: ReactNode;
  urgency: 'alert' | 'status';
  confirmLabel: string;
  confirmClassName: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the focus returns on Cancel: the button that asked. */
  trigger: RefObject<HTMLButtonElement | null>;
}

/** A question under the button that raised it, with a confirming button and "Cancel". */
export function ConfirmChoice({ label, question, urgency, confirmLabel, confirmClassName, onConfirm, onCancel, trigger }: ConfirmChoiceProps) {
  return (
    <div className="registry-confirm" role="group" aria-label={label}>
      <p role={urgency} className="registry-question">
        {question}
      </p>
      <div className="registry-buttons">
        <button type="button" className={confirmClassName} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button
          type="button"
          className="quiet-button"
          onClick={() => {
            trigger.current?.focus();
            onCancel();
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
