/**
 * Importing the reader's own files: read by the importer the file's content calls for (core/importers) on
 * the import worker (import-worker/file-reader.ts), so that a long read holds up no other call, then
 * stored here in one transaction with the original bytes (import-witness.ts).
 */
import type { CarrelService, ImportedDocument } from '../../core/api.js';
import type { ImportFile } from '../../core/importers/model.js';
import { formatName } from '../../core/importers/registry.js';
import { sha256Of, storeReadDocument } from '../import-witness.js';
import { cancelled, readFileInWorker } from '../import-worker/file-reader.js';
import { documentById } from '../repositories/documents.js';
import { witnessesWithSha256 } from '../repositories/witnesses.js';
import type { ServiceContext } from './context.js';
import { importsUnderWay } from './imports-under-way.js';

/**
 * importDocument, importProgress and cancelImport. A file no importer can read, or one whose reading needs
 * more memory or time than one import is given, fails with a CarrelError and changes nothing; so does a
 * cancelled one.
 */
export function documentImportService({ store, ids }: ServiceContext): Pick<CarrelService, 'importDocument' | 'importProgress' | 'cancelImport'> {
  const { db } = store;
  const titleOf = (documentId: string) => documentById(db, documentId)?.title ?? '';
  const underWay = importsUnderWay();

  async function importFile(file: ImportFile, into: string | undefined, follow: { importId: string; signal: AbortSignal } | undefined): Promise<ImportedDocument> {
    const sha256 = sha256Of(file.bytes);
    // Bytes already here need no reading: the answer says where they are.
    const already = witnessesWithSha256(db, sha256);
    const [first] = already;
    if (first) {
      return { documentId: first.documentId, title: titleOf(first.documentId), witnessIds: already.map((w) => w.id), created: false, format: formatName(first.source) };
    }
    // The bytes go to the worker and come back with what it read, rather than being copied.
    const { format, document, bytes } = await readFileInWorker(
      file,
      follow && { signal: follow.signal, progress: (done, total) => underWay.update(follow.importId, { stage: 'reading', done, total }) },
    );
    if (follow) underWay.update(follow.importId, { stage: 'storing', done: 0, total: 0 });
    const stored = storeReadDocument(store, { fileName: file.fileName, bytes, sha256 }, document, { into, ids });
    return { documentId: stored.documentId, title: titleOf(stored.documentId), witnessIds: stored.witnessIds, created: stored.created, format };
  }

  return {
    importDocument: async ({ fileName, content, into, encoding, importId }): Promise<ImportedDocument> => {
      const file: ImportFile = { fileName: baseName(fileName), bytes: Buffer.from(content, 'base64'), ...(encoding !== undefined && { encoding }) };
      if (importId === undefined) return importFile(file, into, undefined);
      const signal = underWay.begin(importId);
      if (signal === undefined) throw cancelled(file.fileName);
      try {
        return await importFile(file, into, { importId, signal });
      } finally {
        underWay.end(importId);
      }
    },
    importProgress: ({ importId }) => underWay.progressOf(importId),
    cancelImport: ({ importId }) => ({ cancelled: underWay.cancel(importId) }),
  };
}

/** The name without any folder: a browser sends a bare name, but a caller may send a path. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/u).at(-1) || fileName;
}
