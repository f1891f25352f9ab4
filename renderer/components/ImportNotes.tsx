import { useId, useState } from 'react';
import { describeImport } from '../notes/import-report.js';
import { useImportNotes } from '../notes/use-import-notes.js';
import { Sheet, useSheet } from './Sheet.js';

/** The dialog's content: the file, "Import", and what the import did. */
function ImportForm({ onImported }: { onImported: () => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, run] = useImportNotes(onImported);

  return (
    <form
      className="sheet-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (file) run(file);
      }}
    >
      <p id={`${id}-about`} className="import-about">
        Notes in the W3C Web Annotation format: a JSON-LD file exported from Carrel, or from another tool such as Hypothesis. Each note goes to
        the document it names; a passage that cannot be found in the text is kept as orphaned. Importing the same file again changes nothing.
      </p>
      <div>
        <label htmlFor={`${id}-file`} className="field-label">
          Notes file (W3C JSON-LD)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          className="file-input"
          aria-describedby={`${id}-about`}
          autoFocus
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      {state.status === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
      <div className="sheet-actions">
        {/* In the page from the start: a live region that appears with its text is not reliably read. */}
        <p role="status" className="import-report">
          {state.status === 'working' ? 'Importing…' : state.status === 'done' ? describeImport(state.report) : ''}
        </p>
        <button type="submit" className="button" disabled={file === null}>
          Import
        </button>
      </div>
    </form>
  );
}

/**
 * "Import…" (named "Import notes") and its sheet: pick a W3C JSON-LD notes file, import it, and read
 * the store's report ("Imported into “…”: 3 added, 1 updated, 2 unchanged, 0 orphaned."). `onImported`
 * follows a successful import, so that the open document shows what came in. A refusal (not JSON, not
 * an annotation collection, a document not in the library, over 50 MB) is shown as the store words it.
 */
export function ImportNotes({ onImported }: { onImported: () => void }) {
  const sheet = useSheet();
  return (
    <>
      <button type="button" className="quiet-button" aria-label="Import notes" aria-haspopup="dialog" onClick={sheet.show}>
        Import…
      </button>
      <Sheet sheet={sheet} heading="Import notes">
        <ImportForm onImported={onImported} />
      </Sheet>
    </>
  );
}
