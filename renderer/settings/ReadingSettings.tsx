import { useEffect, useState } from 'react';
import { DEFAULT_TEXT_SIZE, stepTextSize, TEXT_SIZES, type Theme, useReadingSettings } from './reading-settings.js';
import { MOD } from '../reader/keys.js';
import { SegmentedControl } from '../ui/SegmentedControl.js';
import './ReadingSettings.css';

const THEME_OPTIONS = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly { value: Theme; label: string }[];

/**
 * The banner's reading controls: text size (buttons, and Ctrl/Cmd with = - 0 anywhere in the window)
 * and the theme (System / Light / Dark). Both persist across launches.
 */
export function ReadingSettings() {
  const { textSize, setTextSize, theme, setTheme } = useReadingSettings();
  const percent = Math.round((textSize / DEFAULT_TEXT_SIZE) * 100);
  // The size at start-up is not news; only changes are announced.
  const [announced] = useState(textSize);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const size =
        event.key === '=' || event.key === '+' ? stepTextSize(textSize, 1)
        : event.key === '-' || event.key === '_' ? stepTextSize(textSize, -1)
        : event.key === '0' ? DEFAULT_TEXT_SIZE
        : undefined;
      if (size === undefined) return;
      // Instead of the browser's page zoom: the reader wants the text larger, not the whole interface.
      event.preventDefault();
      setTextSize(size);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [textSize, setTextSize]);

  return (
    <div className="reading-settings">
      <div role="group" aria-label="Text size" className="text-size">
        <button
          type="button"
          className="text-size-button"
          aria-label="Smaller text"
          title={`Smaller text (${MOD}−)`}
          disabled={textSize === TEXT_SIZES[0]}
          onClick={() => setTextSize(stepTextSize(textSize, -1))}
        >
          <span aria-hidden="true" className="glyph-small">
            A
          </span>
        </button>
        <button
          type="button"
          className="text-size-value"
          aria-label={`${percent}%, reset text size`}
          title={`Reset text size (${MOD}0)`}
          disabled={textSize === DEFAULT_TEXT_SIZE}
          onClick={() => setTextSize(DEFAULT_TEXT_SIZE)}
        >
          {percent}%
        </button>
        <button
          type="button"
          className="text-size-button"
          aria-label="Larger text"
          title={`Larger text (${MOD}=)`}
          disabled={textSize === TEXT_SIZES.at(-1)}
          onClick={() => setTextSize(stepTextSize(textSize, 1))}
        >
          <span aria-hidden="true" className="glyph-large">
            A
          </span>
        </button>
      </div>
      {/* Announces changes made with the keyboard shortcuts, which move no focus and press no button. */}
      <span role="status" className="visually-hidden">
        {textSize === announced ? '' : `Text size ${percent}%`}
      </span>
      <SegmentedControl label="Theme" options={THEME_OPTIONS} value={theme} onChange={setTheme} className="theme-control" />
    </div>
  );
}
