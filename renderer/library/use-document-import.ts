import { useCallback, useRef, useState } from 'react';
import type { ImportProgress } from '../../core/api.js';
import { api } from '../api/client.js';
import { readAsBase64 } from './file-base64.js';

/** How often the file being imported is asked how far it has come. */
const PROGRESS_EVERY_MS = 250;

/** Where one file of an import stands; while importing, how far (once the store has said). */
export type FileImport =
  | { name: string; status: 'waiting' | 'cancelled' }
  | { name: string; status: 'importing'; progress?: ImportProgress }
  | { name: string; status: 'imported' | 'already'; documentId: string; title: string; format: string }
  | { name: string; status: 'failed'; message: string };

/** The files of the import under way (or the last one), and what to do with it. */
export interface DocumentImport {
  files: readonly FileImport[];
  working: boolean;
  /** Imports `files` one after the other, after any still waiting. */
  start(files: readonly File[]): void;
  /** Stops the file being read (unless it is already being stored, which is one transaction) and leaves those waiting. */
  cancel(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports the reader's files one at a time through importDocument, keeping each file's outcome for the
 * reader: imported (with its format), already in the library, cancelled, or refused with the store's
 * sentence; the file being imported says how far it has come. `onImported` follows each file that
 * reached the library, with its document.
 */
export function useDocumentImport(onImported: (documentId: string) => void): DocumentImport {
  const [files, setFiles] = useState<readonly FileImport[]>([]);
  const [working, setWorking] = useState(false);
  const queue = useRef<{ file: File; index: number }[]>([]);
  const running = useRef(false);
  const count = useRef(0);
  /** The file being imported, by the name the store follows it under, and whether the reader cancelled it. */
  const current = useRef<{ importId: string; cancelled: boolean } | undefined>(undefined);

  const settle = useCallback((index: number, outcome: FileImport) => setFiles((all) => all.map((entry, i) => (i === index ? outcome : entry))), []);

  const importOne = useCallback(
    async (file: File, index: number) => {
      const importing = { importId: crypto.randomUUID(), cancelled: false };
      current.current = importing;
      settle(index, { name: file.name, status: 'importing' });
      const following = setInterval(() => {
        void api.importProgress({ importId: importing.importId }).then(
          (progress) => {
            if (current.current === importing && progress.stage !== 'unknown') settle(index, { name: file.name, status: 'importing', progress });
          },
          // A missed answer only leaves the bar where it was; the import's own answer says how it ended.
          () => undefined,
        );
      }, PROGRESS_EVERY_MS);
      try {
        const imported = await api.importDocument({ fileName: file.name, content: await readAsBase64(file), importId: importing.importId });
        const { documentId, title, format } = imported;
        settle(index, { name: file.name, status: imported.created ? 'imported' : 'already', documentId, title, format });
        onImported(documentId);
      } catch (error) {
        settle(index, importing.cancelled ? { name: file.name, status: 'cancelled' } : { name: file.name, status: 'failed', message: messageOf(error) });
      } finally {
        clearInterval(following);
        current.current = undefined;
      }
    },
    [onImported, settle],
  );

  const start = useCallback(
    (chosen: readonly File[]) => {
      if (chosen.length === 0) return;
      // While an import runs, new files join its list; after it, they start a new one.
      const appending = running.current;
      const base = appending ? count.current : 0;
      count.current = base + chosen.length;
      queue.current.push(...chosen.map((file, i) => ({ file, index: base + i })));
      const waiting = chosen.map((file): FileImport => ({ name: file.name, status: 'waiting' }));
      setFiles((all) => (appending ? [...all, ...waiting] : waiting));
      if (appending) return;
      running.current = true;
      setWorking(true);
      void (async () => {
        for (let next = queue.current.shift(); next; next = queue.current.shift()) await importOne(next.file, next.index);
        running.current = false;
        setWorking(false);
      })();
    },
    [importOne],
  );

  const cancel = useCallback(() => {
    const left = queue.current.splice(0);
    setFiles((all) => all.map((entry, i) => (left.some((waiting) => waiting.index === i) ? { name: entry.name, status: 'cancelled' } : entry)));
    const importing = current.current;
    if (importing === undefined) return;
    importing.cancelled = true;
    // Answered false when the file is already being stored: it then ends imported, as the list will say.
    void api.cancelImport({ importId: importing.importId }).catch(() => undefined);
  }, []);

  return { files, working, start, cancel };
}
