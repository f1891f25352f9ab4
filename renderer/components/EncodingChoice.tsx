import { useId, useState } from 'react';
import type { WitnessSummary } from '../../core/api.js';
import { api } from '../api/client.js';

/** The encodings archives' text files come in, as WHATWG labels with the names readers know them by. */
const ENCODINGS: readonly [label: string, name: string][] = [
  ['utf-8', 'UTF-8'],
  ['utf-16le', 'UTF-16 LE'],
  ['utf-16be', 'UTF-16 BE'],
  ['windows-1251', 'Windows-1251 (Cyrillic)'],
  ['koi8-r', 'KOI8-R (Russian)'],
  ['koi8-u', 'KOI8-U (Ukrainian)'],
  ['ibm866', 'CP866 (DOS Cyrillic)'],
  ['iso-8859-5', 'ISO-8859-5 (Cyrillic)'],
  ['windows-1252', 'Windows-1252 (Western)'],
  ['iso-8859-1', 'ISO-8859-1 (Latin-1)'],
  ['windows-1250', 'Windows-1250 (Central European)'],
  ['iso-8859-2', 'ISO-8859-2 (Latin-2)'],
  ['gb18030', 'GB18030 (Chinese)'],
  ['big5', 'Big5 (Traditional Chinese)'],
  ['shift_jis', 'Shift_JIS (Japanese)'],
  ['euc-kr', 'EUC-KR (Korean)'],
];

/**
 * "Read as": the encoding a text transcription was read in, shown, and changed when the guess was wrong
 * (the file's bytes stay as they are; the text is read from them again). `onRead` follows once it has
 * been read: the reading room opens the transcription afresh, its text and every note anchored anew.
 */
export function EncodingChoice({ witness, onRead }: { witness: WitnessSummary & { encoding: string }; onRead: () => void }) {
  const id = useId();
  const [state, setState] = useState<{ status: 'idle' | 'reading' } | { status: 'failed'; message: string }>({ status: 'idle' });
  const current = witness.encoding.toLowerCase();
  const known = ENCODINGS.some(([label]) => label === current);

  const readAs = async (encoding: string) => {
    setState({ status: 'reading' });
    try {
      await api.readTranscriptionAs({ witnessId: witness.id, encoding });
      setState({ status: 'idle' });
      onRead();
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <span className="encoding-choice">
      <label htmlFor={id}>Read as</label>
      <select id={id} value={current} disabled={state.status === 'reading'} onChange={(event) => void readAs(event.target.value)}>
        {!known && <option value={current}>{witness.encoding}</option>}
        {ENCODINGS.map(([label, name]) => (
          <option key={label} value={label}>
            {name}
          </option>
        ))}
      </select>
      {state.status === 'failed' && (
        <span role="alert" className="field-error">
          {state.message}
        </span>
      )}
    </span>
  );
}
