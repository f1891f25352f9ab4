/**
 * The import worker's thread, which file-reader.ts starts. For a document, it reads the file it is sent
 * with the importer the file calls for (core/importers) and answers what it read, with the file's bytes
 * handed back. For notes, it reads the notes file and plans where each goes (db/service/import-plan.ts)
 * over a read-only connection of its own, closed when done. Either way it answers why it could not; it
 * never writes the store: the service writes what it answers, in one transaction.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { isCarrelError, type CarrelErrorCode } from '../../core/errors.js';
import type { ImportFile, ReadDocument } from '../../core/importers/model.js';
import { chooseImporter } from '../../core/importers/registry.js';
import { planNotes, type NotesPlan } from '../service/import-plan.js';

/** A file to read; its `bytes` (a buffer of their own) are transferred, not copied. */
export interface ReadRequest extends ImportFile {
  kind: 'document';
  bytes: Uint8Array<ArrayBuffer>;
}

/** A notes file to plan against the store in `storeFile`; `fallback`, the document for notes whose own is not in the library. */
export interface PlanRequest {
  kind: 'notes';
  content: string;
  storeFile: string;
  fallback: string | undefined;
}

/** What the worker answers for one request. */
export type ReadReply =
  /** The document, the format's name ("PDF"), and the file's bytes transferred back for the store. */
  | { outcome: 'read'; format: string; document: ReadDocument; bytes: Uint8Array<ArrayBuffer> }
  /** The notes planned. */
  | { outcome: 'planned'; plan: NotesPlan }
  /** A file that cannot be read: the CarrelError's code and its sentence for the reader. */
  | { outcome: 'refused'; code: CarrelErrorCode; message: string }
  /** A programming fault, with its stack for the log. */
  | { outcome: 'fault'; message: string; stack: string | undefined }
  /** Sent during the read, before the answer: `done` parts (a PDF's pages) of `total` read. */
  | { outcome: 'progress'; done: number; total: number };

const port = parentPort;
if (port === null) throw new Error('read-file.js runs on a worker thread that db/import-worker/file-reader.ts starts.');

// One request at a time: file-reader.ts sends the next only after this one's answer.
port.on('message', (request: ReadRequest | PlanRequest) => {
  void answer(request).then((reply) => port.postMessage(reply, reply.outcome === 'read' ? [reply.bytes.buffer] : []));
});

async function answer(request: ReadRequest | PlanRequest): Promise<ReadReply> {
  try {
    return request.kind === 'notes' ? plan(request) : await read(request);
  } catch (error) {
    if (isCarrelError(error)) return { outcome: 'refused', code: error.code, message: error.message };
    const fault = error instanceof Error ? error : new Error(String(error));
    return { outcome: 'fault', message: fault.message, stack: fault.stack };
  }
}

async function read(file: ReadRequest): Promise<ReadReply> {
  const importer = chooseImporter(file);
  const document = await importer.read(file, (done, total) => port?.postMessage({ outcome: 'progress', done, total } satisfies ReadReply));
  return { outcome: 'read', format: importer.name, document, bytes: file.bytes };
}

function plan({ content, storeFile, fallback }: PlanRequest): ReadReply {
  const db = new Database(storeFile, { readonly: true, fileMustExist: true });
  try {
    return { outcome: 'planned', plan: planNotes(db, content, fallback) };
  } finally {
    db.close();
  }
}
