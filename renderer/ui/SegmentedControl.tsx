import { useId } from 'react';
import './SegmentedControl.css';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

interface SegmentedControlProps<T extends string> {
  /** The group's visible name ("Transcription", "Theme"), which is also its accessible name. */
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/**
 * A choice of one among a few, drawn as joined segments: native radio buttons in a named radiogroup,
 * so arrow keys, focus and screen readers behave as they do for any radio group.
 */
export function SegmentedControl<T extends string>({ label, options, value, onChange, className }: SegmentedControlProps<T>) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className={['segmented', className].filter(Boolean).join(' ')}>
      <span id={`${id}-label`} className="segmented-label">
        {label}
      </span>
      <span className="segmented-track">
        {options.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="segmented-input"
            />
            <span className="segmented-face">{option.label}</span>
          </label>
        ))}
      </span>
    </div>
  );
}
