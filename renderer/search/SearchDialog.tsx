import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SearchResults, SnippetPart, TextHit } from '../../core/api.js';
import { api } from '../api/client.js';
import { MOD, MOD_KEY } from '../reader/keys.js';
import type { Place } from '../reader/place.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { optionsOf, resultGroups, resultsSummary, zoneKeyOf, type ResultGroup, type ResultOption, type ZoneKey } from './result-groups.js';
import { useSearch } from './use-search.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import { SourceText } from '../ui/SourceText.js';
import './SearchDialog.css';

/**
 * A hit's excerpt as the reader sees the source: its parts are set as ranges of the whole excerpt, since a
 * bold title or an address may run across the match's edges. No links: the hit is an option of its own.
 */
function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  const excerpt = parts.map((part) => part.text).join('');
  let at = 0;
  return parts.map((part, index) => {
    const from = at;
    at += part.text.length;
    const shown = <SourceText text={excerpt} from={from} to={at} links={false} />;
    return part.match ? <mark key={index}>{shown}</mark> : <span key={index}>{shown}</span>;
  });
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
  const [everyHit, showAll] = useEveryHit(query, results);
  const groups = useMemo(() => (results ? resultGroups(results, { documentId, witnessId }, everyHit) : []), [results, documentId, witnessId, everyHit]);
  const options = optionsOf(groups);
  // The marked result belongs to the results it was chosen in: new results start at the first again.
  // Show all keeps it: the zone's sixth hit takes the place of its "Show all".
  const [marked, setMarked] = useState({ results, index: 0 });
  const active = marked.results === results ? marked.index : 0;
  const setActive = (index: number) => setMarked({ results, index });
  const optionId = (index: number) => `${id}-option-${index}`;
  const choose = (option: ResultOption) => (option.kind === 'hit' ? onChoose(option.href) : showAll(option.zone));

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
      if (chosen) choose(chosen);
    }
  };

  const status =
    state.status === 'idle'
      ? 'Type a word to search.'
      : state.status === 'searching'
        ? 'Searching…'
        : state.status === 'ready'
          ? (state.results.notice ?? resultsSummary(state.results))
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
          <GroupView key={group.key} group={group} idPrefix={id} active={active} onMark={setActive} onChoose={choose} />
        ))}
      </div>
    </div>
  );
}

/**
 * Every hit of the zones the reader asked to see whole (Show all), by zone key, for `results` alone:
 * new results (another query) start with only the first few of each zone again.
 */
function useEveryHit(query: string, results: SearchResults | undefined): [ReadonlyMap<string, readonly TextHit[]>, (zone: ZoneKey) => void] {
  const [shown, setShown] = useState<{ results: SearchResults | undefined; zones: ReadonlyMap<string, readonly TextHit[]> }>({ results, zones: new Map() });
  const zones = shown.results === results ? shown.zones : NO_ZONES;
  const showAll = (zone: ZoneKey) => {
    api.searchZone({ query, ...zone }).then(
      ({ hits }) =>
        setShown((previous) => {
          // An answer for results no longer shown is kept with them, and so never seen.
          const kept = previous.results === results ? previous.zones : NO_ZONES;
          return { results, zones: new Map([...kept, [zoneKeyOf(zone), hits]]) };
        }),
      // The first few stay listed, and Show all with them to try again.
      () => undefined,
    );
  };
  return [zones, showAll];
}

const NO_ZONES: ReadonlyMap<string, readonly TextHit[]> = new Map();

interface GroupViewProps {
  group: ResultGroup;
  idPrefix: string;
  /** The index of the line marked for Enter. */
  active: number;
  onMark: (index: number) => void;
  onChoose: (option: ResultOption) => void;
}

/** A group of results under its heading and count (a document, a transcription, a zone, or a kind), and what it holds. */
function GroupView({ group, idPrefix, active, onMark, onChoose }: GroupViewProps) {
  const headingId = `${idPrefix}-group-${group.key}`;
  return (
    <div role="group" aria-labelledby={headingId} className={`search-group search-group-${group.level}`}>
      <div id={headingId} role="presentation" className="search-group-heading">
        {group.heading}
        <span className="search-group-count"> · {group.count}</span>
      </div>
      {group.groups.map((child) => (
        <GroupView key={child.key} group={child} idPrefix={idPrefix} active={active} onMark={onMark} onChoose={onChoose} />
      ))}
      {group.options.map((option) => (
        <div
          key={option.key}
          id={`${idPrefix}-option-${option.index}`}
          role="option"
          aria-selected={option.index === active}
          className={option.kind === 'hit' ? 'search-option' : 'search-option search-show-all'}
          onMouseMove={() => {
            if (option.index !== active) onMark(option.index);
          }}
          // The focus stays in the field, where Up, Down and Enter go on from the line clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
        >
          {option.kind === 'show-all' ? (
            option.label
          ) : (
            <>
              {option.title !== undefined && <span className="search-option-title">{option.title}</span>}
              <span className="search-snippet">
                <Snippet parts={option.snippet} />
              </span>
              {option.detail !== undefined && <span className="search-option-detail">{option.detail}</span>}
            </>
          )}
        </div>
      ))}
      {group.note !== undefined && (
        <div role="presentation" className="search-group-note">
          {group.note}
        </div>
      )}
    </div>
  );
}

/**
 * The "Search" button in the banner (also Ctrl/Cmd+K, anywhere) and its sheet: one field over the
 * documents' text, the notes, their tags and the people, the text's matches under their document,
 * transcription and zone (result-groups.ts), every group counted, the words that matched marked.
 * Choosing a result closes the sheet and goes there: the words in their transcription,
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
