import { useId, useRef, useState } from 'react';
import { api } from '../api/client.js';
import { readAsBase64 } from './file-base64.js';

/**
 * "Add transcription…": a file the reader picks joins the open document as another transcription (a
 * second copy of the same cable, a scan's text layer beside the typed one), to read, compare and annotate.
 * `onAdded` receives the new transcription; a file Carrel cannot read is answered with the store's sentence.
 */
export function AddTranscription({ documentId, onAdded }: { documentId: string; onAdded: (witnessId: string) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; message: string }>({ status: 'idle' });

  const add = async (file: File) => {
    setState({ status: 'working' });
    try {
      const added = await api.importDocument({ fileName: file.name, content: await readAsBase64(file), into: documentId });
      setState({ status: 'idle' });
      const [witnessId] = added.witnessIds;
      if (added.documentId !== documentId) setState({ status: 'failed', message: `“${file.name}” is already in the library as “${added.title}”.` });
      else if (witnessId !== undefined) onAdded(witnessId);
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        hidden
        onChange={(event) => {
          const [file] = event.target.files ?? [];
          event.target.value = '';
          if (file) void add(file);
        }}
      />
      <button type="button" className="button" disabled={state.status === 'working'} onClick={() => input.current?.click()}>
        {state.status === 'working' ? 'Adding…' : 'Add transcription…'}
      </button>
      {state.status === 'failed' && (
        <p role="alert" className="field-error add-transcription-error">
          {state.message}
        </p>
      )}
    </>
  );
}
