/**
 * The import worker's thread, which file-reader.ts starts. For a document, it reads the file it is sent
 * with the importer the file calls for (core/importers) and answers what it read, with the file's bytes
 * handed back: the service stores it. For notes, it imports them whole (db/service/import.ts) over a
 * connection of its own to the store, closed when done, and answers the report. Either way it answers
 * why it could not, in the reader's words, or the fault for the log.
 */
import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { ImportReport } from '../../core/api.js';
import { isCarrelError, type CarrelErrorCode } from '../../core/errors.js';
import type { ImportFile, ReadDocument } from '../../core/importers/model.js';
import type { NotesImport } from '../service/import.js';
import { sqliteCode } from '../sqlite-error.js';

/** A file to read; its `bytes` (a buffer of their own) are transferred, not copied. */
export interface ReadRequest extends ImportFile {
  kind: 'document';
  bytes: Uint8Array<ArrayBuffer>;
}

/** Where and as whom notes are imported: the store's file, the import's time, the reader's name for notes that give none. */
export interface NotesTarget {
  storeFile: string;
  at: string;
  userName: string;
}

/** Notes to import; the file's text comes as UTF-8 bytes, transferred (a long text is slow to copy between threads). */
export interface NotesRequest extends Omit<NotesImport, 'content'>, NotesTarget {
  kind: 'notes';
  content: Uint8Array<ArrayBuffer>;
}

/** What the worker answers for one request. */
export type ReadReply =
  /** The document, the format's name ("PDF"), and the file's bytes transferred back for the store. */
  | { outcome: 'read'; format: string; document: ReadDocument; bytes: Uint8Array<ArrayBuffer> }
  /** The notes imported (or previewed). */
  | { outcome: 'imported'; report: ImportReport }
  /** A file that cannot be read: the CarrelError's code and its sentence for the reader. */
  | { outcome: 'refused'; code: CarrelErrorCode; message: string }
  /** A programming fault or a store's failure (with SQLite's code), and its stack for the log. */
  | { outcome: 'fault'; message: string; stack: string | undefined; sqliteCode?: string }
  /** Sent during the read, before the answer: `done` parts (a PDF's pages) of `total` read. */
  | { outcome: 'progress'; done: number; total: number };

const port = parentPort;
if (port === null) throw new Error('read-file.js runs on a worker thread that db/import-worker/file-reader.ts starts.');

// One request at a time: file-reader.ts sends the next only after this one's answer.
port.on('message', (request: ReadRequest | NotesRequest) => {
  void answer(request).then((reply) => port.postMessage(reply, reply.outcome === 'read' ? [reply.bytes.buffer] : []));
});

async function answer(request: ReadRequest | NotesRequest): Promise<ReadReply> {
  try {
    return request.kind === 'notes' ? await importNotes(request) : await read(request);
  } catch (error) {
    if (isCarrelError(error)) return { outcome: 'refused', code: error.code, message: error.message };
    const fault = error instanceof Error ? error : new Error(String(error));
    const code = sqliteCode(error);
    return { outcome: 'fault', message: fault.message, stack: fault.stack, ...(code !== undefined && { sqliteCode: code }) };
  }
}

// Each kind's modules are loaded when first asked for: the importers (pdf.js, mammoth...) are slow to load, and notes need none of them.
async function read(file: ReadRequest): Promise<ReadReply> {
  const { chooseImporter } = await import('../../core/importers/registry.js');
  const importer = chooseImporter(file);
  const document = await importer.read(file, (done, total) => port?.postMessage({ outcome: 'progress', done, total } satisfies ReadReply));
  return { outcome: 'read', format: importer.name, document, bytes: file.bytes };
}

async function importNotes({ storeFile, at, userName, content, ...notes }: NotesRequest): Promise<ReadReply> {
  const [{ openSecondConnection }, { importNotesInto }] = await Promise.all([import('../open.js'), import('../service/import.js')]);
  const db = openSecondConnection(storeFile);
  try {
    // The window's thread answers any damage its store's check finds; this connection only writes the import.
    const store = { db, dataDir: '', file: storeFile, readonly: false, damage: () => undefined, checked: Promise.resolve(), close: () => db.close() };
    // The import's time is the caller's; a person the file adds gets a new id here.
    const context = { store, ids: { newId: () => randomUUID(), now: () => new Date(at) }, version: '', userName };
    return { outcome: 'imported', report: importNotesInto(context, { ...notes, content: new TextDecoder().decode(content) }) };
  } finally {
    db.close();
  }
}
