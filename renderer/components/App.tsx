import { useCallback, useEffect, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import { prefetchTranscription } from '../api/start-up.js';
import { useApi } from '../api/use-api.js';
import { droppedFiles } from '../library/dropped-files.js';
import { ImportDocuments } from '../library/ImportDocuments.js';
import { useDocumentImport } from '../library/use-document-import.js';
import { usePlace } from '../reader/place.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { DocumentView } from './DocumentView.js';
import { Library } from './Library.js';
import { ReadingSettings } from './ReadingSettings.js';
import { SearchDialog } from './SearchDialog.js';
import { SettingsDialog } from './SettingsDialog.js';
import { useSheet } from './Sheet.js';
import { StatusMessage } from './StatusMessage.js';
import './App.css';

/** Moves focus to the text (or, before it has loaded, to the main area) without touching the address, which holds the open place. */
function skipToText(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  (document.getElementById('reading-text') ?? document.getElementById('reader'))?.focus();
}

/**
 * The reading room: a banner with the reading settings, the library, and the open document (its text in
 * the main area, its information beside it). Opens the first document when the address names none.
 */
export function App() {
  const [place, replacePlace] = usePlace();
  const [documents, retry] = useApi('listDocuments', {});
  const list = documents.status === 'ready' ? documents.value : documents.status === 'loading' ? documents.stale : undefined;
  const documentId = place.documentId ?? list?.[0]?.id;
  const [settingsRevision, setSettingsRevision] = useState(0);

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

  return (
    <div
      className={dropping ? 'app is-dropping' : 'app'}
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
      <div className="workspace">
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
    </div>
  );
}
