import { useId } from 'react';
import { Sheet, type SheetState } from '../ui/Sheet.js';
import type { DocumentImport, FileImport } from './use-document-import.js';
import './ImportDocuments.css';

/** What became of one file, in a sentence. */
function outcome(file: FileImport): string {
  switch (file.status) {
    case 'waiting':
      return 'Waiting…';
    case 'importing': {
      const { stage, done, total } = file.progress ?? { stage: 'waiting', done: 0, total: 0 };
      if (stage === 'storing') return 'Storing…';
      if (stage === 'reading' && total > 0) return `Reading page ${done} of ${total}…`;
      return stage === 'reading' ? 'Reading…' : 'Importing…';
    }
    case 'cancelled':
      return 'Not imported: cancelled.';
    case 'imported':
      return `Imported as “${file.title}” (${file.format}).`;
    case 'already':
      return `Already in the library as “${file.title}”.`;
    case 'failed':
      return file.message;
  }
}

/** The sheet's content: the files to pick, and each file's outcome as it comes. */
function ImportForm({ importing }: { importing: DocumentImport }) {
  const id = useId();
  const done = importing.files.filter((file) => file.status !== 'waiting' && file.status !== 'importing').length;
  return (
    <div className="sheet-form">
      <p id={`${id}-about`} className="import-about">
        Your own documents: plain text in any common encoding, Markdown, HTML saved from a web page or an archive, TEI XML, Word (DOCX) and PDF
        with a text layer. Each file becomes a document, its original kept byte for byte. You can also drop files or a folder anywhere on the
        window.
      </p>
      <div>
        <label htmlFor={`${id}-files`} className="field-label">
          Documents to import
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          className="file-input"
          aria-describedby={`${id}-about`}
          autoFocus
          onChange={(event) => {
            importing.start([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {importing.files.length > 0 && (
        <ul className="import-files" aria-label="Files">
          {importing.files.map((file, index) => (
            <li key={index} className={`import-file import-${file.status}`}>
              <span className="import-file-name">{file.name}</span>
              <span className="import-file-outcome">{outcome(file)}</span>
              {file.status === 'importing' && file.progress?.stage === 'reading' && file.progress.total > 0 && (
                <progress className="import-progress" aria-label={`Pages of ${file.name} read`} max={file.progress.total} value={file.progress.done} />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="sheet-actions">
        <p role="status" className="import-report">
          {importing.files.length === 0 ? '' : importing.working ? `Importing ${done + 1} of ${importing.files.length}…` : `${done} of ${importing.files.length} done.`}
        </p>
        {importing.working && (
          <button type="button" className="button" onClick={importing.cancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}

/** "Import documents": the sheet where files are picked (or that a drop on the window opens) and their import is followed. */
export function ImportDocuments({ sheet, importing }: { sheet: SheetState; importing: DocumentImport }) {
  return (
    <Sheet sheet={sheet} heading="Import documents">
      <ImportForm importing={importing} />
    </Sheet>
  );
}
