import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SearchResults, SnippetPart } from '../../core/api.js';
import { count } from '../people/names.js';
import { MOD, MOD_KEY } from '../reader/keys.js';
import { placeHref, type Place } from '../reader/place.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { useSearch } from './use-search.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import './SearchDialog.css';

/** One result line: what it shows, and the address it goes to. */
interface ResultOption {
  key: string;
  /** Its place among all the results, for Up and Down. */
  index: number;
  href: string;
  snippet: SnippetPart[];
  /** The line's title for people (their preferred name); absent for text and notes, whose snippet leads. */
  title?: string;
  /** Where it is: "Archive record · Cable from …", "3 passages". */
  detail: string;
}

interface ResultGroup {
  heading: string;
  options: ResultOption[];
}

/** The results as the dialog lists them, in its order: Text, Notes, Tags, People; empty groups left out. */
function groupsOf(results: SearchResults, here: Place): ResultGroup[] {
  const where = (hit: { witnessLabel: string; documentTitle: string }) => `${hit.witnessLabel} · ${hit.documentTitle}`;
  const annotation = (kind: string) => (hit: SearchResults['notes'][number]) => ({
    key: `${kind}-${hit.annotationId}`,
    index: 0,
    href: placeHref({ documentId: hit.documentId, witnessId: hit.witnessId, passage: hit.annotationId }),
    snippet: hit.snippet,
    detail: `${hit.orphaned ? 'Passage no longer found' : `On “${hit.quote}”`} · ${where(hit)}`,
  });
  const groups: ResultGroup[] = [
    {
      heading: 'Text',
      options: results.text.map((hit) => ({
        key: `text-${hit.witnessId}-${hit.start}`,
        index: 0,
        href: placeHref({ documentId: hit.documentId, witnessId: hit.witnessId, range: { start: hit.start, end: hit.end } }),
        snippet: hit.snippet,
        detail: where(hit),
      })),
    },
    { heading: 'Notes', options: results.notes.map(annotation('note')) },
    { heading: 'Tags', options: results.tags.map(annotation('tag')) },
    {
      heading: 'People',
      options: results.people.map((hit) => ({
        key: `person-${hit.personId}`,
        index: 0,
        href: placeHref({ documentId: here.documentId, witnessId: here.witnessId, person: hit.personId }),
        title: hit.preferredName,
        snippet: hit.snippet,
        detail: count(hit.passageCount, 'tagged passage'),
      })),
    },
  ];
  const shown = groups.filter((group) => group.options.length > 0);
  shown.flatMap((group) => group.options).forEach((option, index) => (option.index = index));
  return shown;
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}

interface SearchPanelProps {
  /** The document and transcription open now, where a person is shown. */
  here: Place;
  /** A result was chosen: go to its address. */
  onChoose: (href: string) => void;
}

/**
 * The search field and its results, as a combobox over a listbox: the focus stays in the field while
 * Up and Down move through the results and Enter opens the one marked (the first when none is).
 */
function SearchPanel({ here, onChoose }: SearchPanelProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const state = useSearch(query);
  const results = state.status === 'ready' ? state.results : state.status === 'searching' ? state.stale : undefined;
  const { documentId, witnessId } = here;
  const groups = useMemo(() => (results ? groupsOf(results, { documentId, witnessId }) : []), [results, documentId, witnessId]);
  const options = groups.flatMap((group) => group.options);
  // The marked result belongs to the results it was chosen in: new results start at the first again.
  const [marked, setMarked] = useState({ results, index: 0 });
  const active = marked.results === results ? marked.index : 0;
  const setActive = (index: number) => setMarked({ results, index });
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(options.length - 1, Math.max(0, active + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active] ?? options[0];
      if (chosen) onChoose(chosen.href);
    }
  };

  const status =
    state.status === 'idle'
      ? 'Type a word to search.'
      : state.status === 'searching'
        ? 'Searching…'
        : state.status === 'ready'
          ? (state.results.notice ?? `${count(options.length, 'result')}.`)
          : '';

  return (
    <div className="search-panel">
      <label htmlFor={`${id}-field`} className="search-label">
        Search text, notes, tags and people
      </label>
      <input
        id={`${id}-field`}
        className="text-input search-field"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={`${id}-results`}
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="search-hint">
        All words must match; “a phrase” in quotes; <kbd>word*</kbd> for words that begin so. Accents and case do not matter.
      </p>
      <p role="status" className="search-status">
        {status}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
      <div id={`${id}-results`} role="listbox" aria-label="Results" className="search-results" hidden={options.length === 0}>
        {groups.map((group) => (
          <div key={group.heading} role="group" aria-labelledby={`${id}-${group.heading}`} className="search-group">
            <div id={`${id}-${group.heading}`} role="presentation" className="search-group-heading">
              {group.heading}
            </div>
            {group.options.map((option) => (
              <div
                key={option.key}
                id={optionId(option.index)}
                role="option"
                aria-selected={option.index === active}
                className="search-option"
                onMouseMove={() => {
                  if (option.index !== active) setActive(option.index);
                }}
                onClick={() => onChoose(option.href)}
              >
                {option.title !== undefined && <span className="search-option-title">{option.title}</span>}
                <span className="search-snippet">
                  <Snippet parts={option.snippet} />
                </span>
                <span className="search-option-detail">{option.detail}</span>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The "Search" button in the banner (also Ctrl/Cmd+K, anywhere) and its sheet: one field over the
 * documents' text, the notes, their tags and the people, results grouped by kind with the words that
 * matched marked. Choosing a result closes the sheet and goes there: the words in their transcription,
 * the note's passage, or the person in the People panel of the transcription open now (`here`).
 */
export function SearchDialog({ here }: { here: Place }) {
  const sheet = useSheet();
  // Anywhere, a note being typed included (K types nothing with the command key), but not from another dialog.
  useCommandKey('k', sheet.show, { whileTyping: true, ownDialog: 'search-dialog' });
  return (
    <>
      <button
        type="button"
        className="banner-button"
        aria-haspopup="dialog"
        aria-keyshortcuts={`${MOD_KEY}+K`}
        title={`Search (${MOD}K)`}
        onClick={sheet.show}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" className="banner-icon">
          <circle cx="7" cy="7" r="4.25" />
          <path d="M10.25 10.25l3.5 3.5" />
        </svg>
        <span className="banner-button-label">Search</span>
      </button>
      <Sheet sheet={sheet} heading="Search" className="search-dialog">
        <SearchPanel
          here={here}
          onChoose={(href) => {
            sheet.close();
            location.hash = href;
          }}
        />
      </Sheet>
    </>
  );
}
