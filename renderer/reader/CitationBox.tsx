import { useId, useRef } from 'react';
import { useCopy } from '../ui/use-copy.js';
import './CitationBox.css';

/**
 * The ready citation and a "Copy citation" button. Success is confirmed on the button for two seconds
 * and announced; if the clipboard refuses, the citation is selected so Ctrl/Cmd+C still works.
 */
export function CitationBox({ citation }: { citation: string }) {
  const id = useId();
  const textRef = useRef<HTMLParagraphElement>(null);
  const { state, copy } = useCopy();

  return (
    <section className="citation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="info-subheading">
        Citation
      </h3>
      <p ref={textRef} className="citation-text">
        {citation}
      </p>
      <div className="citation-actions">
        <button type="button" className="button citation-copy" onClick={() => copy(citation, textRef.current)} data-state={state}>
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
