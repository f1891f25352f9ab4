import { useCallback, useRef, useState } from 'react';
import type { MAX_DOCUMENT_BASE64 } from '../../core/api.js';
import { api } from '../api/client.js';
import { readAsBase64 } from './file-base64.js';

// The contract's bound on a file, checked before the file is read. Typed as the contract's constant (as
// base64 characters, four for every three bytes), so that the two cannot drift apart.
const MAX_BASE64: typeof MAX_DOCUMENT_BASE64 = 139_810_136;
const MAX_FILE_BYTES = (MAX_BASE64 / 4) * 3;

/** Where one file of an import stands. */
export type FileImport =
  | { name: string; status: 'waiting' | 'importing' | 'cancelled' }
  | { name: string; status: 'imported' | 'already'; documentId: string; title: string; format: string }
  | { name: string; status: 'failed'; message: string };

/** The files of the import under way (or the last one), and what to do with it. */
export interface DocumentImport {
  files: readonly FileImport[];
  working: boolean;
  /** Imports `files` one after the other, after any still waiting. */
  start(files: readonly File[]): void;
  /** Leaves the files still waiting; the one being imported finishes (its write is one transaction). */
  cancel(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Imports the reader's files one at a time through importDocument, keeping each file's outcome for the
 * reader: imported (with its format), already in the library, or refused with the store's sentence.
 * `onImported` follows each file that reached the library, with its document.
 */
export function useDocumentImport(onImported: (documentId: string) => void): DocumentImport {
  const [files, setFiles] = useState<readonly FileImport[]>([]);
  const [working, setWorking] = useState(false);
  const queue = useRef<{ file: File; index: number }[]>([]);
  const running = useRef(false);
  const count = useRef(0);

  const settle = useCallback((index: number, outcome: FileImport) => setFiles((all) => all.map((entry, i) => (i === index ? outcome : entry))), []);

  const importOne = useCallback(
    async (file: File, index: number) => {
      settle(index, { name: file.name, status: 'importing' });
      try {
        if (file.size > MAX_FILE_BYTES) throw new Error(`“${file.name}” is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, more than Carrel imports.`);
        const imported = await api.importDocument({ fileName: file.name, content: await readAsBase64(file) });
        const { documentId, title, format } = imported;
        settle(index, { name: file.name, status: imported.created ? 'imported' : 'already', documentId, title, format });
        onImported(documentId);
      } catch (error) {
        settle(index, { name: file.name, status: 'failed', message: messageOf(error) });
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
  }, []);

  return { files, working, start, cancel };
}
