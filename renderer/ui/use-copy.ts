import { useEffect, useState } from 'react';

/** Where a copy stands: nothing asked yet, copied (for a moment), or refused by the clipboard. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** How long a button says "Copied" before it offers to copy again. */
const COPIED_MS = 2000;

/**
 * Copies text to the clipboard: `state` is "copied" for two seconds once it worked. If the clipboard
 * refuses, the text shown in `fallback` is selected so that Ctrl/Cmd+C still works, and `state` is "failed".
 */
export function useCopy(): { state: CopyState; copy: (text: string, fallback: Node | null) => void } {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = (text: string, fallback: Node | null) => {
    // Through a promise, so that a missing clipboard (an insecure context) fails like a refused one.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
        () => setState('copied'),
        () => {
          if (fallback) window.getSelection()?.selectAllChildren(fallback);
          setState('failed');
        },
      );
  };
  return { state, copy };
}
