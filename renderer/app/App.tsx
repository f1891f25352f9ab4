import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { DeletedDocument } from '../../core/api.js';
import { api } from '../api/client.js';
import { prefetchTranscription } from '../api/start-up.js';
import { useApi } from '../api/use-api.js';
import { releaseFirstScreenAnswers } from '../api/first-screen-answers.js';
import { droppedFiles } from '../library/dropped-files.js';
import { ImportDocuments } from '../library/ImportDocuments.js';
import { LibraryContext, type Library as LibraryActions } from '../library/library-context.js';
import { UndoToast, type LibraryToast } from '../library/UndoToast.js';
import { useDocumentImport } from '../library/use-document-import.js';
import { usePlace } from '../reader/place.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { DocumentView } from '../reader/DocumentView.js';
import { Library } from '../library/Library.js';
import { ReadingSettings } from '../settings/ReadingSettings.js';
import { SearchDialog } from '../search/SearchDialog.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { useSheet } from '../ui/Sheet.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { DeskBar } from './DeskBar.js';
import { DeskLayoutContext } from './desk-layout.js';
import { useDeskDrawers } from './use-desk-drawers.js';
import './App.css';

/** Moves focus to the text (or, before it has loaded, to the main area) without touching the address, which holds the open place. */
function skipToText(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  (document.getElementById('reading-text') ?? document.getElementById('reader'))?.focus();
}

/**
 * The reading room: a banner with the reading settings, the library, and the open document (its text in
 * the main area, its information beside it). Opens the first document when the address names none, or
 * names one the library no longer holds.
 */
export function App() {
  const [place, replacePlace] = usePlace();
  // The room is the page's now (its first render took over the host's, or made its own): from here on,
  // calls ask the store. The mark is when its keys and clicks start to work, for the cold-start bench.
  useEffect(() => {
    releaseFirstScreenAnswers();
    performance.mark('carrel:interactive');
  }, []);
  const [documents, retry] = useApi('listDocuments', {});
  // Documents deleted here, left out at once rather than when the library has been read again.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const all = documents.status === 'ready' ? documents.value : documents.status === 'loading' ? documents.stale : undefined;
  const list = useMemo(() => all?.filter((document) => !gone.has(document.id)), [all, gone]);
  const named = place.documentId !== undefined && !gone.has(place.documentId) ? place.documentId : undefined;
  const documentId = named !== undefined && (documents.status !== 'ready' || list?.some((document) => document.id === named)) ? named : list?.[0]?.id;
  const [settingsRevision, setSettingsRevision] = useState(0);

  // The library's news from wherever it happens (the information panel, an undo): read it again, open a
  // document brought back, and after a deletion go on to the next document and offer to undo it.
  const [libraryRevision, setLibraryRevision] = useState(0);
  const [toast, setToast] = useState<LibraryToast>();
  const listed = useRef(list);
  listed.current = list;
  const changed = useCallback(
    (touched?: string) => {
      retry();
      setLibraryRevision((n) => n + 1);
      if (touched === undefined || listed.current?.some((document) => document.id === touched)) return;
      // A document the library did not hold: one brought back by undo.
      setGone((before) => new Set([...before].filter((id) => id !== touched)));
      setToast((shown) => (shown?.kind === 'deleted' && shown.document.documentId === touched ? undefined : shown));
      replacePlace({ documentId: touched });
    },
    [retry, replacePlace],
  );
  const deleted = useCallback(
    (document: DeletedDocument) => {
      const rest = listed.current ?? [];
      const at = rest.findIndex((candidate) => candidate.id === document.documentId);
      const next = rest[at + 1] ?? rest[at - 1];
      setGone((before) => new Set([...before, document.documentId]));
      setToast({ kind: 'deleted', document });
      replacePlace(next && next.id !== document.documentId ? { documentId: next.id } : {});
      retry();
      setLibraryRevision((n) => n + 1);
    },
    [retry, replacePlace],
  );
  const library = useMemo<LibraryActions>(() => ({ revision: libraryRevision, changed, deleted, recount: retry }), [libraryRevision, changed, deleted, retry]);
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
      retry();
      replacePlace({ documentId: imported });
    },
    [retry, replacePlace],
  );
  const importing = useDocumentImport(openImported);
  useCommandKey('o', importSheet.show, { whileTyping: true });
  const [dropping, setDropping] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  // A document opened from the library: its transcription is asked for now, beside its details (which
  // DocumentView asks for), not once they are in. The one open at start-up was asked for then.
  const opened = useRef<string | undefined>(undefined);
  const summary = list?.find((candidate) => candidate.id === documentId);
  useEffect(() => {
    if (!summary) return;
    if (opened.current !== undefined && opened.current !== summary.id) prefetchTranscription(summary, place.witnessId);
    opened.current = summary.id;
  }, [summary, place.witnessId]);

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
      <a className="skip-link" href="#reading-text" onClick={skipToText}>
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
        <Library documents={list} currentId={documentId} onImport={importSheet.show} />
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
            {documents.status === 'ready' ? (
              <p className="reader-empty">The library is empty. Import a transcription to begin.</p>
            ) : (
              <StatusMessage loadable={documents} retry={retry} loadingText="Opening the library…" failureText="The library could not be opened." />
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
