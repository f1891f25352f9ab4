/** The library and the reader: documents and their witnesses, as the contract shapes them. */
import type { CarrelService, DocumentDetail, DocumentSummary, WitnessSummary } from '../../core/api.js';
import { chicagoNote } from '../../core/citation/chicago.js';
import { mergeMeta } from '../../core/document/identity.js';
import type { DocumentMeta } from '../../core/document/model.js';
import { allDocuments, documentById, type DocumentRecord } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { witnessById, witnessesOfDocument, type WitnessHeader } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { noDocument, noWitness } from './not-found.js';

/** appInfo, listDocuments, getDocument and getWitness. Unknown ids fail with CarrelError('not-found'). */
export function documentsService({ store, version }: ServiceContext): Pick<CarrelService, 'appInfo' | 'listDocuments' | 'getDocument' | 'getWitness'> {
  const { db } = store;
  return {
    appInfo: () => ({ version, dataDir: store.dataDir }),

    listDocuments: () => allDocuments(db).map((document) => describe(document, witnessesOfDocument(db, document.id)).summary),

    getDocument: ({ documentId }) => documentDetail(db, documentId),

    getWitness: ({ witnessId }) => {
      const witness = witnessById(db, witnessId);
      if (!witness) throw noWitness(witnessId);
      return {
        ...summarise(witness),
        documentId: witness.documentId,
        text: witness.text,
        blocks: witness.blocks,
        marks: witness.marks,
        meta: witness.meta,
      };
    },
  };
}

/** A document as the reader's information panel shows it; CarrelError('not-found') for an unknown id. */
export function documentDetail(db: Db, documentId: string): DocumentDetail {
  const document = documentById(db, documentId);
  if (!document) throw noDocument(documentId);
  const { summary, meta } = describe(document, witnessesOfDocument(db, documentId));
  return { ...summary, meta, citation: chicagoNote(meta) };
}

/**
 * A document as the library shows it. The metadata is merged afresh from the witnesses in position
 * order (the archive record first), so that it always agrees with them; the stored title, derived the
 * same way at import (or from the first witness's file name), stands in when no witness names one.
 */
function describe(document: DocumentRecord, witnesses: readonly WitnessHeader[]): { summary: DocumentSummary; meta: DocumentMeta } {
  const meta = mergeMeta(witnesses.map((witness) => witness.meta));
  const summary: DocumentSummary = {
    id: document.id,
    title: meta.title ?? document.title,
    ...(meta.date === undefined ? {} : { date: meta.date }),
    ...(meta.dateText === undefined ? {} : { dateText: meta.dateText }),
    witnesses: witnesses.map(summarise),
  };
  return { summary, meta };
}

function summarise(witness: WitnessHeader): WitnessSummary {
  return { id: witness.id, label: witness.label, source: witness.source, fileName: witness.fileName };
}
