/**
 * Reading a file for import on a worker thread (read-file.ts), so that a long read (a 600-page PDF, a
 * 10 MB text, a notes file of 10,000 annotations to place) never holds up the thread that answers every
 * other call: Electron's main process, or `carrel serve`. One worker at a time, doing one request at a
 * time: started on first use, kept while files come (a folder's import starts it once) and stopped after
 * idling. It runs under the limits of limits.ts; a worker that exceeds one is stopped and the import
 * refused with a sentence.
 */
import { Worker } from 'node:worker_threads';
import { CarrelError } from '../../core/errors.js';
import type { ImportFile, ReadDocument } from '../../core/importers/model.js';
import { IMPORT_LIMITS } from './limits.js';
import Database from 'better-sqlite3';
import type { ImportReport } from '../../core/api.js';
import type { NotesImport } from '../service/import.js';
import type { NotesRequest, NotesTarget, ReadReply, ReadRequest } from './read-file.js';

/** What the worker read: the document, the format's name ("PDF"), and the file's bytes (transferred back). */
export interface FileRead {
  format: string;
  document: ReadDocument;
  bytes: Uint8Array;
}

/**
 * Built, the worker is dist/db/import-worker/read-file.js, beside this file (inside app.asar too: Electron
 * loads a worker's modules from the archive). Under vitest this file is TypeScript and no read-file.js
 * exists beside it, so the worker starts from from-sources.ts, which teaches it to load the sources.
 */
const WORKER_SCRIPT = new URL(import.meta.url.endsWith('.ts') ? './from-sources.ts' : './read-file.js', import.meta.url);

/** The worker waiting for the next file, and the timer that stops it if none comes. */
let idle: { worker: Worker; stop: NodeJS.Timeout } | undefined;
/** The reads in turn: each starts when the one before it has finished, however it finished. */
let queue: Promise<unknown> = Promise.resolve();

/** What a caller may follow and stop of a read. */
export interface ReadControl {
  /** Told when the read starts (0 of 0) and after each part of the file (a PDF's page). */
  progress?: (done: number, total: number) => void;
  /** Aborted, the read stops (the worker is stopped mid-file) or never starts: a CarrelError('cancelled'). */
  signal?: AbortSignal;
}

/**
 * Reads `file` on the import worker with the importer its content calls for. Its `bytes` are handed to
 * the worker and come back in the answer: do not use them after the call. A file no importer can read,
 * or one that takes more memory or time than IMPORT_LIMITS allows, is a CarrelError with one sentence.
 */
export function readFileInWorker(file: ImportFile, control: ReadControl = {}): Promise<FileRead> {
  return inTurn(async () => {
    const bytes = ownBuffer(file.bytes);
    const reply = await runOnWorker({ ...file, kind: 'document', bytes }, [bytes.buffer], file.fileName, control);
    if (reply.outcome !== 'read') throw new Error(`The import worker answered ${reply.outcome} to a file to read.`);
    return { format: reply.format, document: reply.document, bytes: reply.bytes };
  });
}

/**
 * Imports notes on the import worker (db/service/import.ts), over a connection of its own to the store in
 * `target.storeFile`, and answers the report. A file that cannot be read as notes, or takes more memory or
 * time than IMPORT_LIMITS allows, is a CarrelError with one sentence; a failure of the store, SQLite's error.
 */
export function importNotesInWorker(notes: NotesImport, target: NotesTarget): Promise<ImportReport> {
  return inTurn(async () => {
    const content = await utf8Of(notes.content);
    const reply = await runOnWorker({ ...notes, ...target, kind: 'notes', content }, [content.buffer], 'The notes file', {});
    if (reply.outcome !== 'imported') throw new Error(`The import worker answered ${reply.outcome} to notes to import.`);
    return reply.report;
  });
}

/** Characters of a text encoded between two turns of the event loop: a few milliseconds' work. */
const PIECE = 256 * 1024;

/**
 * The text as UTF-8, in a buffer of its own that can be transferred, encoded a piece at a time with other
 * calls answered between pieces: a 17 MB text in one go held the thread a tenth of a second or more.
 */
async function utf8Of(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(Buffer.byteLength(text, 'utf8'));
  const encoder = new TextEncoder();
  let written = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE);
    // Never between the halves of a surrogate pair, which would each be encoded as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    written += encoder.encodeInto(text.slice(start, end), bytes.subarray(written)).written;
    start = end;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return bytes;
}

/** Runs `work` when every request before it has finished, however it finished. */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(work);
  queue = turn.catch(() => undefined);
  return turn;
}

/** The worker's answer to `request` (a file read or notes imported); its refusals and faults, and the limits' sentences, as rejections. */
function runOnWorker(request: ReadRequest | NotesRequest, transfer: ArrayBuffer[], fileName: string, { progress, signal }: ReadControl): Promise<Extract<ReadReply, { outcome: 'read' | 'imported' }>> {
  if (signal?.aborted) return Promise.reject(cancelled(fileName));
  const worker = takeWorker();
  progress?.(0, 0);
  return new Promise((resolve, reject) => {
    const tooSlow = setTimeout(() => {
      stopListening();
      void worker.terminate();
      reject(new CarrelError('bad-request', `${fileName} took longer than ${IMPORT_LIMITS.readSeconds} seconds to read, so Carrel stopped reading it.`));
    }, IMPORT_LIMITS.readSeconds * 1000);
    const onReply = (reply: ReadReply) => {
      if (reply.outcome === 'progress') {
        progress?.(reply.done, reply.total);
        return;
      }
      stopListening();
      keepIdle(worker);
      if (reply.outcome === 'read' || reply.outcome === 'imported') resolve(reply);
      else if (reply.outcome === 'refused') reject(new CarrelError(reply.code, reply.message));
      // SQLite's own error, so that the dispatcher says "disk full" as for any write.
      else if (reply.sqliteCode !== undefined) reject(Object.assign(new Database.SqliteError(reply.message, reply.sqliteCode), { stack: reply.stack }));
      else reject(Object.assign(new Error(`Reading ${fileName} failed on the import worker: ${reply.message}`), { stack: reply.stack }));
    };
    const onError = (error: Error) => {
      stopListening();
      void worker.terminate();
      reject(outOfMemory(error) ? new CarrelError('bad-request', `${fileName} could not be read: it needs more memory than Carrel gives one import.`) : error);
    };
    const onExit = (code: number) => {
      stopListening();
      reject(new Error(`The import worker stopped (exit code ${code}) while reading ${fileName}.`));
    };
    // The worker is stopped mid-file: what it had read is dropped with it, and nothing was stored.
    const onAbort = () => {
      stopListening();
      void worker.terminate();
      reject(cancelled(fileName));
    };
    function stopListening() {
      clearTimeout(tooSlow);
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onReply).off('error', onError).off('exit', onExit);
    }
    worker.on('message', onReply).on('error', onError).on('exit', onExit);
    signal?.addEventListener('abort', onAbort);
    try {
      worker.postMessage(request, transfer);
    } catch (error) {
      stopListening();
      keepIdle(worker);
      reject(error);
    }
  });
}

/**
 * Stops the idle worker, if there is one: the next read starts a new worker, under IMPORT_LIMITS as they
 * are then (a worker's heap limit is set when it starts). A read in progress is not affected.
 */
export async function stopIdleWorker(): Promise<void> {
  if (idle === undefined) return;
  const { worker, stop } = idle;
  idle = undefined;
  clearTimeout(stop);
  await worker.terminate();
}

/** The idle worker, or a new one. */
function takeWorker(): Worker {
  if (idle !== undefined) {
    const { worker, stop } = idle;
    idle = undefined;
    clearTimeout(stop);
    worker.ref();
    return worker;
  }
  const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.heapMb } });
  // During a request, runOnWorker's listener answers a failure; an idle worker's only means the next one starts
  // a new one, and must not become the process's uncaught exception.
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    if (idle?.worker !== worker) return;
    clearTimeout(idle.stop);
    idle = undefined;
  });
  return worker;
}

/** Keeps `worker` for the next file, without keeping the process alive for it, and stops it after idling. */
function keepIdle(worker: Worker): void {
  worker.unref();
  const stop = setTimeout(() => void worker.terminate(), IMPORT_LIMITS.idleSeconds * 1000);
  stop.unref();
  idle = { worker, stop };
}

/**
 * `bytes` as a view of a whole buffer of its own, which can be transferred: a Buffer decoded from base64
 * usually is one, but a small Buffer shares Node's pool with others and is copied (cheaply) instead.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength;
  return whole && buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(bytes);
}

/** The sentence for an import the reader cancelled, before or during its read. */
export function cancelled(fileName: string): CarrelError {
  return new CarrelError('cancelled', `The import of ${fileName} was cancelled; nothing of it was stored.`);
}

function outOfMemory(error: Error): boolean {
  return 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
