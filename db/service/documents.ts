/** The library and the reader: documents and their witnesses, as the contract shapes them. */
import type { CarrelService, DocumentDetail, DocumentSummary, WitnessSummary } from '../../core/api.js';
import { chicagoNote } from '../../core/citation/chicago.js';
import { mergeMeta } from '../../core/document/identity.js';
import { withEdits, type MetaEdits } from '../../core/document/meta-edits.js';
import type { DocumentMeta, WitnessSource } from '../../core/document/model.js';
import { formatName } from '../../core/importers/registry.js';
import { witnessHead } from '../../core/witness/head.js';
import { collectionIdsByDocument, membershipsOf } from '../repositories/collections.js';
import { allEdits, editsOf } from '../repositories/document-edits.js';
import { allDocumentHeads, documentById, documentHeadById, noteCountOf, noteCountsByDocument, type DocumentHead } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { listedWitnessesByDocument, listedWitnessesOf, witnessById, witnessesOfDocument, type ListedWitness } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noDocument, noWitness } from './not-found.js';

/** appInfo, listDocuments, getDocument and getWitness. Unknown ids fail with CarrelError('not-found'). */
export function documentsService({ store, version }: ServiceContext): Pick<CarrelService, 'appInfo' | 'listDocuments' | 'getDocument' | 'getWitness'> {
  const { db } = store;
  return {
    appInfo: () => ({ version, dataDir: store.dataDir }),

    listDocuments: () =>
      // One read: the library is listed whole, counts and corrections included, not document by document.
      db.transaction(() => {
        const edits = allEdits(db);
        const noteCounts = noteCountsByDocument(db);
        const collections = collectionIdsByDocument(db);
        const witnesses = listedWitnessesByDocument(db);
        return allDocumentHeads(db).map(
          (document) =>
            describe(document, witnesses.get(document.id) ?? [], {
              edits: edits.get(document.id) ?? {},
              noteCount: noteCounts.get(document.id) ?? 0,
              collectionIds: collections.get(document.id) ?? [],
            }).summary,
        );
      })(),

    getDocument: ({ documentId }) => documentDetail(db, documentId),

    getWitness: ({ witnessId, upTo }) => {
      const witness = witnessById(db, witnessId);
      if (!witness) throw noWitness(witnessId);
      const detail = {
        ...summarise(witness),
        documentId: witness.documentId,
        text: witness.text,
        blocks: witness.blocks,
        marks: witness.marks,
        meta: witness.meta,
      };
      return upTo === undefined ? detail : witnessHead(detail, upTo);
    },
  };
}

/** A document as the reader's information panel shows it; CarrelError('not-found') for an unknown id. */
export function documentDetail(db: Db, documentId: string): DocumentDetail {
  const document = documentById(db, documentId);
  if (!document) throw noDocument(documentId);
  const { summary, meta } = describe(document, witnessesOfDocument(db, documentId), {
    edits: editsOf(db, documentId)?.edits ?? {},
    noteCount: noteCountOf(db, documentId),
    collectionIds: membershipsOf(db, documentId).map((membership) => membership.collectionId),
  });
  return { ...summary, meta, citation: chicagoNote(meta) };
}

/**
 * A document as the library lists it, read on its own (a page of the library is a few of them); undefined
 * for an unknown id. Without `counts`, its note count and collections are left out (0, none): what the
 * listing's order and filter need is its title, date and author.
 */
export function listedSummary(db: Db, documentId: string, { counts = true } = {}): DocumentSummary | undefined {
  const document = documentHeadById(db, documentId);
  if (!document) return undefined;
  return describe(document, listedWitnessesOf(db, documentId), {
    edits: editsOf(db, documentId)?.edits ?? {},
    noteCount: counts ? noteCountOf(db, documentId) : 0,
    collectionIds: counts ? membershipsOf(db, documentId).map((membership) => membership.collectionId) : [],
  }).summary;
}

/** The witnesses' metadata merged in position order (the archive record first), without the reader's corrections. */
export function witnessedMeta(db: Db, documentId: string): DocumentMeta {
  return mergeMeta(witnessesOfDocument(db, documentId).map((witness) => witness.meta));
}

/** What the library shows of a document besides its row and witnesses. */
interface Extras {
  edits: MetaEdits;
  noteCount: number;
  collectionIds: string[];
}

/**
 * A document as the library shows it. The metadata is merged afresh from the witnesses in position
 * order (the archive record first), so that it always agrees with them, and the reader's corrections laid
 * over it; the stored title, derived the same way at import (or from the first witness's file name),
 * stands in when no witness names one.
 */
function describe(document: DocumentHead, witnesses: readonly ListedWitness[], extras: Extras): { summary: DocumentSummary; meta: DocumentMeta } {
  const meta = withEdits(mergeMeta(witnesses.map((witness) => witness.meta)), extras.edits);
  const author = meta.author ?? meta.sender;
  const summary: DocumentSummary = {
    id: document.id,
    title: meta.title ?? document.title,
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.dateText === undefined ? {} : { dateText: meta.dateText }),
    ...(author === undefined ? {} : { author }),
    kind: kindOf(witnesses[0]?.source),
    noteCount: extras.noteCount,
    added: document.createdAt,
    collectionIds: extras.collectionIds,
    witnesses: witnesses.map(summarise),
  };
  return { summary, meta };
}

/** The telegram's archive gives its transcriptions names of their own; the reader's files go by their format. */
const ARCHIVE_KINDS: Partial<Record<WitnessSource, string>> = { 'archive-record': 'Archive record', 'web-page': 'Web page', plain: 'Plain text' };

/** A document's kind, as the library names it: the format of its first transcription ("PDF", "TEI XML", "Archive record"). */
function kindOf(source: WitnessSource | undefined): string {
  if (source === undefined) return 'No transcription';
  return ARCHIVE_KINDS[source] ?? formatName(source);
}

/** A witness as the contract lists it. */
export function summarise(witness: ListedWitness): WitnessSummary {
  return { id: witness.id, label: witness.label, source: witness.source, fileName: witness.fileName, ...(witness.encoding !== undefined && { encoding: witness.encoding }) };
}
