import { useCallback, useState } from 'react';
import type { Person } from '../../core/people/model.js';
import { api } from '../api/client.js';
import type { AnnotationsState, PassageOffsets } from '../notes/use-annotations.js';
import { focusTextAt, liveRange } from '../reader/text-dom.js';
import type { PeopleState } from './use-people.js';

/** The passage the person picker is open for, with what it needs to show it. */
export interface Tagging extends PassageOffsets {
  /** The passage's words, for the picker's heading. */
  quote: string;
  /** Where the passage is on screen when P was pressed. */
  anchor: DOMRect | null;
}

/** The person picker's side of the reading desk. */
export interface PersonTagging {
  /** The passage being tagged, or null while the picker is closed. */
  tagging: Tagging | null;
  /** Opens the picker for a passage of the article. */
  begin: (passage: PassageOffsets) => void;
  /** Tags the passage with the people; rejects with the store's message. */
  tag: (personIds: string[]) => Promise<unknown>;
  /** Adds a person under a typed name; rejects with the store's message. */
  create: (name: string) => Promise<Person>;
  /** Closes the picker and gives the text back its focus: a caret after the passage once tagged, the passage selected again if not. */
  finish: (tagged: boolean) => void;
  /** Forgets the passage without touching the focus (the transcription changed). */
  drop: () => void;
}

interface TaggingContext {
  article: HTMLElement | null;
  notes: Pick<AnnotationsState, 'annotations' | 'create' | 'update'>;
  people: Pick<PeopleState, 'byId'>;
  /** Told after each change, so that mentions, counts and passages are read again. */
  onChanged: () => void;
  announce: (text: string) => void;
}

/**
 * Tagging a passage with people by hand: a passage that is exactly one already annotated gives that
 * annotation the people (its note, colour and tags stay); any other becomes a new person tag.
 */
export function usePersonTagging({ article, notes, people, onChanged, announce }: TaggingContext): PersonTagging {
  const [tagging, setTagging] = useState<Tagging | null>(null);

  const begin = useCallback(
    (passage: PassageOffsets) => {
      const anchor = article ? (liveRange(article, passage.start, passage.end)?.getBoundingClientRect() ?? null) : null;
      setTagging({ start: passage.start, end: passage.end, quote: document.getSelection()?.toString() ?? '', anchor });
    },
    [article],
  );

  const tag = (personIds: string[]) => {
    if (!tagging) return Promise.resolve();
    const same = notes.annotations.find(({ anchor }) => anchor.status === 'anchored' && anchor.start === tagging.start && anchor.end === tagging.end);
    const saved = same ? notes.update(same.id, { people: [...new Set([...same.people, ...personIds])] }) : notes.create(tagging, { people: personIds });
    return saved.then(() => {
      onChanged();
      announce(`Tagged ${personIds.map((id) => people.byId.get(id)?.preferredName ?? 'someone').join(', ')}.`);
    });
  };

  const create = (preferredName: string) =>
    api.createPerson({ preferredName }).then((person) => {
      onChanged();
      return person;
    });

  const finish = (tagged: boolean) => {
    setTagging(null);
    if (!article || !tagging) return;
    focusTextAt(article, tagged ? tagging.end : tagging.start, tagging.end);
  };

  return { tagging, begin, tag, create, finish, drop: () => setTagging(null) };
}
