/**
 * Importing a PDF (issue 14, "Measured"): a generated 14-page and 600-page book (bookPdf) imported
 * through the service's importDocument into a fresh store (on whatever thread the service reads files),
 * beside the limit an import cannot beat: pdf.js's own text extraction of the same file (getDocument,
 * then getPage and getTextContent for every page), with the legacy build, on this thread and with the
 * options that core/importers/pdf-document.ts gives it. Target: the import within 1.5x of that. Also
 * printed: the importer alone on this thread (reading the file, nothing stored), and the peak memory of
 * each in a fresh process (peak-memory.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEXT_ONLY } from '../core/importers/pdf-document.js';
import { readDocumentFile } from '../core/importers/registry.js';
import { bookPdf } from '../core/importers/testing/pdf/pdf-fixtures.js';
import { importIntoFreshStore, importTask, size, type ImportOutcome } from './import-runs.js';
import { peakLine, peakMemory } from './peak-memory.js';
import { ms } from './stats.js';
import { medians, ratios, runsList, timed, timedInTurns } from './turns.js';

/** The two books issue 14 names, and how many timed runs each gets (the long one takes seconds a run). */
const BOOKS = [
  { pages: 14, runs: 11, warmUps: 2 },
  { pages: 600, runs: 5, warmUps: 0 },
];

const TARGET_RATIO = 1.5;

/**
 * The baseline: pdf.js extracting the text of every page and nothing more (each page let go after, as
 * the importer does); answers the characters read. The worker module is loaded beside pdf.js so that
 * its code runs on this thread, as in the importer.
 */
export async function pdfJsText(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await pdfJs();
  const task = getDocument({ data: new Uint8Array(bytes), ...TEXT_ONLY });
  try {
    const pdf = await task.promise;
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) characters += item.str.length;
      page.cleanup();
    }
    return characters;
  } finally {
    await task.destroy();
  }
}

/** pdf.js and its worker's code, loaded as pdf-document.ts loads them. */
async function pdfJs() {
  const [pdfjs] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  return pdfjs;
}

/**
 * Memory task: import the PDF at the path into a fresh store, pdf.js loaded before as for the baseline:
 * the warm-up is a file that only starts like a PDF, which the importer opens pdf.js to refuse.
 */
export const importPdfTask = importTask('book.pdf', { fileName: 'warm-up.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot a PDF after all\n') });

/** Memory task: pdf.js's text extraction of the PDF at the path; pdf.js is loaded before, not measured. */
export async function pdfJsTextTask(inputPath: string): Promise<() => Promise<unknown>> {
  const bytes = readFileSync(inputPath);
  await pdfJs();
  return () => pdfJsText(bytes);
}

/** Generates the books, times them in turns, measures their memory; the lines `npm run bench -- import-pdf` prints. */
export async function importPdfReport(): Promise<string[]> {
  const lines = [
    'Import a PDF: importDocument into a fresh store, beside pdf.js extracting the same text (getDocument + getTextContent of every page, legacy build, same options);',
    '  medians of runs taken in turns; peak memory is the high-water mark of the resident set of a fresh process doing only that one run',
    '  (Node, the store, pdf.js and the import path already loaded: RSS before it shown), and that run\'s time in its fresh process',
  ];
  const folder = mkdtempSync(join(tmpdir(), 'carrel-bench-pdf-'));
  try {
    for (const { pages, runs, warmUps } of BOOKS) {
      const made = performance.now();
      const bytes = await bookPdf(pages);
      const madeMs = performance.now() - made;
      const path = join(folder, `book-${pages}.pdf`);
      writeFileSync(path, bytes);
      const content = Buffer.from(bytes).toString('base64');
      const file = { fileName: 'book.pdf', bytes: Buffer.from(bytes) };
      let outcome: ImportOutcome | undefined;
      let extracted = 0;
      const [importMs = [], baselineMs = [], readerMs = []] = await timedInTurns(runs, warmUps, [
        async () => {
          outcome = await importIntoFreshStore('book.pdf', content);
          return outcome;
        },
        () => timed(async () => (extracted = await pdfJsText(bytes))),
        () => timed(() => readDocumentFile(file)),
      ]);
      const importMemory = await peakMemory(import.meta.url, 'importPdfTask', path);
      const baselineMemory = await peakMemory(import.meta.url, 'pdfJsTextTask', path);
      lines.push(
        `  ${pages} pages (${size(bytes.length)}, made in ${ms(madeMs)}; ${(outcome?.characters ?? 0).toLocaleString('en')} characters, ${(outcome?.blocks ?? 0).toLocaleString('en')} blocks read; pdf.js gives ${extracted.toLocaleString('en')}), median of ${runs}:`,
        `    import ${medians(importMs)}  pdf.js text ${medians(baselineMs)}  ratio ${ratios(importMs, baselineMs)} (target <= ${TARGET_RATIO}x)`,
        `    runs: import ${runsList(importMs)}, pdf.js ${runsList(baselineMs)}`,
        `    the importer alone on this thread (reading the file, nothing stored): ${medians(readerMs)} ${runsList(readerMs)}`,
        `    peak memory (${importMemory.method}): import ${peakLine(importMemory)}, ${ms(importMemory.ms)} in it; pdf.js text ${peakLine(baselineMemory)}, ${ms(baselineMemory.ms)} in it`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return lines;
}
