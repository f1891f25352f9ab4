/**
 * The import worker's thread, which file-reader.ts starts: it reads each file it is sent with the importer
 * the file calls for (core/importers) and answers what it read, with the file's bytes handed back, or why
 * it could not. It never opens the store: the service writes what it read, in one transaction.
 */
import { parentPort } from 'node:worker_threads';
import { isCarrelError, type CarrelErrorCode } from '../../core/errors.js';
import type { ImportFile, ReadDocument } from '../../core/importers/model.js';
import { chooseImporter } from '../../core/importers/registry.js';

/** A file to read; its `bytes` (a buffer of their own) are transferred, not copied. */
export interface ReadRequest extends ImportFile {
  bytes: Uint8Array<ArrayBuffer>;
}

/** What the worker answers for one file. */
export type ReadReply =
  /** The document, the format's name ("PDF"), and the file's bytes transferred back for the store. */
  | { outcome: 'read'; format: string; document: ReadDocument; bytes: Uint8Array<ArrayBuffer> }
  /** A file no importer can read: the CarrelError's code and its sentence for the reader. */
  | { outcome: 'refused'; code: CarrelErrorCode; message: string }
  /** A programming fault in an importer, with its stack for the log. */
  | { outcome: 'fault'; message: string; stack: string | undefined }
  /** Sent during the read, before the answer: `done` parts (a PDF's pages) of `total` read. */
  | { outcome: 'progress'; done: number; total: number };

const port = parentPort;
if (port === null) throw new Error('read-file.js runs on a worker thread that db/import-worker/file-reader.ts starts.');

// One file at a time: file-reader.ts sends the next only after this one's answer.
port.on('message', (file: ReadRequest) => {
  void read(file).then((reply) => port.postMessage(reply, reply.outcome === 'read' ? [reply.bytes.buffer] : []));
});

async function read(file: ReadRequest): Promise<ReadReply> {
  try {
    const importer = chooseImporter(file);
    const document = await importer.read(file, (done, total) => port?.postMessage({ outcome: 'progress', done, total } satisfies ReadReply));
    return { outcome: 'read', format: importer.name, document, bytes: file.bytes };
  } catch (error) {
    if (isCarrelError(error)) return { outcome: 'refused', code: error.code, message: error.message };
    const fault = error instanceof Error ? error : new Error(String(error));
    return { outcome: 'fault', message: fault.message, stack: fault.stack };
  }
}
