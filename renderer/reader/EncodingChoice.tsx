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

/** Where a choice stands: the encoding asked for while it is read, then the one read. */
type Reading = { status: 'idle' } | { status: 'reading' | 'read'; encoding: string } | { status: 'failed'; message: string };

/**
 * "Read as": the encoding a text transcription was read in, shown, and changed when the guess was wrong
 * (the file's bytes stay as they are; the text is read from them again). `onRead` follows once it has
 * been read: the reading room shows the new text in place, every note anchored anew.
 */
export function EncodingChoice({ witness, onRead }: { witness: WitnessSummary & { encoding: string }; onRead: () => void }) {
  const id = useId();
  const [state, setState] = useState<Reading>({ status: 'idle' });
  // The encoding asked for, then the one read: `witness` names it only once the document is read again.
  const shown = 'encoding' in state ? state.encoding : witness.encoding;
  const current = shown.toLowerCase();
  const known = ENCODINGS.some(([label]) => label === current);

  const readAs = async (encoding: string) => {
    // One reading at a time. Not by disabling the choice: that would take the focus from it.
    if (state.status === 'reading') return;
    setState({ status: 'reading', encoding });
    try {
      const read = await api.readTranscriptionAs({ witnessId: witness.id, encoding });
      setState({ status: 'read', encoding: read.encoding ?? encoding });
      onRead();
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <span className="encoding-choice">
      <label htmlFor={id}>Read as</label>
      <select id={id} value={current} onChange={(event) => void readAs(event.target.value)}>
        {!known && <option value={current}>{shown}</option>}
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
