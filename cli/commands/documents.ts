/** `carrel documents`: the library, as a table or as JSON. */
import type { DocumentSummary } from '../../core/api.js';

/** Formats the library: one line a document, or the contract's JSON with `json`. */
export function formatDocuments(documents: readonly DocumentSummary[], json: boolean): string {
  if (json) return JSON.stringify(documents, null, 2);
  if (documents.length === 0) return 'The library is empty.';
  return documents
    .map((doc) => {
      const witnesses = doc.witnesses.map((w) => w.label).join(', ');
      return `${doc.id}  ${doc.date ?? '----------'}  ${doc.title}  (${witnesses})`;
    })
    .join('\n');
}
