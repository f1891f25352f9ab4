import type { DocumentSummary } from '../../core/api.js';
import { countTranscriptions, displayDate } from '../reader/dates.js';
import { placeHref } from '../reader/place.js';
import { Separator } from './Separator.js';
import './Library.css';

interface LibraryProps {
  /** The documents in the store, or undefined while the list is loading or failed (the main area says which). */
  documents: readonly DocumentSummary[] | undefined;
  currentId: string | undefined;
  /** Opens the import of the reader's own documents. */
  onImport: () => void;
}

/** The "Library" navigation: every document with its date and number of transcriptions, the open one marked current, and Import. */
export function Library({ documents, currentId, onImport }: LibraryProps) {
  return (
    <nav className="library" aria-labelledby="library-heading">
      <div className="library-head">
        <h2 id="library-heading" className="panel-heading">
          Library
        </h2>
        <button type="button" className="quiet-button" aria-label="Import documents" aria-haspopup="dialog" aria-keyshortcuts="Control+O Meta+O" onClick={onImport}>
          Import…
        </button>
      </div>
      {documents && documents.length === 0 && <p className="library-empty">No documents yet.</p>}
      {documents && documents.length > 0 && (
        <ul className="library-list">
          {documents.map((document) => {
            const date = displayDate(document.date, document.dateText);
            return (
              <li key={document.id}>
                <a
                  className="library-item"
                  href={placeHref({ documentId: document.id })}
                  aria-current={document.id === currentId ? 'page' : undefined}
                >
                  <span className="library-title">{document.title}</span>
                  <span className="library-meta">
                    {date && (
                      <>
                        <time dateTime={document.date}>{date}</time>
                        <Separator />
                      </>
                    )}
                    {countTranscriptions(document.witnesses.length)}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
