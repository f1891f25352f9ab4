import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { DeletedDocument } from '../../core/api.js';
import { api } from '../api/client.js';
import { useApi } from '../api/use-api.js';
import { shownValue } from '../api/use-revised-api.js';
import { releaseFirstScreenAnswers } from '../api/first-screen-answers.js';
import { completeHead } from '../first-screen/deferred-head.js';
import { droppedFiles } from '../library/dropped-files.js';
import { ImportDocuments } from '../library/ImportDocuments.js';
import { LibraryContext, type Library as LibraryActions } from '../library/library-context.js';
import { UndoToast, type LibraryToast } from '../library/UndoToast.js';
import { useDocumentImport } from '../library/use-document-import.js';
import { usePlace } from '../reader/place.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { DocumentView } from '../reader/DocumentView.js';
import { READING_TEXT_ID } from '../reader/element-ids.js';
import { Library } from '../library/Library.js';
import { ReadingSettings } from '../settings/ReadingSettings.js';
import { SearchDialog } from '../search/SearchDialog.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { useSheet } from '../ui/Sheet.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { DeskBar } from './DeskBar.js';
import { DeskLayoutContext, regionTarget } from './desk-layout.js';
import { useDeskDrawers } from './use-desk-drawers.js';
import './App.css';

/** Moves focus to the text (or, before it has loaded, to the main area) without touching the address, which holds the open place. */
function skipToText(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  regionTarget('text')?.focus();
}

/**
 * The reading room: a banner with the reading settings, the library, and the open document (its text in
 * the main area, its information beside it). Opens the first document when the address names none, or
 * names one the library no longer holds.
 */
export function App() {
  const [place, replacePlace] = usePlace();
  // The room is the page's now (its first render took over the host's, or made its own): from here on,
  // calls ask the store. The page's head is completed once the task that took it over is done
  // (deferred-head.ts): the whole stylesheet restyles every element, which a key pressed meanwhile waits for.
  useEffect(() => {
    releaseFirstScreenAnswers();
    setTimeout(completeHead);
  }, []);
  // Documents deleted here, left out at once rather than when the library has been read again.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const goneNow = useRef(gone);
  goneNow.current = gone;
  const named = place.documentId !== undefined && !gone.has(place.documentId) ? place.documentId : undefined;
  // The document the address names, while the store holds it (it is opened at once, not once that is
  // known), else the library's first.
  const [opening, retry] = useApi('openingDocument', named === undefined ? {} : { documentId: named });
  const opened = shownValue(opening)?.document ?? undefined;
  const fallback = opened && !gone.has(opened.id) ? opened : undefined;
  const documentId = named !== undefined && (opening.status !== 'ready' || opening.value.document?.id === named) ? named : fallback?.id;
  const [settingsRevision, setSettingsRevision] = useState(0);

  // The library's news from wherever it happens (the information panel, an undo): read it again, open a
  // document brought back, and after a deletion go on to the next document and offer to undo it.
  const [libraryRevision, setLibraryRevision] = useState(0);
  // Moves on whenever the library's list may have changed, its counts included.
  const [listRevision, setListRevision] = useState(0);
  const relist = useCallback(() => setListRevision((n) => n + 1), []);
  const [toast, setToast] = useState<LibraryToast>();
  const changed = useCallback(
    (touched?: string) => {
      retry();
      relist();
      setLibraryRevision((n) => n + 1);
      if (touched === undefined || !goneNow.current.has(touched)) return;
      // A document deleted here: brought back by undo.
      setGone((before) => new Set([...before].filter((id) => id !== touched)));
      setToast((shown) => (shown?.kind === 'deleted' && shown.document.documentId === touched ? undefined : shown));
      replacePlace({ documentId: touched });
    },
    [retry, relist, replacePlace],
  );
  const deleted = useCallback(
    (document: DeletedDocument) => {
      setGone((before) => new Set([...before, document.documentId]));
      setToast({ kind: 'deleted', document });
      // The room goes on to the library's first document.
      replacePlace({});
      retry();
      relist();
      setLibraryRevision((n) => n + 1);
    },
    [retry, relist, replacePlace],
  );
  const library = useMemo<LibraryActions>(() => ({ revision: libraryRevision, changed, deleted, recount: relist }), [libraryRevision, changed, deleted, relist]);
  const undoDeletion = useCallback(
    (document: DeletedDocument) => {
      api.restoreDocument({ documentId: document.documentId }).then(
        () => {
          changed(document.documentId);
          setToast({ kind: 'restored', title: document.title });
        },
        (error: unknown) => setToast({ kind: 'deleted', document, error: error instanceof Error ? error.message : String(error) }),
      );
    },
    [changed],
  );
  const dismissToast = useCallback(() => setToast(undefined), []);

  // Documents come in from the library's button or a drop anywhere on the window; each one that reaches
  // the library is listed and opened.
  const importSheet = useSheet();
  const openImported = useCallback(
    (imported: string) => {
      relist();
      replacePlace({ documentId: imported });
    },
    [relist, replacePlace],
  );
  const importing = useDocumentImport(openImported);
  useCommandKey('o', importSheet.show, { whileTyping: true });
  const [dropping, setDropping] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  const drawers = useDeskDrawers(documentId);

  return (
    <LibraryContext.Provider value={library}>
    <DeskLayoutContext.Provider value={drawers.layout}>
    <div
      className={dropping ? 'app is-dropping' : 'app'}
      data-compact={drawers.layout.compact || undefined}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDropping(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        importSheet.show();
        void droppedFiles(event.dataTransfer).then(importing.start);
      }}
    >
      <a className="skip-link" href={`#${READING_TEXT_ID}`} onClick={skipToText}>
        Skip to text
      </a>
      <header className="banner">
        <p className="brand">
          Carrel <span className="brand-tagline">reading room</span>
        </p>
        <div className="banner-tools">
          <SearchDialog here={{ documentId, witnessId: place.witnessId }} />
          <ReadingSettings />
          <SettingsDialog onChanged={() => setSettingsRevision((n) => n + 1)} />
        </div>
      </header>
      <div
        className="workspace"
        data-library-open={drawers.library.open || undefined}
        data-panel-open={drawers.panel.open || undefined}
        onKeyDown={drawers.workspace.onKeyDown}
        onBlur={drawers.workspace.onBlur}
        onClick={drawers.workspace.onClick}
      >
        {drawers.layout.compact && <DeskBar library={drawers.library} panel={drawers.panel} />}
        <Library currentId={documentId} revision={listRevision} gone={gone} onImport={importSheet.show} />
        <ImportDocuments sheet={importSheet} importing={importing} />
        {documentId !== undefined ? (
          <DocumentView
            key={documentId}
            documentId={documentId}
            witnessId={place.witnessId}
            onWitnessChange={(witnessId) => replacePlace({ documentId, witnessId })}
            compareWith={place.compare}
            onCompareChange={(witnessId, compare) => replacePlace({ documentId, witnessId, compare })}
            settingsRevision={settingsRevision}
          />
        ) : (
          <main id="reader" className="reader" tabIndex={-1}>
            {opening.status === 'ready' ? (
              <p className="reader-empty">The library is empty. Import a transcription to begin.</p>
            ) : (
              <StatusMessage loadable={opening} retry={retry} loadingText="Opening the library…" failureText="The library could not be opened." />
            )}
          </main>
        )}
      </div>
      <UndoToast toast={toast} onUndo={undoDeletion} onDismiss={dismissToast} />
    </div>
    </DeskLayoutContext.Provider>
    </LibraryContext.Provider>
  );
}
