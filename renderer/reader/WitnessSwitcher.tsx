import type { WitnessSummary } from '../../core/api.js';
import { SegmentedControl } from '../ui/SegmentedControl.js';

interface WitnessSwitcherProps {
  witnesses: readonly WitnessSummary[];
  current: string;
  onChange: (witnessId: string) => void;
}

/** The "Transcription" radio group: which witness of the document the reader is reading. */
export function WitnessSwitcher({ witnesses, current, onChange }: WitnessSwitcherProps) {
  const options = witnesses.map((witness) => ({ value: witness.id, label: witness.label }));
  return <SegmentedControl label="Transcription" options={options} value={current} onChange={onChange} className="witness-switcher" />;
}
