import { useCallback, useRef, useState } from 'react';
import type { ImportReport, MAX_IMPORT_LENGTH } from '../../core/api.js';
import { api } from '../api/client.js';

// The contract's limit, checked before the file is read, so a 200 MB file is refused without reading it.
// Typed as the contract's constant, so the two cannot drift apart (the renderer imports no values from core).
const MAX_IMPORT_BYTES: typeof MAX_IMPORT_LENGTH = 50_000_000;

/** Where an import stands: nothing yet, reading and storing, the store's report, or a refusal. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports a notes file: read as text here (the renderer has no file system), sent to importNotes, its
 * report kept for the reader. `onImported` follows a successful import, so the open document reads its
 * notes and people again. A refusal is the store's message, verbatim; the store changed nothing then.
 */
export function useImportNotes(onImported: () => void): [ImportState, (file: File) => void] {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const working = useRef(false);

  const run = useCallback(
    (file: File) => {
      if (working.current) return;
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ status: 'failed', message: `This file is too large to import (over 50 MB): “${file.name}” is ${Math.ceil(file.size / 1e6)} MB. Nothing was imported.` });
        return;
      }
      working.current = true;
      setState({ status: 'working' });
      file
        .text()
        .then(
          (content) => api.importNotes({ content }),
          (error: unknown) => Promise.reject(new Error(`“${file.name}” could not be read: ${messageOf(error)}`)),
        )
        .then(
          (report) => {
            setState({ status: 'done', report });
            onImported();
          },
          (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
        )
        .finally(() => {
          working.current = false;
        });
    },
    [onImported],
  );

  return [state, run];
}
