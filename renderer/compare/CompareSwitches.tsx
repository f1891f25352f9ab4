import type { CompareOptions } from '../../core/compare/model.js';

/** Each switch as the reader reads it: checked means this kind of difference is shown. */
const SWITCHES = [
  { key: 'ignoreCase', label: 'Case', counts: (options: CompareOptions) => !options.ignoreCase },
  { key: 'ignorePunctuation', label: 'Punctuation', counts: (options: CompareOptions) => !options.ignorePunctuation },
  { key: 'ignoreQuotes', label: 'Quotes and apostrophes', counts: (options: CompareOptions) => !options.ignoreQuotes },
  { key: 'ignoreWhitespace', label: 'Whitespace', counts: (options: CompareOptions) => !options.ignoreWhitespace },
  { key: 'includeFurniture', label: 'Page furniture', counts: (options: CompareOptions) => options.includeFurniture },
] as const satisfies readonly { key: keyof CompareOptions; label: string; counts: (options: CompareOptions) => boolean }[];

interface CompareSwitchesProps {
  options: CompareOptions;
  onChange: (options: CompareOptions) => void;
}

/**
 * "Count as differences": one labelled checkbox per kind of difference. The core's options say what is
 * ignored; the reader is asked what counts, so that every box reads the same way round.
 */
export function CompareSwitches({ options, onChange }: CompareSwitchesProps) {
  return (
    <fieldset className="compare-switches">
      <legend className="compare-switches-legend">Count as differences</legend>
      {SWITCHES.map(({ key, label, counts }) => (
        <label key={key} className="compare-switch">
          <input
            type="checkbox"
            checked={counts(options)}
            // Every switch but furniture names what is ignored, so counting it means the option is off.
            onChange={(event) => onChange({ ...options, [key]: key === 'includeFurniture' ? event.target.checked : !event.target.checked })}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
