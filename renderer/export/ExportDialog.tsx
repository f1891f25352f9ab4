import { useState } from 'react';
import type { ExportFormat } from '../../core/api.js';
import { api } from '../api/client.js';
import { exportArgs, FORMAT_CHOICES, isExportFormat, scopeChoices, type ExportScope } from './export-choices.js';
import { printHtml } from './print-html.js';
import { saveFile } from './save-file.js';
import { useExport } from './use-export.js';
import { MOD, MOD_KEY } from '../reader/keys.js';
import { useCommandKey } from '../reader/use-command-key.js';
import { useStoredState } from '../settings/use-stored-state.js';
import { ChoiceList } from '../ui/ChoiceList.js';
import { Sheet, useSheet } from '../ui/Sheet.js';
import './ExportDialog.css';

interface ExportTarget {
  documentId: string;
  /** The ids of the notes the Notes panel lists under its filters; null when no filter is set. */
  shownIds: readonly string[] | null;
}

interface ExportFormProps extends ExportTarget {
  /** The file, under this name, went to the browser's download. */
  onSaved: (fileName: string) => void;
  /** The handout went to the print dialog. */
  onPrinted: () => void;
}

/** The dialog's content: the two choices, then "Export" (and "Print…" for the handout). */
function ExportForm({ documentId, shownIds, onSaved, onPrinted }: ExportFormProps) {
  // The format is the reader's habit, kept across launches; the scope starts at this document each time.
  const [format, setFormat] = useStoredState<ExportFormat>('carrel.exportFormat', 'markdown', isExportFormat);
  const [scope, setScope] = useState<ExportScope>('document');
  const [state, run] = useExport();
  const args = exportArgs(format, scope, documentId, shownIds ?? []);

  return (
    <form
      className="sheet-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(
          () => api.prepareExport(args),
          (prepared) => {
            saveFile(prepared);
            onSaved(prepared.fileName);
          },
        );
      }}
    >
      <ChoiceList label="Format" choices={FORMAT_CHOICES} value={format} onChange={setFormat} autoFocus />
      <ChoiceList label="What to export" choices={scopeChoices(shownIds?.length ?? null)} value={scope} onChange={setScope} />
      {state.status === 'failed' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
      <div className="sheet-actions">
        <span role="status" className="sheet-progress">
          {state.status === 'working' ? 'Exporting…' : ''}
        </span>
        {format === 'html' && (
          <button
            type="button"
            className="button"
            onClick={() =>
              run(
                () => api.exportNotes(args),
                (file) => {
                  // Closed first: the print dialog then returns the reader to the room, not to this sheet.
                  onPrinted();
                  printHtml(file.content);
                },
              )
            }
          >
            Print…
          </button>
        )}
        <button type="submit" className="button">
          Export
        </button>
      </div>
    </form>
  );
}

interface ExportDialogProps extends ExportTarget {
  /** The file was handed to the browser, under this name: say so. */
  onExported: (fileName: string) => void;
}

/**
 * "Export…" (named "Export notes", also Ctrl/Cmd+E) and its sheet: a format (Markdown, W3C Web
 * Annotation, CSV, TEI, printable HTML), then this document, the notes the filters show, or the whole
 * library. "Export" has the store write its file to the browser's download and closes; a refusal stays
 * in the sheet as an alert.
 */
export function ExportDialog({ documentId, shownIds, onExported }: ExportDialogProps) {
  const sheet = useSheet();
  // As the other shortcuts, not from a text field or another dialog.
  useCommandKey('e', sheet.show);
  return (
    <>
      <button
        type="button"
        className="quiet-button"
        aria-label="Export notes"
        aria-haspopup="dialog"
        aria-keyshortcuts={`${MOD_KEY}+E`}
        title={`Export notes (${MOD}E)`}
        onClick={sheet.show}
      >
        Export…
      </button>
      <Sheet sheet={sheet} heading="Export notes" className="export-dialog">
        <ExportForm
          documentId={documentId}
          shownIds={shownIds}
          onSaved={(fileName) => {
            sheet.close();
            onExported(fileName);
          }}
          onPrinted={sheet.close}
        />
      </Sheet>
    </>
  );
}
