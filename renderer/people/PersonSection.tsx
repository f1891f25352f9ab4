import { useEffect, useId, useRef } from 'react';
import type { PersonPassage, PersonSummary } from '../../core/api.js';
import type { PersonInDocument } from './document-people.js';
import { count, ROLE_NAMES } from './names.js';
import { PersonPassages } from './PersonPassages.js';
import { Separator } from '../ui/Separator.js';

interface PersonSectionProps {
  /** Undefined while the registry is read, or for someone it no longer lists. */
  person: PersonSummary | undefined;
  here: PersonInDocument;
  slot: number;
  documentId: string;
  witnessId: string;
  revision: number;
  /** True while the reader shows only this person's passages. */
  only: boolean;
  onOnly: (only: boolean) => void;
  onJump: (passage: PersonPassage) => void;
  /** Set (and changed on each request) when the reader asked to see this person: a search hit. */
  shownSeq?: number | undefined;
}

/**
 * One person of the open document in the People panel: name, life dates and role(s) (a proposed role
 * is marked so until the reader confirms the roles), how often this transcription names them (their
 * proposals wait above, under "To review"), every passage tagged with them across the library, and the
 * "Show only <name>'s passages" toggle that dims the rest of the text.
 */
export function PersonSection({ person, here, slot, documentId, witnessId, revision, only, onOnly, onJump, shownSeq }: PersonSectionProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The name takes the focus, which brings the section into view and tells a screen reader where it is.
    if (shownSeq !== undefined) heading.current?.focus();
  }, [shownSeq]);
  const name = person?.preferredName ?? 'Someone no longer in the registry';
  const taggedHere = here.tagged.length;

  return (
    <section className="person" aria-labelledby={`${id}-name`} data-person-slot={slot} data-only={only}>
      <header className="person-head">
        <span className="person-dot person-head-dot" aria-hidden="true" />
        <h4 id={`${id}-name`} ref={heading} className="person-name" tabIndex={-1}>
          {name}
        </h4>
        {person?.lifeDates && <span className="person-dates">{person.lifeDates}</span>}
      </header>
      {here.roles.length > 0 && (
        <ul className="person-roles" aria-label="Roles">
          {here.roles.map((role) => (
            <li key={role.role} className="person-role" data-confirmed={role.confirmed} title={role.confirmed ? undefined : 'Proposed from the text; confirm with “Edit roles”'}>
              {ROLE_NAMES[role.role]}
              {!role.confirmed && <span className="visually-hidden"> (proposed)</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="person-counts">
        <span>{count(here.mentions.length, 'mention')} here</span>
        <Separator />
        <span>{taggedHere} tagged here</span>
      </p>

      {person && <PersonPassages personId={person.id} personName={name} revision={revision} documentId={documentId} witnessId={witnessId} onJump={onJump} />}

      {person && (taggedHere > 0 || only) && (
        <button type="button" className="quiet-button person-only" aria-pressed={only} onClick={() => onOnly(!only)}>
          Show only {name}'s passages
        </button>
      )}
    </section>
  );
}
