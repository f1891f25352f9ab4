/**
 * PDFs made for tests, the bench and e2e stories (never shipped): text set line by line where a test
 * says, a long generated book, text in any script through a font's ToUnicode map, a page of drawing
 * only (a scan's stand-in), and a file locked by a password.
 */
import { PDFDocument, PDFHexString, PDFName, StandardFonts, type PDFFont } from 'pdf-lib';

/** A line of text placed on a page, in PDF points from the bottom left. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
  bold?: boolean;
}

/** What a made PDF says about itself. */
export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  language?: string;
  /** /PageLabels ranges: from page `from` (0-based), numbered in `style` ('D' 1 2 3, 'r' i ii, 'R', 'a', 'A'). */
  pageLabels?: { from: number; style: 'D' | 'r' | 'R' | 'a' | 'A'; start?: number; prefix?: string }[];
}

/** A4, in points. */
const PAGE: [number, number] = [595, 842];

/** A PDF whose pages hold `pages[n]`'s lines in Times (WinAnsi text only: no ligatures, no Hebrew). */
export async function linesPdf(pages: readonly (readonly PdfLine[])[], info: PdfInfo = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  for (const lines of pages) {
    const page = doc.addPage(PAGE);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: line.size ?? 12, font: line.bold ? bold : regular });
  }
  describe(doc, info);
  return doc.save();
}

/**
 * An N-page book of generated prose, for the bench and e2e (600 pages for the long case): a title, then
 * on every page paragraphs with a first-line indent, set 11 on 14 in Times, and the page's number at the
 * bottom. The same `pageCount` always gives the same text.
 */
export async function bookPdf(pageCount: number, info: PdfInfo = { title: 'A Generated Book', author: 'Carrel Bench' }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const words = wordStream();
  const measure = PAGE[0] - 2 * 72;
  for (let number = 1; number <= pageCount; number += 1) {
    const page = doc.addPage(PAGE);
    let y = PAGE[1] - 72;
    if (number === 1) {
      page.drawText(info.title ?? 'A Generated Book', { x: 72, y, size: 20, font: bold });
      y -= 40;
    }
    while (y > 100) {
      const lines = paragraph(words, font, 11, measure, 5 + (number % 4));
      for (const [index, line] of lines.entries()) {
        if (y <= 100) break;
        page.drawText(line, { x: index === 0 ? 90 : 72, y, size: 11, font });
        y -= 14;
      }
      y -= 6;
    }
    page.drawText(String(number), { x: PAGE[0] / 2 - 5, y: 50, size: 10, font });
  }
  describe(doc, info);
  return doc.save();
}

/**
 * A one-page PDF of lines in any script: each character is a code of a font whose ToUnicode map says
 * which character it is, so pdf.js reads Hebrew or a ligature (ﬁ) as a real PDF gives them. A line
 * with `visual` is written as it is printed, in visual order (right-to-left text reversed), as PDF
 * producers lay out Hebrew and Arabic.
 */
export async function unicodePdf(lines: readonly (PdfLine & { visual?: boolean })[], info: PdfInfo = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(PAGE);
  const characters = [...new Set(lines.flatMap((line) => [...line.text]))];
  // Codes from 0x21: pdf.js reads codes below the space as control characters and shows nothing.
  const code = (character: string): string => hex(0x21 + characters.indexOf(character), 2);
  if (characters.length > 0xff - 0x21) throw new Error('unicodePdf: too many different characters for a one-byte font');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    `${characters.length} beginbfchar`,
    ...characters.map((character) => `<${code(character)}> <${[...utf16(character)].map((unit) => hex(unit, 4)).join('')}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = doc.context.register(doc.context.stream(cmap));
  const font = doc.context.register(
    doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', FirstChar: 0x21, LastChar: 0x20 + characters.length, Widths: characters.map(() => 500), ToUnicode: toUnicode }),
  );
  page.node.setFontDictionary(PDFName.of('FU'), font);
  const shown = lines.map((line) => {
    const glyphs = line.visual ? [...line.text].reverse() : [...line.text];
    return `BT /FU ${line.size ?? 12} Tf ${line.x} ${line.y} Td <${glyphs.map(code).join('')}> Tj ET`;
  });
  page.node.addContentStream(doc.context.register(doc.context.stream(shown.join('\n'))));
  describe(doc, info);
  return doc.save();
}

/** A PDF whose pages hold only a drawn rectangle each: no text, as a scan without OCR. */
export async function drawingPdf(pageCount = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let number = 0; number < pageCount; number += 1) doc.addPage(PAGE).drawRectangle({ x: 72, y: 72, width: 451, height: 698 });
  return doc.save();
}

/** A PDF that asks for a password: its trailer names the standard security handler with keys no empty password opens. */
export async function passwordPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  doc.addPage(PAGE).drawText('A secret that needs a password to be read.', { x: 72, y: 700, size: 12, font });
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('AB'.repeat(32)), U: PDFHexString.of('CD'.repeat(32)), P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  const id = PDFHexString.of('0123456789ABCDEF0123456789ABCDEF');
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  // Plain objects, no object streams: the file stays as simple as the old encrypted PDFs it stands for.
  return doc.save({ useObjectStreams: false });
}

function describe(doc: PDFDocument, info: PdfInfo): void {
  if (info.title !== undefined) doc.setTitle(info.title);
  if (info.author !== undefined) doc.setAuthor(info.author);
  if (info.subject !== undefined) doc.setSubject(info.subject);
  if (info.language !== undefined) doc.setLanguage(info.language);
  if (info.pageLabels) {
    const nums = info.pageLabels.flatMap(({ from, style, start, prefix }) => [
      from,
      { S: style, ...(start !== undefined && { St: start }), ...(prefix !== undefined && { P: PDFHexString.fromText(prefix) }) },
    ]);
    doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
  }
}

/** A paragraph of `sentences` sentences from `words`, broken into lines no wider than `measure`. */
function paragraph(words: Iterator<string>, font: PDFFont, size: number, measure: number, sentences: number): string[] {
  const text: string[] = [];
  for (let sentence = 0; sentence < sentences; sentence += 1) {
    const length = 8 + ((sentence * 7) % 11);
    const sentenceWords = Array.from({ length }, () => words.next().value as string);
    const [first = '', ...rest] = sentenceWords;
    text.push(first.charAt(0).toUpperCase() + first.slice(1), ...rest.slice(0, -1), `${rest.at(-1) ?? ''}.`);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > measure) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** An endless, repeatable stream of words from an archivist's vocabulary. */
function* wordStream(): Generator<string, never> {
  const vocabulary = (
    'the archive record telegram minister answer comrade copy file folder letter draft report meeting ' +
    'delegation treaty question of and to in on for with from by as was were had been would should ' +
    'government committee secretary embassy cable reply proposal agreement negotiation council document'
  ).split(' ');
  // A linear congruential sequence: varied enough to look like prose, the same on every run.
  let state = 1950;
  for (;;) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    yield vocabulary[(state >>> 16) % vocabulary.length] ?? 'the';
  }
}

function* utf16(character: string): Generator<number> {
  for (let index = 0; index < character.length; index += 1) yield character.charCodeAt(index);
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}
