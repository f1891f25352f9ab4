import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ParsedWitness } from '../document/model.js';
import { isCarrelError } from '../errors.js';
import { docxImporter } from './docx.js';
import type { ReadDocument } from './model.js';
import { chooseImporter } from './registry.js';

const COMMENT_DATE = '2024-03-01T09:30:00.000Z';

/** The telegram as a Word document: headings, a footnote, a comment on one word, lists and a table. */
function telegram(): Document {
  return new Document({
    title: 'Ciphered Telegram No. 8600',
    creator: 'Andrei Vyshinsky',
    description: 'Stalin’s answer, relayed to Mao.',
    comments: {
      children: [{ id: 0, author: 'Kathryn Weathersby', initials: 'KW', date: new Date(COMMENT_DATE), children: [new Paragraph('Filippov is Stalin’s code-name.')] }],
    },
    footnotes: { 1: { children: [new Paragraph('Received in Beijing the same day.')] } },
    numbering: { config: [{ reference: 'copies', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ciphered Telegram No. 8600', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Tenth Department', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('In a conversation with the Korean comrades '),
              new CommentRangeStart(0),
              new TextRun({ text: 'Filippov', italics: true }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(' and his friends agreed.'),
              new FootnoteReferenceRun(1),
              new TextRun({ text: ' Telegraph the fulfillment.', bold: true }),
            ],
          }),
          new Paragraph({ text: 'Comr. Stalin', numbering: { reference: 'copies', level: 0 } }),
          new Paragraph({ text: 'Comr. Molotov', numbering: { reference: 'copies', level: 0 } }),
          new Paragraph({ text: 'Keep one copy', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Issuing No.')] }), new TableCell({ children: [new Paragraph('8600')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Received')] }), new TableCell({ children: [new Paragraph('4:10 am')] })] }),
            ],
          }),
        ],
      },
    ],
  });
}

async function bytesOf(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The archive with its parts replaced (a string) or removed (null). */
async function withParts(bytes: Uint8Array, parts: Record<string, string | null>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(parts)) {
    if (content === null) zip.remove(name);
    else zip.file(name, content);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function partOf(bytes: Uint8Array, name: string): Promise<string> {
  const part = (await JSZip.loadAsync(bytes)).file(name);
  if (!part) throw new Error(`no ${name}`);
  return part.async('string');
}

async function readWord(bytes: Uint8Array, fileName = 'telegram.docx'): Promise<{ document: ReadDocument; witness: ParsedWitness }> {
  const document = await docxImporter.read({ fileName, bytes });
  expect(document.witnesses).toHaveLength(1);
  return { document, witness: document.witnesses[0] as ParsedWitness };
}

function blocks(witness: ParsedWitness, ...kinds: string[]): string[] {
  return witness.blocks.filter((block) => kinds.length === 0 || kinds.includes(block.kind)).map((block) => `${block.kind}:${witness.text.slice(block.start, block.end)}`);
}

function marked(witness: ParsedWitness, kind: string): string[] {
  return witness.marks.filter((mark) => mark.kind === kind).map((mark) => witness.text.slice(mark.start, mark.end));
}

async function failure(bytes: Uint8Array, fileName = 'telegram.docx'): Promise<string> {
  const error: unknown = await docxImporter.read({ fileName, bytes }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isCarrelError(error) || error.code !== 'bad-request') throw new Error(`expected a bad-request CarrelError, got ${String(error)}`);
  return error.message;
}

/** Sets the uncompressed size the central directory declares for `name`. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the central directory`);
}

describe('a Word document', () => {
  it('reads headings with their level, paragraphs, numbered and bulleted lists and table cells', async () => {
    const { witness } = await readWord(await bytesOf(telegram()));
    expect(blocks(witness, 'heading')).toEqual(['heading:Ciphered Telegram No. 8600', 'heading:Tenth Department']);
    expect(witness.blocks.filter((block) => block.kind === 'heading').map((block) => block.level)).toEqual([1, 2]);
    expect(blocks(witness, 'paragraph')).toEqual(['paragraph:In a conversation with the Korean comrades Filippov and his friends agreed.[1] Telegraph the fulfillment.']);
    const items = witness.blocks.filter((block) => block.kind === 'list-item');
    expect(items.map((item) => [witness.text.slice(item.start, item.end), item.ordered])).toEqual([
      ['Comr. Stalin', true],
      ['Comr. Molotov', true],
      ['Keep one copy', false],
    ]);
    const cells = witness.blocks.filter((block) => block.kind === 'table-cell');
    expect(cells.map((cell) => [witness.text.slice(cell.start, cell.end), cell.row, cell.column])).toEqual([
      ['Issuing No.', 0, 0],
      ['8600', 0, 1],
      ['Received', 1, 0],
      ['4:10 am', 1, 1],
    ]);
    expect(witness.source).toBe('docx');
  });

  it('marks italic and bold as emphasis, without the space before them', async () => {
    const { witness } = await readWord(await bytesOf(telegram()));
    expect(marked(witness, 'emphasis')).toEqual(['Filippov', 'Telegraph the fulfillment.']);
  });

  it('gives a footnote reference as a note-ref mark and the footnote, after the text, as a note labelled with its number', async () => {
    const { witness } = await readWord(await bytesOf(telegram()));
    expect(marked(witness, 'note-ref')).toEqual(['[1]']);
    expect(blocks(witness).at(-1)).toBe('note:Received in Beijing the same day.');
    expect(witness.blocks.at(-1)?.label).toBe('1');
    expect(witness.text).not.toContain('↑');
  });

  it('offers a comment as a note on the passage it covers, with its author and date, and keeps it out of the text', async () => {
    const { document, witness } = await readWord(await bytesOf(telegram()));
    expect(document.comments).toHaveLength(1);
    const [comment] = document.comments;
    expect(comment && witness.text.slice(comment.start, comment.end)).toBe('Filippov');
    expect(comment).toMatchObject({ witness: 0, text: 'Filippov is Stalin’s code-name.', author: 'Kathryn Weathersby', date: COMMENT_DATE });
    expect(witness.text).not.toContain('KW1');
    expect(witness.text).not.toContain('code-name');
  });

  it('places a comment Word recorded no range for on the paragraph of its reference', async () => {
    const bytes = await bytesOf(telegram());
    const documentXml = (await partOf(bytes, 'word/document.xml')).replace(/<w:commentRange(?:Start|End)\b[^>]*\/>/gu, '');
    const { document, witness } = await readWord(await withParts(bytes, { 'word/document.xml': documentXml }));
    const [comment] = document.comments;
    expect(comment && witness.text.slice(comment.start, comment.end)).toBe('In a conversation with the Korean comrades Filippov and his friends agreed.[1] Telegraph the fulfillment.');
  });

  it('reads its title, author, date of creation, language and description from docProps/core.xml', async () => {
    const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <dc:title>Шифртелеграмма № 8600</dc:title><dc:creator>Вышинский</dc:creator><dc:language>ru-RU</dc:language>
  <dc:description>Ответ Филиппова</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">1994-06-02T10:00:00Z</dcterms:created>
</cp:coreProperties>`;
    const { witness } = await readWord(await withParts(await bytesOf(telegram()), { 'docProps/core.xml': core }));
    expect(witness.meta).toEqual({ title: 'Шифртелеграмма № 8600', author: 'Вышинский', language: 'ru-RU', summary: 'Ответ Филиппова', date: '1994-06-02' });
  });

  it('takes its first heading as the title when its properties give none, and its file name when it has no heading', async () => {
    const bytes = await bytesOf(new Document({ sections: [{ children: [new Paragraph({ text: 'Record of a Conversation', heading: HeadingLevel.HEADING_1 }), new Paragraph('Text.')] }] }));
    const withoutCore = await withParts(bytes, { 'docProps/core.xml': null });
    expect((await readWord(withoutCore)).witness.meta.title).toBe('Record of a Conversation');
    const plain: ISectionOptions = { children: [new Paragraph('Only a paragraph.')] };
    const untitled = await withParts(await bytesOf(new Document({ sections: [plain] })), { 'docProps/core.xml': null });
    expect((await readWord(untitled, 'Notes from Moscow.docx')).witness.meta.title).toBe('Notes from Moscow');
  });
});

describe('recognising a Word document', () => {
  it('by its ZIP signature and its word/document.xml, whatever its name', async () => {
    expect(chooseImporter({ fileName: 'telegram.bin', bytes: await bytesOf(telegram()) })).toBe(docxImporter);
    const otherZip = new JSZip().file('content.xml', '<office:document/>');
    expect(docxImporter.recognises({ fileName: 'a.docx', bytes: await otherZip.generateAsync({ type: 'uint8array' }) })).toBe(false);
    expect(docxImporter.recognises({ fileName: 'a.docx', bytes: new TextEncoder().encode('word/document.xml') })).toBe(false);
  });
});

describe('a file that is not a Word document Carrel can read', () => {
  it('is refused when it is not a ZIP archive', async () => {
    expect(await failure(new TextEncoder().encode('Dear Comrade, this is plain text.'), 'letter.docx')).toBe(
      'letter.docx is not a Word (.docx) document: a .docx file is a ZIP archive and this one is not, so open it in Word and save it again as .docx.',
    );
  });

  it('is refused when it is a ZIP archive without word/document.xml', async () => {
    const zip = await new JSZip().file('mimetype', 'application/vnd.oasis.opendocument.text').file('content.xml', '<x/>').generateAsync({ type: 'uint8array' });
    expect(await failure(zip, 'notes.docx')).toBe('notes.docx is a ZIP archive but not a Word document, as it has no word/document.xml: save it from its program as a Word .docx file.');
  });

  it('is refused when the ZIP archive is damaged', async () => {
    const bytes = await bytesOf(telegram());
    expect(await failure(bytes.subarray(0, bytes.length - 30))).toBe('telegram.docx is a damaged ZIP archive: open it in Word, which can often repair it, and save it again as .docx.');
  });

  it('is refused, unopened, when a part is compressed like a zip bomb', async () => {
    const bomb = await new JSZip()
      .file('[Content_Types].xml', '<Types/>')
      .file('word/document.xml', '0'.repeat(4 * 1024 * 1024))
      .generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(40 * 1024);
    expect(await failure(bomb, 'bomb.docx')).toMatch(/^bomb\.docx is compressed \d+ times over, far more than a Word document ever is, so it was not opened \(it may be a zip bomb\)\.$/u);
  });

  it('is refused, unopened, when its directory declares more than 200 MB', async () => {
    const bytes = declareSize(await bytesOf(telegram()), 'word/document.xml', 300 * 1024 * 1024);
    expect(await failure(bytes)).toBe('telegram.docx would unpack to 300 MB, more than the 200 MB Carrel reads from a Word document, so it was not opened (it may be a zip bomb).');
  });

  it('is refused when a part holds more than the directory declares', async () => {
    const bytes = declareSize(await bytesOf(telegram()), 'word/document.xml', 10);
    expect(await failure(bytes)).toBe('telegram.docx holds more than its archive declares, as a zip bomb does, so it was not opened.');
  });

  it('is refused as password-protected when it is an encrypted OLE file', async () => {
    const stream = Array.from('EncryptedPackage', (character) => [character.charCodeAt(0), 0]).flat();
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0), ...stream]);
    expect(await failure(ole, 'secret.docx')).toBe('secret.docx is password-protected: remove the password in Word (File, Info, Protect Document), save it, and import it again.');
    const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    expect(await failure(legacy, 'old.docx')).toBe('old.docx is in Word’s older .doc format or is password-protected: open it in Word and save it as a .docx without a password.');
  });

  it('is refused when it holds no text', async () => {
    const empty = await bytesOf(new Document({ sections: [{ children: [new Paragraph('')] }] }));
    expect(await failure(empty, 'blank.docx')).toBe('blank.docx has no text to read: it may hold only images, which Carrel does not read.');
  });
});
