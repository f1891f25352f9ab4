import './PersonChip.css';

interface PersonChipProps {
  name: string;
  /** The person's colour slot (usePeople().slotOf). */
  slot: number;
  /** Given, the chip has a "Remove <name>" button. */
  onRemove?: (() => void) | undefined;
}

/**
 * A person named on a passage: a small label with a dot in the person's colour, as the underline in the
 * text has it, and, where the person can be taken off, a "Remove <name>" button. A list item: chips come
 * in a list named for what they are ("People").
 */
export function PersonChip({ name, slot, onRemove }: PersonChipProps) {
  return (
    <li className="person-chip" data-person-slot={slot}>
      <span className="person-dot" aria-hidden="true" />
      <span className="person-chip-name">{name}</span>
      {onRemove && (
        <button type="button" className="tag-remove" aria-label={`Remove ${name}`} title="Remove" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
