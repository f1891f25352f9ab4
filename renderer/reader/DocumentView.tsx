import { useEffect, useRef } from 'react';
import { useApi } from '../api/use-api.js';
import { useFollowLibrary } from '../library/library-context.js';
import { CompareView, nextWitness } from '../compare/CompareView.js';
import { MetadataPanel } from './MetadataPanel.js';
import { Reader } from './Reader.js';
import { ReadingDesk } from '../app/ReadingDesk.js';
import { StatusMessage } from '../ui/StatusMessage.js';

interface DocumentViewProps {
  documentId: string;
  /** The transcription named in the address; the first one when absent or not of this document. */
  witnessId: string | undefined;
  onWitnessChange: (witnessId: string) => void;
  /** The transcription compared with the open one, from the address; undefined while reading. */
  compareWith: string | undefined;
  /** Opens the compare view on these two transcriptions, or (with no right one) goes back to reading the left. */
  onCompareChange: (leftId: string, rightId: string | undefined) => void;
  /** Changes when the settings renamed something the notes show. */
  settingsRevision: number;
}

/**
 * One open document, once the store has answered: its transcription at the reading desk (the text, the
 * notes and the information), two of its transcriptions compared, or, for a document without any
 * transcription, its information alone.
 */
export function DocumentView({ documentId, witnessId, onWitnessChange, compareWith, onCompareChange, settingsRevision }: DocumentViewProps) {
  const [loaded, retry] = useApi('getDocument', { documentId });
  // Read again when the library changed (its information edited, an undo); the document stays on screen meanwhile.
  useFollowLibrary(retry);
  const detail = loaded.status === 'loading' && loaded.stale ? { status: 'ready' as const, value: loaded.stale } : loaded;
  const title = detail.status === 'ready' ? detail.value.title : undefined;

  useEffect(() => {
    document.title = title ? `${title} — Carrel` : 'Carrel';
  }, [title]);

  // Back from comparing, the button pressed is gone with the view: the Compare button that opened it takes the focus.
  const compared = useRef(compareWith);
  useEffect(() => {
    if (compared.current !== undefined && compareWith === undefined && (document.activeElement === null || document.activeElement === document.body)) {
      document.querySelector<HTMLElement>('#reader .compare-button')?.focus();
    }
    compared.current = compareWith;
  }, [compareWith]);

  if (detail.status !== 'ready') {
    return (
      <main id="reader" className="reader" tabIndex={-1}>
        <StatusMessage loadable={detail} retry={retry} loadingText="Opening the document…" failureText="This document could not be opened." />
      </main>
    );
  }

  const witness = detail.value.witnesses.find((candidate) => candidate.id === witnessId) ?? detail.value.witnesses[0];
  const other = detail.value.witnesses.find((candidate) => candidate.id === compareWith);
  if (witness && other) {
    return (
      <CompareView
        document={detail.value}
        leftId={witness.id}
        rightId={other.id}
        onChange={onCompareChange}
        onClose={() => onCompareChange(witness.id, undefined)}
      />
    );
  }
  if (witness) {
    const next = detail.value.witnesses.length > 1 ? nextWitness(detail.value.witnesses, witness.id) : undefined;
    return (
      <ReadingDesk
        document={detail.value}
        witness={witness}
        onWitnessChange={onWitnessChange}
        onCompare={next && (() => onCompareChange(witness.id, next.id))}
        onTranscriptionChanged={(added) => {
          retry();
          onWitnessChange(added);
        }}
        settingsRevision={settingsRevision}
      />
    );
  }
  return (
    <>
      <Reader document={detail.value} witness={undefined} onWitnessChange={onWitnessChange} />
      <MetadataPanel document={detail.value} />
    </>
  );
}
