import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs, ExportedFile } from '../../core/api.js';
import { api } from '../api/client.js';

/** Where an export stands: nothing asked yet, the store working, or its refusal in its words. */
export type ExportState = { status: 'idle' } | { status: 'working' } | { status: 'failed'; message: string };

/**
 * Runs exportNotes and hands the file to `use` (save it, or print it). One at a time: a second press
 * while the store works is ignored. An answer that arrives after the dialog closed is dropped, so a
 * reader who pressed Escape gets no download later.
 */
export function useExport(): [ExportState, (args: ApiArgs<'exportNotes'>, use: (file: ExportedFile) => void) => void] {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const working = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback((args: ApiArgs<'exportNotes'>, use: (file: ExportedFile) => void) => {
    if (working.current) return;
    working.current = true;
    setState({ status: 'working' });
    api
      .exportNotes(args)
      .then(
        (file) => {
          if (!mounted.current) return;
          setState({ status: 'idle' });
          use(file);
        },
        (error: unknown) => {
          if (mounted.current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => {
        working.current = false;
      });
  }, []);

  return [state, run];
}
