/**
 * pdf.js's worker module, which ships without types: importing it registers its message handler on
 * `globalThis.pdfjsWorker`, where pdf.js finds it and runs it on the calling thread (pdf-document.ts).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's side of pdf.js's messages; Carrel never calls it itself. */
  export const WorkerMessageHandler: unknown;
}
