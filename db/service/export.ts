/**
 * Exporting notes: the store projected once into the ExportBundle every exporter reads
 * (core/export/bundle.ts), each annotation anchored in its witness's current text as the reader sees it,
 * then handed to the exporter of the chosen format.
 */
import type { CarrelService, DocumentDetail } from '../../core/api.js';
import type { AnchoredAnnotation } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import type { ExportBundle, ExportDocument, ExportWitness } from '../../core/export/bundle.js';
import { exportBundle, exportStream, type ExportStream } from '../../core/export/index.js';
import { annotationsOfWitness, documentNoteOf } from '../repositories/annotations.js';
import { allCategories } from '../repositories/categories.js';
import { documentsOfCollection } from '../repositories/collections.js';
import { allDocuments } from '../repositories/documents.js';
import { allPeople } from '../repositories/people.js';
import type { Db } from '../repositories/prepared.js';
import { witnessById } from '../repositories/witnesses.js';
import { existing as existingCollection } from './collections.js';
import type { ServiceContext } from './context.js';
import type { PreparedExports } from './prepared-exports.js';
import { documentDetail } from './documents.js';
import { noAnnotation } from './not-found.js';
import { anchoredIn, inTextOrder } from './passages.js';

/** What to export: one document, a collection's documents or all of them, and optionally only some annotations. */
export interface ExportSelection {
  documentId?: string | undefined;
  collectionId?: string | undefined;
  annotationIds?: readonly string[] | undefined;
}

/** exportNotes, and prepareExport, which leaves its exports in `waiting`. An unknown document or annotation fails with CarrelError('not-found'). */
export function exportService(context: ServiceContext, waiting: PreparedExports): Pick<CarrelService, 'exportNotes' | 'prepareExport'> {
  const streamed = exportStreamer(context);
  return {
    exportNotes: ({ format, ...selection }) => exportBundle(format, selectedBundle(context, selection)),
    prepareExport: (args) => {
      const stream = streamed(args);
      return { ticket: waiting.put(stream), fileName: stream.fileName, mediaType: stream.mediaType };
    },
  };
}

/**
 * exportNotes in chunks, for a shell that writes the export to a file itself (`carrel export --out`):
 * the same text, never held whole. Fails as exportNotes does, before the first chunk.
 */
export function exportStreamer(context: Pick<ServiceContext, 'store' | 'ids' | 'version'>): (args: ExportArgs) => ExportStream {
  return ({ format, ...selection }) => exportStream(format, selectedBundle(context, selection));
}

/** What exportNotes takes. */
export type ExportArgs = Parameters<CarrelService['exportNotes']>[0];

/** The selection's bundle, read in one transaction so that it is one state of the store, not parts of two. */
function selectedBundle({ store, ids, version }: Pick<ServiceContext, 'store' | 'ids' | 'version'>, selection: ExportSelection): ExportBundle {
  return store.db.transaction(() => exportedBundle(store.db, selection, ids.now(), version))();
}

/** The selection as exporters read it, stamped `at` and signed with the app's version. */
export function exportedBundle(db: Db, selection: ExportSelection, at: Date, version: string): ExportBundle {
  const documents = exportedDocuments(db, selection);
  const named = new Set(documents.flatMap((document) => document.annotations.flatMap((annotation) => annotation.people)));
  return {
    generated: at.toISOString(),
    generator: `Carrel ${version}`,
    documents,
    people: allPeople(db).filter((person) => named.has(person.id)),
    categories: allCategories(db),
  };
}

function exportedDocuments(db: Db, { documentId, collectionId, annotationIds }: ExportSelection): ExportDocument[] {
  const details = documentId !== undefined ? [documentDetail(db, documentId)] : selectedDocumentIds(db, collectionId).map((id) => documentDetail(db, id));
  const wanted = annotationIds && new Set(annotationIds);
  const documents = details.map((detail) => exportedDocument(db, detail, wanted));
  if (!wanted) return documents;
  const found = new Set(documents.flatMap((document) => document.annotations.map((annotation) => annotation.id)));
  const missing = [...wanted].find((id) => !found.has(id));
  if (missing !== undefined) {
    throw documentId === undefined
      ? noAnnotation(missing)
      : new CarrelError('not-found', `No annotation with id ${missing} in “${details[0]?.title ?? documentId}”. It may have been deleted, or be on another document.`);
  }
  // A selection from everything names the documents it wants by their annotations.
  return documentId === undefined ? documents.filter((document) => document.annotations.length > 0) : documents;
}

/** The documents of a collection in its order, or every document in the library's order (without `collectionId`). */
function selectedDocumentIds(db: Db, collectionId: string | undefined): string[] {
  if (collectionId === undefined) return allDocuments(db).map((document) => document.id);
  existingCollection(db, collectionId);
  return documentsOfCollection(db, collectionId);
}

/**
 * A document with its witnesses and annotations (only those in `wanted`, when given): the note on the
 * whole document first, then passages witness by witness in text order, then orphans.
 */
function exportedDocument(db: Db, detail: DocumentDetail, wanted: ReadonlySet<string> | undefined): ExportDocument {
  const kept = (annotation: { id: string }) => !wanted || wanted.has(annotation.id);
  const witnesses = detail.witnesses.map((summary) => exportedWitness(db, summary.id));
  const passages = witnesses.flatMap((witness) =>
    annotationsOfWitness(db, witness.id)
      .filter(kept)
      .map((annotation) => anchoredIn(witness.text, annotation))
      .sort(inTextOrder),
  );
  const note = documentNoteOf(db, detail.id);
  const isAnchored = (annotation: AnchoredAnnotation) => annotation.anchor.status === 'anchored';
  return {
    id: detail.id,
    title: detail.title,
    meta: detail.meta,
    citation: detail.citation,
    witnesses,
    annotations: [
      // A note on the whole document has no passage: anchoredIn marks it so, and exporters read no target.
      ...(note && kept(note) ? [anchoredIn('', note)] : []),
      ...passages.filter(isAnchored),
      ...passages.filter((annotation) => !isAnchored(annotation)),
    ],
  };
}

function exportedWitness(db: Db, witnessId: string): ExportWitness {
  const witness = witnessById(db, witnessId);
  // The document's own list named it inside this transaction.
  if (!witness) throw new Error(`witness ${witnessId} vanished inside its own transaction`);
  return { id: witness.id, label: witness.label, fileName: witness.fileName, text: witness.text, blocks: witness.blocks, marks: witness.marks };
}
