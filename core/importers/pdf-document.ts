/**
 * Opening a PDF with pdf.js, offline and without a worker file: pdf.js is loaded on first use (its
 * legacy build, the one meant for Node) and runs its worker's code on the calling thread (its "fake
 * worker"). Nothing is fetched: no worker script, no CMaps, no standard fonts, no decoders, no system
 * fonts; reading text needs none of them. The document is destroyed whatever happens, and pdf.js's
 * failures become sentences for the reader.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CarrelError } from '../errors.js';
import type { ImportFile } from './model.js';

/** pdf.js's options for reading text and nothing else (the bench's baseline reads with them too). */
export const TEXT_ONLY = {
  // No URL is given for CMaps, standard fonts or wasm decoders, so none is ever fetched; a font that
  // would need one is read from the file's own widths and ToUnicode map.
  useSystemFonts: false,
  disableFontFace: true,
  isEvalSupported: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  // Read what can be read of a file with a broken object, as a viewer does.
  stopAtErrors: false,
  // Errors only: a font pdf.js substitutes is no news to the reader.
  verbosity: 0,
};

/** pdf.js's names for a file it cannot parse (its exceptions cross from its worker by name, not class). */
const DAMAGED = new Set(['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'MissingPDFException', 'ResponseException']);

/**
 * Runs `read` on the opened PDF and destroys the document afterwards, also when `read` throws. A
 * password-protected or damaged file is a `bad-request` CarrelError saying so.
 */
export async function withPdfDocument<T>(file: ImportFile, read: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const { getDocument } = await pdfJs();
  // pdf.js takes the buffer it is given over (it transfers it to its worker), and the store still needs
  // the file's bytes; a copy is also a plain Uint8Array, which pdf.js wants rather than a Node Buffer.
  const task = getDocument({ data: new Uint8Array(file.bytes), ...TEXT_ONLY });
  try {
    return await read(await task.promise);
  } catch (error) {
    throw pdfRefusal(error, file.fileName) ?? error;
  } finally {
    await task.destroy();
  }
}

/**
 * pdf.js, with its worker's code loaded beside it. Loading the worker module registers it on
 * `globalThis.pdfjsWorker`, where pdf.js looks first: so it runs on this thread wherever it is called
 * (Node, a worker thread, an Electron utility process, which pdf.js does not take for Node and would
 * otherwise ask for a worker script by URL).
 */
async function pdfJs(): Promise<typeof PdfJs> {
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  return pdfjs;
}

/** The sentence for a pdf.js failure a reader can meet (a password, a damaged file); undefined for others. */
export function pdfRefusal(error: unknown, fileName: string): CarrelError | undefined {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'PasswordException') {
    return new CarrelError('bad-request', `${fileName} is protected by a password, which Carrel does not open: save a copy without the password and import that.`);
  }
  if (typeof name === 'string' && DAMAGED.has(name)) {
    return new CarrelError('bad-request', `${fileName} is damaged or is not a PDF, so Carrel could not read it: export it again from the program that made it.`);
  }
  return undefined;
}

/** The sentence for a PDF whose pages are only pictures of text. */
export function scanRefusal(fileName: string): CarrelError {
  return new CarrelError('bad-request', `${fileName} has no text layer (its pages look like scanned images), and reading scans by OCR will come in a later version of Carrel.`);
}
