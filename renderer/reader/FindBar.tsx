import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { namedInQuery } from '../../core/people/names-for-find.js';
import type { Person } from '../../core/people/model.js';
import { matchCount, otherNamesFound } from './find-in-text.js';
import { MOD } from './keys.js';
import { liveRange } from './text-dom.js';
import { useFind } from './use-find.js';
import { useFindShortcut } from './use-find-shortcut.js';
import './FindBar.css';

/**
 * "Find in this transcription", opened with Ctrl/Cmd+F: a field, the count ("Match 3 of 7", announced),
 * Previous and Next (Shift+Enter and Enter, F3), and Include aliases (on): a query that is someone's name
 * finds their other names in the registry too ("Match 1 of 4 · Stalin, incl. Filippov"). It stays at
 * the foot of the text as the reader scrolls.
 * Escape closes it and puts the focus back in the text with the current match selected, so that H or A
 * annotates what was found.
 */
export function FindBar({ article, people }: { article: HTMLElement | null; people: readonly Pick<Person, 'preferredName' | 'aliases'>[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [withAliases, setWithAliases] = useState(true);
  const field = useRef<HTMLInputElement>(null);
  const named = useMemo(() => (withAliases ? namedInQuery(people, query) : undefined), [withAliases, people, query]);
  const queries = useMemo(() => [query, ...(named?.others ?? [])], [query, named]);
  const { matches, current, step } = useFind(article, queries, open);

  const show = useCallback(() => {
    setOpen(true);
    // Already open: Ctrl/Cmd+F takes the reader back to the field, its query selected to type over.
    requestAnimationFrame(() => field.current?.select());
  }, []);
  useFindShortcut(show, open ? step : null);

  const close = () => {
    const found = matches[current];
    setOpen(false);
    if (!article) return;
    article.focus({ preventScroll: true });
    const range = found && liveRange(article, found.start, found.end);
    if (range) document.getSelection()?.removeAllRanges();
    if (range) document.getSelection()?.addRange(range);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && event.target === field.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  if (!open) return null;
  const count = matchCount(current, matches.length, query, named && { name: named.name, found: otherNamesFound(queries, matches) });
  return (
    <div className="find-bar" role="search" aria-label="Find in this transcription" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-query`} className="visually-hidden">
        Find in this transcription
      </label>
      <input
        id={`${id}-query`}
        ref={field}
        className="find-field"
        type="search"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder="Find in this transcription"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        aria-describedby={`${id}-count`}
      />
      <output id={`${id}-count`} className="find-count" aria-live="polite" data-none={matches.length === 0}>
        {count}
      </output>
      <button type="button" className="find-step" onClick={() => step(-1)} disabled={matches.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 10l4-4 4 4" />
        </svg>
      </button>
      <button type="button" className="find-step" onClick={() => step(1)} disabled={matches.length === 0} aria-label="Next match" title="Next match (Enter)">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 6l4 4 4-4" />
        </svg>
      </button>
      <label className="find-aliases" title="A person’s name also finds their other names in the registry">
        <input type="checkbox" checked={withAliases} onChange={(event) => setWithAliases(event.target.checked)} />
        Include aliases
      </label>
      <button type="button" className="find-step" onClick={close} aria-label="Close find" title={`Close (Escape); ${MOD}F opens it again`}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
        </svg>
      </button>
    </div>
  );
}
