import { useCallback, useRef, useState } from 'react';
import type { ImportReport, MAX_IMPORT_LENGTH } from '../../core/api.js';
import { api } from '../api/client.js';

// The contract's limit, checked before the file is read, so a 200 MB file is refused without reading it.
// Typed as the contract's constant, so the two cannot drift apart (the renderer imports no values from core).
const MAX_IMPORT_BYTES: typeof MAX_IMPORT_LENGTH = 50_000_000;

/**
 * Where an import stands: no file yet; the file read and its preview asked for; the preview (what the
 * import will do); the import under way; the store's report; or a refusal. A refusal of the import
 * keeps the preview it followed, so the reader still sees what was asked.
 */
export type ImportState =
  | { status: 'idle' }
  | { status: 'previewing' }
  | { status: 'previewed'; preview: ImportReport }
  | { status: 'importing'; preview: ImportReport }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; message: string; preview?: ImportReport };

/** What the sheet can do: pick a file (previewed at once), choose the document for notes whose own is not here, import. */
export interface ImportNotes {
  state: ImportState;
  /** The document notes on documents not in the library go to; undefined: they are skipped. */
  documentId: string | undefined;
  choose: (file: File | null) => void;
  placeOn: (documentId: string | undefined) => void;
  apply: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports a notes file in two steps: read as text here (the renderer has no file system) and previewed
 * by importNotes with `dryRun`, then imported as previewed. `onImported` follows a successful import, so
 * the open document reads its notes and people again. A refusal is the store's message, verbatim; the
 * store changed nothing then. A file chosen while another is being read wins: the older answer is dropped.
 */
export function useImportNotes(onImported: () => void): ImportNotes {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [documentId, setDocumentId] = useState<string | undefined>(undefined);
  const content = useRef<string | null>(null);
  // The newest request: an answer to any earlier one is stale.
  const latest = useRef(0);

  const preview = useCallback((text: string, placeOn: string | undefined) => {
    const request = ++latest.current;
    setState({ status: 'previewing' });
    api.importNotes({ content: text, dryRun: true, ...(placeOn !== undefined && { documentId: placeOn }) }).then(
      (report) => request === latest.current && setState({ status: 'previewed', preview: report }),
      (error: unknown) => request === latest.current && setState({ status: 'failed', message: messageOf(error) }),
    );
  }, []);

  const choose = useCallback(
    (file: File | null) => {
      content.current = null;
      const request = ++latest.current;
      if (!file) {
        setState({ status: 'idle' });
        return;
      }
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ status: 'failed', message: `This file is too large to import (over 50 MB): “${file.name}” is ${Math.ceil(file.size / 1e6)} MB. Nothing was imported.` });
        return;
      }
      setState({ status: 'previewing' });
      file.text().then(
        (text) => {
          if (request !== latest.current) return;
          content.current = text;
          preview(text, documentId);
        },
        (error: unknown) => request === latest.current && setState({ status: 'failed', message: `“${file.name}” could not be read: ${messageOf(error)}` }),
      );
    },
    [documentId, preview],
  );

  const placeOn = useCallback(
    (id: string | undefined) => {
      setDocumentId(id);
      if (content.current !== null) preview(content.current, id);
    },
    [preview],
  );

  const apply = useCallback(() => {
    if (state.status !== 'previewed' || content.current === null) return;
    const request = ++latest.current;
    const previewed = state.preview;
    setState({ status: 'importing', preview: previewed });
    api.importNotes({ content: content.current, ...(documentId !== undefined && { documentId }) }).then(
      (report) => {
        if (request !== latest.current) return;
        setState({ status: 'done', report });
        onImported();
      },
      (error: unknown) => request === latest.current && setState({ status: 'failed', message: messageOf(error), preview: previewed }),
    );
  }, [documentId, onImported, state]);

  return { state, documentId, choose, placeOn, apply };
}
