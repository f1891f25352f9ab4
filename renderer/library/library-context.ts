/**
 * What the room's parts tell the library, wherever they are: that the store changed under what the library
 * and the open document show (information edited, an undo, a collection changed), and that a document was
 * deleted. App provides it; the defaults do nothing, for a part shown on its own.
 */
import { createContext, useContext } from 'react';
import type { DeletedDocument } from '../../core/api.js';
import { useFollowRevision } from '../api/use-revised-api.js';

export interface Library {
  /** Moves on whenever the library changed: whatever shows a document or a collection reads it again. */
  revision: number;
  /** Says the library changed; `documentId`, the document a change was about (an undone deletion: to open). */
  changed(documentId?: string): void;
  /** Says a document was deleted: the room goes on to another and offers to undo it. */
  deleted(document: DeletedDocument): void;
  /** Says notes were made or deleted: only the library's counts are read again, not what else shows a document. */
  recount(): void;
}

export const LibraryContext = createContext<Library>({ revision: 0, changed: () => undefined, deleted: () => undefined, recount: () => undefined });

/** The library of the room this part is in. */
export function useLibrary(): Library {
  return useContext(LibraryContext);
}

/** Calls `again` each time the library changes after the first render: for an answer the change may have made old. */
export function useFollowLibrary(again: () => void): void {
  useFollowRevision(useLibrary().revision, again);
}
