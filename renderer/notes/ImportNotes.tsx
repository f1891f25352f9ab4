import { useId } from 'react';
import type { ImportReport } from '../../core/api.js';
import { useApi } from '../api/use-api.js';
import { describeImport, describePreview } from './import-report.js';
import { useImportNotes, type ImportNotes as ImportControls } from './use-import-notes.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import './ImportNotes.css';

/** Skipped entries drawn at most: a file of thousands of links between notes would make the sheet slow to open. */
const SHOWN_SKIPPED = 200;

/** The offer for notes whose document is not in the library: put them on the document open in the reading room. */
function PlaceOnOpenDocument({ documentId, controls }: { documentId: string; controls: ImportControls }) {
  const [document] = useApi('getDocument', { documentId });
  const title = document.status === 'ready' ? `“${document.value.title}”` : 'the open document';
  return (
    <label className="import-place">
      <input
        type="checkbox"
        checked={controls.documentId === documentId}
        disabled={controls.state.status === 'previewing' || controls.state.status === 'importing'}
        onChange={(event) => controls.placeOn(event.target.checked ? documentId : undefined)}
      />
      <span>Put the notes whose document is not in the library on {title}</span>
    </label>
  );
}

/** What the import will do (a preview) or did: the counts, the people it adds, and each thing skipped with its reason. */
function ImportOutcome({ report, documentId, controls }: { report: ImportReport; documentId: string; controls: ImportControls }) {
  const id = useId();
  const { skipped, peopleAdded } = report;
  const offer = report.applied ? false : report.unplaced.length > 0 || controls.documentId !== undefined;
  return (
    <section className="import-outcome" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sheet-subheading">
        {report.applied ? 'What the import did' : 'What the import will do'}
      </h3>
      {!report.applied && <p className="import-summary">{describePreview(report)}</p>}
      {peopleAdded.length > 0 && (
        <p className="import-summary">
          {report.applied ? 'Added to the people registry' : 'Adds to the people registry'}: {peopleAdded.join(', ')}.
        </p>
      )}
      {offer && <PlaceOnOpenDocument documentId={documentId} controls={controls} />}
      {skipped.length > 0 && (
        <>
          <h4 id={`${id}-skipped`} className="sheet-subheading">
            Skipped ({skipped.length.toLocaleString('en')})
          </h4>
          {/* Focusable: a list that scrolls must be reachable from the keyboard. */}
          <ul className="import-skipped" aria-labelledby={`${id}-skipped`} tabIndex={0}>
            {skipped.slice(0, SHOWN_SKIPPED).map((entry, index) => (
              <li key={index}>
                <span className="import-skipped-what">{entry.what}</span>: {entry.reason}
              </li>
            ))}
            {skipped.length > SHOWN_SKIPPED && <li>…and {(skipped.length - SHOWN_SKIPPED).toLocaleString('en')} more.</li>}
          </ul>
        </>
      )}
    </section>
  );
}

/** The dialog's content: the file, what importing it will do, "Import", and what the import did. */
function ImportForm({ documentId, onImported }: { documentId: string; onImported: () => void }) {
  const id = useId();
  const controls = useImportNotes(onImported);
  const { state } = controls;
  const shown = state.status === 'done' ? state.report : 'preview' in state ? state.preview : undefined;
  const progress = state.status === 'previewing' ? 'Reading the file…' : state.status === 'importing' ? 'Importing…' : state.status === 'done' ? describeImport(state.report) : '';

  return (
    <form
      className="sheet-form"
      onSubmit={(event) => {
        event.preventDefault();
        controls.apply();
      }}
    >
      <p id={`${id}-about`} className="import-about">
        Notes from Hypothesis (its API’s JSON), Recogito, or any tool that writes the W3C Web Annotation format (JSON-LD), Carrel included. Carrel first
        shows what the import will do; nothing changes until you press Import. Each note goes to the document it names; a passage that cannot be found
        is kept as orphaned, and what cannot come in is listed with the reason. Importing the same file again changes nothing.
      </p>
      <div>
        <label htmlFor={`${id}-file`} className="field-label">
          Notes file (W3C JSON-LD) or Hypothesis JSON
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          className="file-input"
          aria-describedby={`${id}-about`}
          autoFocus
          onChange={(event) => controls.choose(event.target.files?.[0] ?? null)}
        />
      </div>
      {shown && <ImportOutcome report={shown} documentId={documentId} controls={controls} />}
      {state.status === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
      <div className="sheet-actions">
        {/* In the page from the start: a live region that appears with its text is not reliably read. */}
        <p role="status" className="import-report">
          {progress}
        </p>
        <button type="submit" className="button" disabled={state.status !== 'previewed'}>
          Import
        </button>
      </div>
    </form>
  );
}

/**
 * "Import…" (named "Import notes") and its sheet: pick a notes file, read what importing it will do (the
 * store's preview: counts, people added, everything skipped with its reason, and for notes on documents
 * not in the library the offer to put them on the open one), then import it and read the store's report.
 * `onImported` follows a successful import, so that the open document shows what came in. A refusal
 * (not JSON, cut off, over 50 MB) is shown as the store words it.
 */
export function ImportNotes({ documentId, onImported }: { documentId: string; onImported: () => void }) {
  const sheet = useSheet();
  return (
    <>
      <button type="button" className="quiet-button" aria-label="Import notes" aria-haspopup="dialog" onClick={sheet.show}>
        Import…
      </button>
      <Sheet sheet={sheet} heading="Import notes" className="import-notes-sheet">
        <ImportForm documentId={documentId} onImported={onImported} />
      </Sheet>
    </>
  );
}
