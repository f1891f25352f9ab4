/**
 * The document model shared by every layer: a document has witnesses (transcriptions); each witness
 * keeps its original bytes in the store and exposes a reading text with blocks and inline marks over it.
 * Offsets are UTF-16 code units into the reading text (what the DOM and JavaScript strings count).
 */
import { z } from 'zod';

/** How a stretch of the reading text is laid out. `record` is the archive's description around the
 * document (citation, summary); `furniture` is page chrome of a saved web page; neither is the text. */
export const BlockKind = z.enum([
  'heading',
  'field',
  'salutation',
  'paragraph',
  'signature',
  'list-item',
  'record',
  'furniture',
]);
export type BlockKind = z.infer<typeof BlockKind>;

/** A laid-out block: [start, end) in the reading text, without its trailing line break. */
export const Block = z.object({
  kind: BlockKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** For `field` and `record` blocks: the label the witness gives it ("Destination", "Summary"). */
  label: z.string().optional(),
});
export type Block = z.infer<typeof Block>;

/** Inline marks: editorial insertions (`[Stalin]`), transliterations (`[*pristupit ...*]`), emphasis
 * (`**...**`), and `markup`, the delimiter characters themselves, which the reader shows quietly. */
export const MarkKind = z.enum(['editorial', 'transliteration', 'emphasis', 'markup']);
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
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** What the parser derives from a witness file. */
export const ParsedWitness = z.object({
  text: z.string(),
  blocks: z.array(Block),
  marks: z.array(Mark),
  meta: DocumentMeta,
  /** Which kind of transcription this is, for the witness switcher's label. */
  source: z.enum(['archive-record', 'web-page', 'plain']),
});
export type ParsedWitness = z.infer<typeof ParsedWitness>;
