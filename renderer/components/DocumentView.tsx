import { useEffect } from 'react';
import { useApi } from '../api/use-api.js';
import { MetadataPanel } from './MetadataPanel.js';
import { Reader } from './Reader.js';
import { StatusMessage } from './StatusMessage.js';

interface DocumentViewProps {
  documentId: string;
  /** The transcription named in the address; the first one when absent or not of this document. */
  witnessId: string | undefined;
  onWitnessChange: (witnessId: string) => void;
}

/** One open document: the Reader in the main area and its information beside it, once the store has answered. */
export function DocumentView({ documentId, witnessId, onWitnessChange }: DocumentViewProps) {
  const [detail, retry] = useApi('getDocument', { documentId });
  const title = detail.status === 'ready' ? detail.value.title : undefined;

  useEffect(() => {
    document.title = title ? `${title} — Carrel` : 'Carrel';
  }, [title]);

  if (detail.status !== 'ready') {
    return (
      <main id="reader" className="reader" tabIndex={-1}>
        <StatusMessage loadable={detail} retry={retry} loadingText="Opening the document…" failureText="This document could not be opened." />
      </main>
    );
  }

  const witness = detail.value.witnesses.find((candidate) => candidate.id === witnessId) ?? detail.value.witnesses[0];
  return (
    <>
      <Reader document={detail.value} witness={witness} onWitnessChange={onWitnessChange} />
      <MetadataPanel document={detail.value} />
    </>
  );
}
