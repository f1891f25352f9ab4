import { useEffect, useMemo } from 'react';
import type { PersonSummary } from '../../core/api.js';
import { shownValue, useRevisedApi } from '../api/use-revised-api.js';
import { writeRootProperties } from '../styles/root-properties.js';
import { PERSON_SLOTS, personSlots } from './person-slots.js';

/** The registry as the reading room shows it. */
export interface PeopleState {
  status: 'loading' | 'ready' | 'failed';
  /** Why the registry could not be read (status 'failed'). */
  message?: string;
  /** In the store's order, each with how many passages are tagged with them. */
  people: PersonSummary[];
  byId: ReadonlyMap<string, PersonSummary>;
  /** The colour slot that paints a person (person-slots.ts); 0 for someone not (or no longer) listed. */
  slotOf: (personId: string) => number;
}

const NO_PEOPLE: PersonSummary[] = [];

/**
 * The people registry, read again whenever `revision` changes (a person added, merged or deleted, a
 * passage tagged). Each person's colour is set on the page as --person-<slot>, for the underlines in the
 * text and the chips beside it to share.
 */
export function usePeople(revision: number): PeopleState {
  const loaded = useRevisedApi('listPeople', {}, revision);
  const people = shownValue(loaded) ?? NO_PEOPLE;
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const { slotOf, colours } = useMemo(() => personSlots(people), [people]);

  useEffect(() => {
    writeRootProperties(new Map(Array.from({ length: PERSON_SLOTS }, (_, index) => [`--person-${index + 1}`, colours[index]])));
  }, [colours]);

  return {
    status: loaded.status === 'failed' ? 'failed' : loaded.status === 'ready' ? 'ready' : 'loading',
    ...(loaded.status === 'failed' ? { message: loaded.message } : {}),
    people,
    byId,
    slotOf,
  };
}
