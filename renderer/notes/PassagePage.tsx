import type { Anchor } from '../../core/annotation/model.js';
import type { Block } from '../../core/document/model.js';
import { pageCitation } from '../../core/document/pages.js';
import { spokenPages } from './spoken-pages.js';
import { Separator } from '../ui/Separator.js';

interface PassagePageProps {
  /** The open transcription's page starts (pageStarts); none for a text without pages. */
  pages: readonly Block[];
  /** Where the passage lands on the open transcription. */
  anchor: Anchor;
}

/**
 * The end of a card's meta line: the page of the source its passage is on, cited as exports cite it
 * ("p. 3", "pp. 3–4") and heard as "page 3". Nothing for a text without pages or a passage not found.
 */
export function PassagePage({ pages, anchor }: PassagePageProps) {
  const citation = anchor.status === 'anchored' ? pageCitation(pages, anchor.start, anchor.end) : undefined;
  if (citation === undefined) return null;
  return (
    <>
      <Separator />
      <span className="card-meta-item" aria-hidden="true">{citation}</span>
      <span className="visually-hidden">{spokenPages(citation)}</span>
    </>
  );
}
