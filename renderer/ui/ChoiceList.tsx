import { useId } from 'react';
import './ChoiceList.css';

/** One choice: its name, and a line saying what it is for. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
  disabled?: boolean;
}

interface ChoiceListProps<T extends string> {
  /** The group's heading, which is also its accessible name ("Format"). */
  label: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Put the focus on the chosen option when the list appears (the first thing in a dialog). */
  autoFocus?: boolean;
}

/**
 * A choice of one among a few, each with a hint under its name: native radio buttons in a named
 * radiogroup. Each radio is named by its label alone and described by its hint, so a screen reader
 * says "Markdown, radio button, 1 of 5" and then what it is for; the whole row is clickable.
 */
export function ChoiceList<T extends string>({ label, choices, value, onChange, autoFocus }: ChoiceListProps<T>) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className="sheet-section">
      <h3 id={`${id}-label`} className="sheet-subheading">
        {label}
      </h3>
      <div className="choice-list">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={choice.value === value}
              disabled={choice.disabled}
              autoFocus={autoFocus && choice.value === value}
              aria-labelledby={`${id}-${choice.value}`}
              aria-describedby={`${id}-${choice.value}-hint`}
              onChange={() => onChange(choice.value)}
              className="choice-input"
            />
            <span id={`${id}-${choice.value}`} className="choice-label">
              {choice.label}
            </span>
            <span id={`${id}-${choice.value}-hint`} className="choice-hint">
              {choice.hint}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
