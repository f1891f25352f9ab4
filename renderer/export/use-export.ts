import { useCallback, useEffect, useRef, useState } from 'react';

/** Where an export stands: nothing asked yet, the store working, or its refusal in its words. */
export type ExportState = { status: 'idle' } | { status: 'working' } | { status: 'failed'; message: string };

/**
 * Runs an export call (prepareExport for a download, exportNotes for printing) and hands its answer to
 * `use`. One at a time: a second press while the store works is ignored. An answer that arrives after the
 * dialog closed is dropped, so a reader who pressed Escape gets no download later.
 */
export function useExport(): [ExportState, <T>(call: () => Promise<T>, use: (answer: T) => void) => void] {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const working = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(<T,>(call: () => Promise<T>, use: (answer: T) => void) => {
    if (working.current) return;
    working.current = true;
    setState({ status: 'working' });
    call()
      .then(
        (answer) => {
          if (!mounted.current) return;
          setState({ status: 'idle' });
          use(answer);
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
