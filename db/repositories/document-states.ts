/**
 * The states the change log keeps of a document (changes.subject = 'document'), as undo and redo replay
 * them: its information as the reader left it, before and after an edit; and the whole document as it
 * was before its deletion, less its witnesses (kept in trashed_witnesses) and notes (logged as changes
 * of their own in the same step).
 */
import { z } from 'zod';
import { MetaEdits } from '../../core/document/meta-edits.js';
import { DocumentMeta } from '../../core/document/model.js';
import { Role } from '../../core/people/model.js';

/** A document's information: the title everything shows, and the reader's corrections. */
export const DocumentInfoState = z.object({
  kind: z.literal('info'),
  documentId: z.string(),
  title: z.string(),
  edits: MetaEdits,
  editedAt: z.string().optional(),
});
export type DocumentInfoState = z.infer<typeof DocumentInfoState>;

/** A document just before it was deleted. */
export const DeletedDocumentState = z.object({
  kind: z.literal('deleted'),
  documentId: z.string(),
  key: z.string().optional(),
  title: z.string(),
  /** documents.meta_json: the witnesses' metadata merged as of the last import. */
  meta: DocumentMeta,
  createdAt: z.string(),
  edits: z.object({ edits: MetaEdits, editedAt: z.string() }).optional(),
  collections: z.array(z.object({ collectionId: z.string(), position: z.number().int() })),
  roles: z.object({ confirmedAt: z.string(), roles: z.array(z.object({ personId: z.string(), role: Role })) }).optional(),
  rejections: z.array(z.object({ witnessId: z.string(), personId: z.string(), start: z.number().int(), end: z.number().int(), words: z.string() })),
  /** Where the document's files named people (a TEI edition's persName), for its proposals. */
  namedPeople: z.array(z.object({ witnessId: z.string(), personId: z.string(), start: z.number().int(), end: z.number().int(), words: z.string() })).optional(),
});
export type DeletedDocumentState = z.infer<typeof DeletedDocumentState>;

/** Any logged state of a document. */
export const DocumentState = z.discriminatedUnion('kind', [DocumentInfoState, DeletedDocumentState]);
export type DocumentState = z.infer<typeof DocumentState>;
