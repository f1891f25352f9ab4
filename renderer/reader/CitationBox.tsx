import { useEffect, useId, useRef, useState } from 'react';
import './CitationBox.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the button says "Copied" before it offers to copy again. */
const COPIED_MS = 2000;

/**
 * The ready citation and a "Copy citation" button. Success is confirmed on the button for two seconds
 * and announced; if the clipboard refuses, the citation is selected so Ctrl/Cmd+C still works.
 */
export function CitationBox({ citation }: { citation: string }) {
  const id = useId();
  const textRef = useRef<HTMLParagraphElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = () => {
    // Through a promise, so that a missing clipboard (an insecure context) fails like a refused one.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(citation))
      .then(
      () => setState('copied'),
      () => {
        const node = textRef.current;
        if (node) window.getSelection()?.selectAllChildren(node);
        setState('failed');
      },
    );
  };

  return (
    <section className="citation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="info-subheading">
        Citation
      </h3>
      <p ref={textRef} className="citation-text">
        {citation}
      </p>
      <div className="citation-actions">
        <button type="button" className="button citation-copy" onClick={copy} data-state={state}>
          {state === 'copied' ? 'Copied' : 'Copy citation'}
        </button>
        <span role="status" className={state === 'failed' ? 'citation-status' : 'visually-hidden'}>
          {state === 'copied' && 'Citation copied to the clipboard.'}
          {state === 'failed' && 'The clipboard is not available: the citation is selected, press Ctrl+C (⌘C) to copy it.'}
        </span>
      </div>
    </section>
  );
}
