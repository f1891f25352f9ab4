import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Person } from '../../core/people/model.js';
import { shortQuote } from '../notes/quote.js';
import { matchPeople, namesSomeone } from './match-people.js';
import { PersonChip } from './PersonChip.js';
import { SourceText } from '../ui/SourceText.js';
import './PersonPicker.css';

/** How the picker ended: people tagged, or closed without. */
export type PickerOutcome = 'tagged' | 'cancelled';

interface PersonPickerProps {
  people: readonly Person[];
  slotOf: (personId: string) => number;
  /** The passage being tagged, quoted in the heading. */
  quote: string;
  /** Where the passage is on screen, so the picker opens just under it; null centres it. */
  anchor: DOMRect | null;
  /** Tags the passage with these people; rejects with the store's message. */
  onTag: (personIds: string[]) => Promise<unknown>;
  /** Adds a person to the registry under the typed name; rejects with the store's message. */
  onCreate: (name: string) => Promise<Person>;
  onDone: (outcome: PickerOutcome) => void;
}

/** What an option of the list stands for. */
type Option = { kind: 'person'; person: Person; alias?: string | undefined } | { kind: 'create'; name: string };

/** Enough to choose from without scrolling far; typing narrows the rest. */
const MOST_OPTIONS = 50;
const GAP = 8;

/**
 * Where the dialog goes, never over the passage it tags: under it, else above it, else beside it (right,
 * then left); where none has room for all of it, on the roomier side of under and above, made as short as
 * that room (its list scrolls). Always on screen.
 */
function placement(anchor: DOMRect | null, dialog: HTMLElement): CSSProperties | undefined {
  if (!anchor) return undefined;
  const { offsetWidth: width, offsetHeight: height } = dialog;
  const below = window.innerHeight - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  const alongside = (left: number): CSSProperties => ({ left, top: Math.max(GAP, Math.min(anchor.top, window.innerHeight - height - GAP)) });
  const under = { left: Math.max(GAP, Math.min(anchor.left, window.innerWidth - width - GAP)) };
  if (height <= below) return { ...under, top: anchor.bottom + GAP };
  if (height <= above) return { ...under, top: anchor.top - GAP - height };
  if (height <= window.innerHeight - 2 * GAP) {
    if (window.innerWidth - anchor.right - 2 * GAP >= width) return alongside(anchor.right + GAP);
    if (anchor.left - 2 * GAP >= width) return alongside(anchor.left - GAP - width);
  }
  return below >= above ? { ...under, top: anchor.bottom + GAP, maxHeight: below } : { ...under, top: GAP, maxHeight: above };
}

/**
 * The person picker (P, or "Person" by a selection): a small modal dialog "Tag people" with a combobox
 * completed from the registry by preferred name and alias. Arrow keys move through the people, Enter
 * adds the one marked (or creates “what was typed”), and Enter on an empty field tags the passage with
 * everyone added; Escape closes it. Several people can be added; each shows as a chip that Backspace
 * or its button takes off again. A refusal (a name the store will not take) shows under the field with
 * the typed text kept.
 */
export function PersonPicker({ people, slotOf, quote, anchor, onTag, onCreate, onDone }: PersonPickerProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<Person[]>([]);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [position, setPosition] = useState<CSSProperties>();
  const outcome = useRef<PickerOutcome>('cancelled');

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    setPosition(placement(anchor, element));
    input.current?.focus();
    return () => element.close();
    // Placed once, where the passage was when P was pressed.
  }, []);

  const options = useMemo<Option[]>(() => {
    const found: Option[] = matchPeople(people, typed)
      .slice(0, MOST_OPTIONS)
      .map((match) => ({ kind: 'person', person: match.person, alias: match.alias }));
    const name = typed.trim();
    if (name !== '' && !namesSomeone(people, name)) found.push({ kind: 'create', name });
    return found;
  }, [people, typed]);

  const close = (how: PickerOutcome) => {
    outcome.current = how;
    dialog.current?.close();
  };

  const type = (text: string) => {
    setTyped(text);
    setError(undefined);
    setActive(text.trim() === '' ? -1 : 0);
  };

  const add = (person: Person) => {
    setChosen((current) => (current.some((candidate) => candidate.id === person.id) ? current : [...current, person]));
    type('');
  };

  const pick = (option: Option) => {
    if (option.kind === 'person') {
      if (chosen.some((candidate) => candidate.id === option.person.id)) setChosen((current) => current.filter((candidate) => candidate.id !== option.person.id));
      else add(option.person);
      input.current?.focus();
      return;
    }
    setBusy(true);
    onCreate(option.name)
      .then(add, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
      .finally(() => {
        setBusy(false);
        input.current?.focus();
      });
  };

  const tag = () => {
    if (chosen.length === 0 || busy) return;
    setBusy(true);
    setError(undefined);
    onTag(chosen.map((person) => person.id)).then(
      () => close('tagged'),
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.max(-1, Math.min(options.length - 1, current + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
      else tag();
    } else if (event.key === 'Backspace' && typed === '' && chosen.length > 0) {
      event.preventDefault();
      setChosen((current) => current.slice(0, -1));
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  const activeOption = options[active];
  return (
    <dialog
      ref={dialog}
      className="person-picker"
      aria-labelledby={`${id}-heading`}
      style={position}
      data-placed={position !== undefined}
      onClose={() => {
        // A close that arrives after the dialog was shown again (React's development double mount) is stale.
        if (!dialog.current?.open) onDone(outcome.current);
      }}
      onClick={(event) => {
        // A click beside the picker (on its backdrop) closes it, as a click beside a popover does.
        if (event.target === dialog.current) close('cancelled');
      }}
    >
      <div className="picker-content">
        <h2 id={`${id}-heading`} className="picker-heading">
          Tag people
        </h2>
        <p className="picker-quote">
          <q>
            <SourceText text={shortQuote(quote, 90)} links={false} />
          </q>
        </p>
        {chosen.length > 0 && (
          <ul className="picker-chosen" aria-label="Chosen">
            {chosen.map((person) => (
              <PersonChip key={person.id} name={person.preferredName} slot={slotOf(person.id)} onRemove={() => setChosen((current) => current.filter((candidate) => candidate !== person))} />
            ))}
          </ul>
        )}
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Person
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          className="text-input picker-input"
          // Short enough for the narrowest picker: what Enter does is in the hint below.
          placeholder={chosen.length > 0 ? 'Add someone else…' : 'Type a name…'}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          aria-expanded={options.length > 0}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          aria-invalid={error !== undefined}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {error !== undefined && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <ul id={`${id}-listbox`} role="listbox" aria-label="People" aria-multiselectable="true" className="picker-options">
          {options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.person.id : 'create'}
              id={optionId(index)}
              role="option"
              aria-selected={option.kind === 'person' && chosen.some((candidate) => candidate.id === option.person.id)}
              data-active={index === active}
              data-create={option.kind === 'create'}
              className="picker-option"
              {...(option.kind === 'person' ? { 'data-person-slot': slotOf(option.person.id) } : {})}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => pick(option)}
            >
              {option.kind === 'person' ? (
                <>
                  <span className="person-dot" aria-hidden="true" />
                  <span className="picker-option-text">
                    <span className="picker-option-name">{option.person.preferredName}</span>
                    {option.alias !== undefined && <span className="picker-option-detail">, also {option.alias}</span>}
                    {option.person.lifeDates && <span className="picker-option-detail">, {option.person.lifeDates}</span>}
                  </span>
                  <span className="picker-check" aria-hidden="true">
                    ✓
                  </span>
                </>
              ) : (
                <>
                  <span className="picker-create-icon" aria-hidden="true">
                    +
                  </span>
                  <span className="picker-option-name">Create “{option.name}”</span>
                </>
              )}
            </li>
          ))}
        </ul>
        <div className="picker-foot">
          <p id={`${id}-hint`} className="picker-hint">
            <kbd>↑</kbd> <kbd>↓</kbd> move, <kbd>Enter</kbd> adds; <kbd>Enter</kbd> on an empty field tags, <kbd>Esc</kbd> closes.
          </p>
          <div className="picker-buttons">
            <button type="button" className="quiet-button" onClick={() => close('cancelled')}>
              Cancel
            </button>
            <button type="button" className="button picker-tag" disabled={chosen.length === 0 || busy} onClick={tag}>
              Tag passage
            </button>
          </div>
        </div>
      </div>
    </dialog>
  );
}
