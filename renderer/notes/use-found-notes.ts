import { useEffect, useState } from 'react';
import { api } from '../api/client.js';

/**
 * The ids of the witness's annotations whose quote, note or tags hold every word of `text`, as the store
 * finds them (findAnnotations): the page holds only the notes it shows. Asked again whenever `listed`
 * changes (a note edited may now match); the last answer serves until the next comes, and undefined
 * means none has come for this witness yet, or the text is blank.
 */
export function useFoundNotes(witnessId: string, text: string, listed: unknown): ReadonlySet<string> | undefined {
  const [found, setFound] = useState<{ witnessId: string; ids: ReadonlySet<string> }>();
  const wanted = text.trim();

  useEffect(() => {
    if (wanted === '') return;
    let current = true;
    api.findAnnotations({ witnessId, text: wanted }).then(
      (ids) => {
        if (current) setFound({ witnessId, ids: new Set(ids) });
      },
      () => {
        // The filter stays as it was: the list is still there to read.
      },
    );
    return () => {
      current = false;
    };
  }, [witnessId, wanted, listed]);

  return wanted === '' || found?.witnessId !== witnessId ? undefined : found.ids;
}
