/**
 * A PDF with a text layer: the text of every page in reading order (pdf-runs.ts, pdf-lines.ts), gathered
 * into paragraphs, headings and list items (pdf-paragraphs.ts), each page opened by a `page` block
 * labelled as the file numbers it; its title, author, subject and language (pdf-meta.ts). A PDF of
 * scanned pages without text is refused until Carrel reads scans by OCR; so are a password-protected
 * and a damaged file (pdf-document.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdfDocument, scanRefusal } from './pdf-document.js';
import { readingLines } from './pdf-lines.js';
import { pdfMeta } from './pdf-meta.js';
import { pageBlocks, type PageBlock } from './pdf-paragraphs.js';
import { placeRuns } from './pdf-runs.js';
import { singleWitness, type Importer } from './model.js';
import { ReadingText } from './reading-text.js';

/** Fewer letters and digits than this per page, on average, and the file is scans: a scanner's stamp
 * ("Scanned with CamScanner") or a Bates number is shorter, a page of text is a thousand and more. */
const SCAN_LETTERS_PER_PAGE = 32;
/** `%PDF-` may follow some junk a mail program or a server put before it; readers look this far. */
const HEADER_WITHIN = 1024;
/** `%PDF-`, which the version's first digit must follow: a note merely naming "%PDF-files" is no PDF. */
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Reads a PDF's text layer page by page, one page in memory at a time; never half: a result or a refusal. */
export const pdfImporter: Importer = {
  source: 'pdf',
  name: 'PDF',
  extensions: ['pdf'],
  recognises: ({ bytes }) => startsPdf(bytes),
  read: (file, progress) =>
    withPdfDocument(file, async (pdf) => {
      const [labels, meta] = await Promise.all([pageLabels(pdf), pdf.getMetadata().then(pdfMeta)]);
      const text = new ReadingText();
      for (let number = 1; number <= pdf.numPages; number += 1) {
        text.page(labels[number - 1] ?? String(number));
        for (const block of await readPage(pdf, number)) writeBlock(text, block);
        progress?.(number, pdf.numPages);
      }
      const built = text.build();
      if (!hasTextLayer(built.text, pdf.numPages)) throw scanRefusal(file.fileName);
      return singleWitness({ ...built, meta, source: 'pdf' });
    }),
};

/** True when `%PDF-` and a digit begin within the file's first kilobyte. */
function startsPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, HEADER_WITHIN) - PDF_HEADER.length - 1;
  for (let at = 0; at <= end; at += 1) {
    const version = bytes[at + PDF_HEADER.length] ?? 0;
    if (PDF_HEADER.every((byte, index) => bytes[at + index] === byte) && version >= 0x30 && version <= 0x39) return true;
  }
  return false;
}

/** True when the text has letters enough for its pages; it stops counting once it has. */
function hasTextLayer(text: string, pages: number): boolean {
  const needed = Math.max(1, SCAN_LETTERS_PER_PAGE * pages);
  const letter = /[\p{L}\p{N}]/gu;
  let found = 0;
  while (found < needed && letter.exec(text)) found += 1;
  return found >= needed;
}

/** One page's blocks; the page's resources are let go before the next is read. */
async function readPage(pdf: PDFDocumentProxy, number: number): Promise<PageBlock[]> {
  const page = await pdf.getPage(number);
  try {
    const content = await page.getTextContent();
    const items = content.items.filter((item) => 'str' in item);
    const { runs, aside } = placeRuns(items, page.getViewport({ scale: 1 }).transform);
    return pageBlocks(readingLines(runs), aside);
  } finally {
    page.cleanup();
  }
}

function writeBlock(text: ReadingText, block: PageBlock): void {
  text.open(block.kind, block.level === undefined ? {} : { level: block.level });
  block.lines.forEach((line, index) => {
    if (index > 0) text.lineBreak();
    text.write(line);
  });
}

/**
 * Each page's label as the file numbers its pages (/PageLabels: "i", "ii", "1"…), else its place from 1.
 * A malformed /PageLabels tree falls back to the plain numbers rather than refusing a readable file.
 */
async function pageLabels(pdf: PDFDocumentProxy): Promise<string[]> {
  const labels = await pdf.getPageLabels().catch(() => null);
  return Array.from({ length: pdf.numPages }, (_, index) => labels?.[index]?.replace(/\s+/gu, ' ').trim().slice(0, 200) || String(index + 1));
}
