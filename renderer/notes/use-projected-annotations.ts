import { useEffect, useState } from 'react';
import type { ProjectedAnnotation } from '../../core/api.js';
import { api } from '../api/client.js';

/** The notes of the document's other transcriptions as they land on one transcription. */
export interface ProjectedAnnotationsState {
  status: 'loading' | 'ready' | 'failed';
  /** Why they could not be read (status 'failed'). */
  message?: string;
  /** In the order they land here, those not found last. */
  projected: ProjectedAnnotation[];
}

/**
 * The notes made on the other transcriptions of `witnessId`'s document, projected onto it; read again
 * when `revision` changes (an undo, an import) and whenever the reader comes back to this transcription,
 * since notes are written on the other one meanwhile. Never another transcription's list: while the new
 * one loads there are none.
 */
export function useProjectedAnnotations(witnessId: string, revision: number): ProjectedAnnotationsState {
  const [loaded, setLoaded] = useState<{ witnessId: string; projected: ProjectedAnnotation[] }>();
  const [failure, setFailure] = useState<{ witnessId: string; message: string }>();

  useEffect(() => {
    let current = true;
    api.listProjectedAnnotations({ witnessId }).then(
      (projected) => {
        if (!current) return;
        setLoaded({ witnessId, projected });
        setFailure(undefined);
      },
      (error: unknown) => {
        if (current) setFailure({ witnessId, message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [witnessId, revision]);

  if (failure?.witnessId === witnessId) return { status: 'failed', message: failure.message, projected: [] };
  return loaded?.witnessId === witnessId ? { status: 'ready', projected: loaded.projected } : { status: 'loading', projected: [] };
}
