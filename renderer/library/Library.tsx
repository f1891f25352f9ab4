import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { prefetchTranscription } from '../api/start-up.js';
import { shownValue } from '../api/use-revised-api.js';
import { prefetch, useApi } from '../api/use-api.js';
import { CollectionsDialog } from './CollectionsDialog.js';
import { useFollowLibrary } from './library-context.js';
import { counted, isLibraryOrder, LIBRARY_ORDERS, type LibraryOrder } from './library-view.js';
import { useGrowingList } from './use-growing-list.js';
import { countTranscriptions, displayDate } from '../reader/dates.js';
import { placeHref } from '../reader/place.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { Separator } from '../ui/Separator.js';
import { useSheet } from '../ui/Sheet.js';
import { useInPage } from '../ui/in-page.js';
import './Library.css';

interface LibraryProps {
  currentId: string | undefined;
  /** Moves on whenever the list may have changed (a document imported, deleted, corrected; a note's count): its pages are asked again. */
  revision: number;
  /** Documents deleted here, left out at once rather than when the library has been read again. */
  gone: ReadonlySet<string>;
  /** Opens the import of the reader's own documents. */
  onImport: () => void;
}

const isString = (value: unknown): value is string => typeof value === 'string';

type Step = 1 | -1 | 'first' | 'last';

/** The documents' links as built in the list, in order. */
const itemsOf = (list: HTMLElement | null) => [...(list?.querySelectorAll<HTMLAnchorElement>('a.library-item') ?? [])];

/**
 * The "Library" navigation: the documents, one collection or all, filtered by title or author and sorted;
 * each with its date, kind and counts, the open one marked current. Up and Down move between them (Down
 * from the filter to the first). Import… and the collections' sheet are at its head.
 */
export function Library({ currentId, revision, gone, onImport }: LibraryProps) {
  const [collectionsLoaded, reloadCollections] = useApi('listCollections', {});
  useFollowLibrary(reloadCollections);
  const collections = shownValue(collectionsLoaded) ?? [];
  const [chosen, setCollection] = useStoredState('carrel.library.collection', '', isString);
  const [order, setOrder] = useStoredState<LibraryOrder>('carrel.library.order', 'date', isLibraryOrder);
  const [filter, setFilter] = useState('');
  const collectionsSheet = useSheet();
  const list = useRef<HTMLUListElement>(null);
  const panel = useRef<HTMLElement>(null);
  const inPage = useInPage();

  // A collection deleted since it was chosen shows the whole library again.
  const shown = collectionsLoaded.status === 'ready' && !collections.some((collection) => collection.id === chosen) ? '' : chosen;
  const collection = collections.find((candidate) => candidate.id === shown);
  const growing = useGrowingList({ collectionId: shown, filter, order }, revision, panel);
  const { reach, total, size } = growing;
  const visible = growing.rows.filter((document) => !gone.has(document.id));

  /** Moves the focus to the next (1) or previous (-1) document of the list, or its first or last, building its row if need be; none past the ends. */
  const moveFocus = useCallback(
    (step: Step) => {
      const at = itemsOf(list.current).findIndex((link) => link === document.activeElement);
      const target = step === 'first' ? 0 : step === 'last' ? total - 1 : at + step;
      // The first row may still be coming (the filter just changed): reach waits for it.
      if (target < 0 || (step !== 'first' && target >= total)) return;
      reach(target, () => itemsOf(list.current)[target]?.focus());
    },
    [reach, total],
  );

  const onListKey = useCallback(
    (event: KeyboardEvent<HTMLUListElement>) => {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : event.key === 'Home' ? 'first' : event.key === 'End' ? 'last' : undefined;
      if (step === undefined) return;
      event.preventDefault();
      moveFocus(step);
    },
    [moveFocus],
  );

  // Until the first page is in, the main area says that the library is opening (or could not be: the
  // store that fails one call fails the other, and one alert is enough).
  const empty = growing.first.status !== 'ready' ? undefined
    : size === 0 ? 'No documents yet.'
    : total !== 0 ? undefined
    : filter.trim() !== '' ? `No document${collection ? ` in “${collection.name}”` : ''} matches “${filter.trim()}”.`
    : `Nothing in “${collection?.name ?? ''}” yet: add documents from their Information tab.`;

  return (
    <nav ref={panel} id="library" className="library" aria-labelledby="library-heading" tabIndex={-1}>
      <div className="library-head">
        <h2 id="library-heading" className="panel-heading">
          Library
        </h2>
        <button type="button" className="quiet-button" aria-label="Import documents" aria-haspopup="dialog" aria-keyshortcuts="Control+O Meta+O" onClick={onImport}>
          Import…
        </button>
      </div>
      {/*
        The tools come with the room, not the host's first screen: drawn before the room's code runs they
        would take a choice and lose it, and they were 20-30 ms of a cold start (bench/cold-start.ts). Their
        place is kept meanwhile, so that the list does not move when they come.
      */}
      {inPage ? (
        <div className="library-tools">
          <div className="library-tool-row">
            <select aria-label="Collection" className="library-select" value={shown} onChange={(event) => setCollection(event.target.value)}>
              <option value="">All documents</option>
              {collections.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
            <button type="button" className="library-icon-button" aria-label="Edit collections" title="Edit collections" aria-haspopup="dialog" onClick={collectionsSheet.show}>
              {/* A pencil. */}
              <svg viewBox="0 0 16 16" aria-hidden="true" className="library-icon">
                <path d="M10.5 2.5l3 3-8 8H2.5v-3z" />
                <path d="M9 4l3 3" />
              </svg>
            </button>
          </div>
          <input
            type="search"
            className="library-filter"
            aria-label="Filter by title or author"
            placeholder="Filter by title or author…"
            maxLength={200}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown') return;
              event.preventDefault();
              moveFocus('first');
            }}
          />
          <label className="library-tool-row library-order">
            <span>Sort by</span>
            <select className="library-select" value={order} onChange={(event) => setOrder(event.target.value as LibraryOrder)}>
              {LIBRARY_ORDERS.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : (
        <div className="library-tools library-tools-pending" />
      )}
      {/* Said when the filter or the collection changes what is listed. */}
      <p aria-live="polite" className="visually-hidden">
        {growing.first.status === 'ready' && total !== size ? `${counted(total, 'document')} shown of ${size}.` : ''}
      </p>
      {empty !== undefined && <p className="library-empty">{empty}</p>}
      {visible.length > 0 && (
        <ul ref={list} className="library-list" aria-label={collection ? `Documents in ${collection.name}` : 'Documents'} onKeyDown={onListKey}>
          {visible.map((document, index) => {
            const date = displayDate(document.date, document.dateText);
            return (
              // The set's size is said, since only the first pages of a long library are listed.
              <li key={document.id} aria-setsize={total} aria-posinset={index + 1}>
                <a
                  className="library-item"
                  href={placeHref({ documentId: document.id })}
                  aria-current={document.id === currentId ? 'page' : undefined}
                  // Asked for on the click, not once the window has followed the address: the host works
                  // while the page renders (DocumentView and App ask with the same arguments, and take these over).
                  onClick={() => {
                    if (document.id === currentId) return;
                    prefetch('getDocument', { documentId: document.id }).catch(() => undefined);
                    prefetchTranscription(document, undefined);
                  }}
                >
                  <span className="library-title">{document.title}</span>
                  <span className="library-meta">
                    <span className="visually-hidden">, </span>
                    {date && (
                      <>
                        <time dateTime={document.date}>{date}</time>
                        <Separator />
                      </>
                    )}
                    {document.kind}
                  </span>
                  <span className="library-meta">
                    <span className="visually-hidden">, </span>
                    {countTranscriptions(document.witnesses.length)}
                    <Separator />
                    {document.noteCount === 0 ? 'no notes' : counted(document.noteCount, 'note')}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {growing.rows.length < total && <div ref={growing.endRef} className="library-more" aria-hidden="true" />}
      <CollectionsDialog sheet={collectionsSheet} collections={collections} />
    </nav>
  );
}
