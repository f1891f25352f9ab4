import { useState, type ReactNode, type Ref } from 'react';
import type { DocumentDetail, WitnessDetail, WitnessSummary } from '../../core/api.js';
import { AddTranscription } from '../library/AddTranscription.js';
import { displayDate } from './dates.js';
import { Separator } from '../ui/Separator.js';
import { EncodingChoice } from './EncodingChoice.js';
import { WitnessSwitcher } from './WitnessSwitcher.js';
import { WitnessText } from './WitnessText.js';
import { READER_COLUMN_ID } from './element-ids.js';
import './Reader.css';

interface ReaderProps {
  document: DocumentDetail;
  /** The transcription to show; undefined only for a document without any. */
  witness: WitnessSummary | undefined;
  onWitnessChange: (witnessId: string) => void;
  /** Opens the compare view, from a button beside the choice of transcription; none when undefined. */
  onCompare?: () => void;
  /** Follows a transcription the reader added from a file; no "Add transcription…" when undefined. */
  onTranscriptionChanged?: (witnessId: string) => void;
  /** Follows the transcription read again in another encoding (its text is read again here); no "Read as" when undefined. */
  onReadAgain?: () => void;
  /** Receives the reading text's article (a new one per transcription, and per reading of it). */
  articleRef?: Ref<HTMLElement>;
  /** Receives the transcription as read, once it is in (see WitnessText). */
  onTextLoaded?: (witness: WitnessDetail) => void;
  /** Receives the reading column, the positioned box that `overlay` is drawn in. */
  columnRef?: Ref<HTMLDivElement>;
  /** Drawn over the text: the selection toolbar, the keyboard caret. */
  overlay?: ReactNode;
}

/**
 * The main area: the document's title, the choice of transcription, and the transcription's text, with
 * whatever is drawn over the text after it (so that a selection toolbar follows the text in tab order).
 */
export function Reader({ document, witness, onWitnessChange, onCompare, onTranscriptionChanged, onReadAgain, articleRef, onTextLoaded, columnRef, overlay }: ReaderProps) {
  const date = displayDate(document.date, document.dateText);
  const number = document.meta.documentNumber;
  // Moves on each time the transcription is read again: its text is asked for anew, in place.
  const [readings, setReadings] = useState(0);
  return (
    <main id="reader" className="reader" tabIndex={-1}>
      <div className="reader-column" id={READER_COLUMN_ID} ref={columnRef}>
        <header className="reader-header">
          {(date || number) && (
            <p className="reader-overline">
              {date && <time dateTime={document.date}>{date}</time>}
              {date && number && <Separator />}
              {number && <span>No. {number}</span>}
            </p>
          )}
          <h1 className="reader-title">{document.title}</h1>
        </header>
        {witness && (document.witnesses.length > 1 || onTranscriptionChanged || onReadAgain) && (
          <div className="reader-witness-bar">
            {document.witnesses.length > 1 && <WitnessSwitcher witnesses={document.witnesses} current={witness.id} onChange={onWitnessChange} />}
            {onCompare && (
              <button type="button" className="button compare-button" onClick={onCompare}>
                Compare
              </button>
            )}
            {onTranscriptionChanged && <AddTranscription documentId={document.id} onAdded={onTranscriptionChanged} />}
            {onReadAgain && witness.encoding !== undefined && (
              <EncodingChoice
                key={witness.id}
                witness={{ ...witness, encoding: witness.encoding }}
                onRead={() => {
                  setReadings((n) => n + 1);
                  onReadAgain();
                }}
              />
            )}
          </div>
        )}
        {witness ? <WitnessText witness={witness} revision={readings} articleRef={articleRef} onLoaded={onTextLoaded} /> : <p className="reader-empty">This document has no transcription yet.</p>}
        {overlay}
      </div>
    </main>
  );
}
