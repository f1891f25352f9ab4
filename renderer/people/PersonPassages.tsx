import { useState } from 'react';
import type { PersonPassage } from '../../core/api.js';
import { shownValue, useRevisedApi } from '../api/use-revised-api.js';
import { PassageInContext } from '../notes/PassageInContext.js';

interface PersonPassagesProps {
  personId: string;
  personName: string;
  /** Moves on whenever tags may have changed: the list is read again. */
  revision: number;
  /** Where the reader is, so that only passages elsewhere say where they are. */
  documentId: string;
  witnessId: string;
  onJump: (passage: PersonPassage) => void;
}

/** Passages drawn at first; a person tagged all over a library has more. */
const PAGE = 20;

/** Where a passage is, said only as far as it differs from where the reader is. */
function whereElse(passage: PersonPassage, documentId: string, witnessId: string): string | undefined {
  if (passage.documentId !== documentId) return `${passage.documentTitle} · ${passage.witnessLabel}`;
  if (passage.witnessId !== witnessId) return `${passage.witnessLabel} transcription`;
  return undefined;
}

/**
 * Every passage tagged with a person, in every document of the library, with the words around it: each
 * a button that shows the passage in the text, opening its document or transcription first when it is
 * elsewhere. A passage whose text can no longer be found is listed with its quote, not as a link.
 */
export function PersonPassages({ personId, personName, revision, documentId, witnessId, onJump }: PersonPassagesProps) {
  const loaded = useRevisedApi('personPassages', { personId }, revision);
  const passages = shownValue(loaded);
  const [limit, setLimit] = useState(PAGE);

  if (loaded.status === 'failed') {
    return (
      <p role="alert" className="field-error">
        {personName}’s passages could not be read: {loaded.message}
      </p>
    );
  }
  // Nothing tagged yet: the counts above say so; an empty heading would only add noise.
  if (!passages || passages.length === 0) return null;
  return (
    <div className="person-passages">
      <h5 className="person-subheading">
        Tagged passages <span className="notes-count">{passages.length}</span>
      </h5>
      <ol className="passage-list">
        {passages.slice(0, limit).map((passage) => {
          const elsewhere = whereElse(passage, documentId, witnessId);
          const body = (
            <>
              <PassageInContext context={passage} />
              {elsewhere !== undefined && <span className="passage-where">{elsewhere}</span>}
              {passage.orphaned && <span className="passage-where">Its passage can no longer be found in the text.</span>}
            </>
          );
          return (
            <li key={passage.annotationId} className="passage">
              {passage.orphaned ? (
                <p className="context-button" data-orphaned="true">
                  {body}
                </p>
              ) : (
                <button type="button" className="context-button" onClick={() => onJump(passage)} title="Show in the text">
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {passages.length > limit && (
        <button type="button" className="link-button proposals-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, passages.length - limit)} more of {passages.length - limit}
        </button>
      )}
    </div>
  );
}
