/**
 * The document model shared by every layer: a document has witnesses (transcriptions); each witness
 * keeps its original bytes in the store and exposes a reading text with blocks and inline marks over it.
 * Offsets are UTF-16 code units into the reading text (what the DOM and JavaScript strings count).
 */
import { z } from 'zod';

/** How a stretch of the reading text is laid out. `record` is the archive's description around the
 * document (citation, summary); `furniture` is page chrome of a saved web page; neither is the text.
 * `page` is an empty block where a page of the source begins (its number in `label`); `note` is a
 * footnote or editorial note, set apart from the text; `table-cell`s in a row form a table. */
export const BlockKind = z.enum([
  'heading',
  'field',
  'salutation',
  'paragraph',
  'signature',
  'list-item',
  'quote',
  'table-cell',
  'note',
  'page',
  'record',
  'furniture',
]);
export type BlockKind = z.infer<typeof BlockKind>;

/** A laid-out block: [start, end) in the reading text, without its trailing line break. */
export const Block = z.object({
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** For `field` and `record` blocks: the label the witness gives it ("Destination", "Summary"); for
   * `page`, the page's number as the source gives it ("3", "iv"); for `note`, its number or mark. */
  label: z.string().max(200).optional(),
  /** A heading's level, 1 (a title) to 6; a list item's or quote's depth of nesting, from 1. */
  level: z.number().int().min(1).max(6).optional(),
  /** A list item in a numbered list. */
  ordered: z.boolean().optional(),
  /** A table cell's row and column, from 0; a cell at row 0, column 0 starts a new table. */
  row: z.number().int().nonnegative().optional(),
  column: z.number().int().nonnegative().optional(),
});
export type Block = z.infer<typeof Block>;

/** Inline marks: editorial insertions (`[Stalin]`), transliterations (`[*pristupit ...*]`), emphasis
 * (`**...**`, italics, bold), and `markup`, the delimiter characters themselves, which the reader shows
 * quietly. An edition's marks (TEI): `supplied` by the editor, `unclear` in the source, `deleted` and
 * `added` by the writer; `note-ref` is the number in the text that points at a note. */
export const MarkKind = z.enum(['editorial', 'transliteration', 'emphasis', 'markup', 'supplied', 'unclear', 'deleted', 'added', 'note-ref']);
export type MarkKind = z.infer<typeof MarkKind>;

export const Mark = z.object({
  kind: MarkKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mark = z.infer<typeof Mark>;

/** Metadata parsed from one witness; every field is optional because witnesses differ in what they say. */
export const DocumentMeta = z.object({
  title: z.string().optional(),
  /** ISO date (YYYY-MM-DD) of the document. */
  date: z.string().optional(),
  /** The date as the witness writes it ("May 14, 1950"). */
  dateText: z.string().optional(),
  sender: z.string().optional(),
  recipient: z.string().optional(),
  classification: z.string().optional(),
  /** Holding archive, e.g. "Russian Presidential Archives". */
  archive: z.string().optional(),
  /** Record id in the publishing archive, e.g. "115976". */
  recordId: z.string().optional(),
  /** Publisher of the digital copy, e.g. "History and Public Policy Program Digital Archive". */
  collection: z.string().optional(),
  sourceUrl: z.string().optional(),
  /** The citation exactly as the witness gives it. */
  citation: z.string().optional(),
  summary: z.string().optional(),
  provenance: z.string().optional(),
  originalLanguage: z.string().optional(),
  /** Telegram number ("8600"), the identity shared by witnesses of the same telegram. */
  documentNumber: z.string().optional(),
  distribution: z.array(z.string()).optional(),
  /** The document's author or writer, as the source names them. */
  author: z.string().optional(),
  /** The language of the text, as a BCP 47 tag where the source gives one ("en", "ru"). */
  language: z.string().optional(),
  rights: z.string().optional(),
  /** Where the original is held, finer than `archive`: the repository, its collection, the item's id. */
  repository: z.string().optional(),
  archivalCollection: z.string().optional(),
  idno: z.string().optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/**
 * Which importer read a witness: the telegram's archive gives `archive-record` and `web-page`; the
 * others are the reader's own files. The store accepts any short lower-case name, so that adding a
 * format never changes it.
 */
export const WitnessSource = z.enum(['archive-record', 'web-page', 'plain', 'text', 'markdown', 'html', 'tei', 'docx', 'pdf']);
export type WitnessSource = z.infer<typeof WitnessSource>;

/** What the parser derives from a witness file. */
export const ParsedWitness = z.object({
  text: z.string(),
  blocks: z.array(Block),
  marks: z.array(Mark),
  meta: DocumentMeta,
  /** Which kind of transcription this is, for the witness switcher's label. */
  source: WitnessSource,
  /** The character encoding the bytes were read in ("UTF-8", "windows-1251"), for formats that are text. */
  encoding: z.string().optional(),
  /** A label of the source's own for this transcription (a TEI witness's siglum or name). */
  label: z.string().max(200).optional(),
});
export type ParsedWitness = z.infer<typeof ParsedWitness>;
