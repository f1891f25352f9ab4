/**
 * The contract of core/api.ts implemented over the store. Each method reads through the repositories
 * and shapes the answer; the dispatcher has already validated the arguments.
 */
import type { CarrelService, DocumentSummary, WitnessSummary } from '../core/api.js';
import { chicagoNote } from '../core/citation/chicago.js';
import { mergeMeta } from '../core/document/identity.js';
import type { DocumentMeta } from '../core/document/model.js';
import { CarrelError } from '../core/errors.js';
import type { Store } from './open.js';
import { allDocuments, documentById, type DocumentRecord } from './repositories/documents.js';
import { witnessById, witnessesOfDocument, type WitnessHeader } from './repositories/witnesses.js';

/** What the service reports about the running app. */
export interface ServiceOptions {
  version: string;
}

/** Builds the service over an open store. Unknown ids fail with CarrelError('not-found'). */
export function createService(store: Store, { version }: ServiceOptions): CarrelService {
  const { db } = store;
  return {
    appInfo: () => ({ version, dataDir: store.dataDir }),

    listDocuments: () => allDocuments(db).map((document) => describe(document, witnessesOfDocument(db, document.id)).summary),

    getDocument: ({ documentId }) => {
      const document = documentById(db, documentId);
      if (!document) throw new CarrelError('not-found', `No document with id ${documentId}. It may have been deleted.`);
      const { summary, meta } = describe(document, witnessesOfDocument(db, documentId));
      return { ...summary, meta, citation: chicagoNote(meta) };
    },

    getWitness: ({ witnessId }) => {
      const witness = witnessById(db, witnessId);
      if (!witness) throw new CarrelError('not-found', `No witness with id ${witnessId}. It may have been deleted.`);
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
