/** The witnesses table: each transcription of a document, its original bytes and what was parsed from them. */
import { z } from 'zod';
import { Block, DocumentMeta, Mark, WitnessSource } from '../../core/document/model.js';
import { preparedPerDb, type Db } from './prepared.js';

/** A witness without its text: enough to list, order and merge. */
export interface WitnessHeader {
  id: string;
  documentId: string;
  position: number;
  fileName: string;
  source: WitnessSource;
  label: string;
  sha256: string;
  /** Which of the file's transcriptions this is (a TEI apparatus gives several), from 0. */
  part: number;
  /** The encoding a text was read in, for formats that are text. */
  encoding: string | undefined;
  meta: DocumentMeta;
  createdAt: string;
}

/** A witness with its reading text, blocks and marks. */
export interface WitnessRecord extends WitnessHeader {
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** A witness to insert: the record and the file's bytes, stored as they are. */
export interface NewWitness extends Omit<WitnessRecord, 'part' | 'encoding'> {
  original: Uint8Array;
  /** 0 unless the file gives several transcriptions. */
  part?: number;
  encoding?: string | undefined;
}

interface HeaderRow {
  id: string;
  document_id: string;
  position: number;
  file_name: string;
  source: string;
  label: string;
  sha256: string;
  part: number;
  encoding: string | null;
  meta_json: string;
  created_at: string;
}

interface WitnessRow extends HeaderRow {
  reading_text: string;
  blocks_json: string;
  marks_json: string;
}

interface InsertRow extends WitnessRow {
  original: Buffer;
}

const headerColumns = 'id, document_id, position, file_name, source, label, sha256, part, encoding, meta_json, created_at';

const statements = preparedPerDb((db) => ({
  ofDocument: db.prepare<[string], HeaderRow>(`SELECT ${headerColumns} FROM witnesses WHERE document_id = ? ORDER BY position`),
  listed: db.prepare<[], ListedRow>(`SELECT ${listedColumns} FROM witnesses INDEXED BY witnesses_headers ORDER BY document_id, position`),
  listedOf: db.prepare<[string], ListedRow>(`SELECT ${listedColumns} FROM witnesses INDEXED BY witnesses_headers WHERE document_id = ? ORDER BY position`),
  byId: db.prepare<[string], WitnessRow>(
    `SELECT ${headerColumns}, reading_text, blocks_json, marks_json FROM witnesses WHERE id = ?`,
  ),
  bySha256: db.prepare<[{ sha256: string }], HeaderRow>(
    `SELECT ${headerColumns} FROM witnesses
     WHERE sha256 = @sha256 AND document_id = (SELECT document_id FROM witnesses WHERE sha256 = @sha256 ORDER BY created_at, rowid LIMIT 1)
     ORDER BY part`,
  ),
  readingText: db.prepare<[string], { documentId: string; text: string }>(
    'SELECT document_id AS documentId, reading_text AS text FROM witnesses WHERE id = ?',
  ),
  documentOf: db.prepare<[string], string>('SELECT document_id FROM witnesses WHERE id = ?').pluck(),
  original: db.prepare<[string], Buffer>('SELECT original FROM witnesses WHERE id = ?').pluck(),
  nextPosition: db.prepare<[string], number>('SELECT coalesce(max(position) + 1, 0) FROM witnesses WHERE document_id = ?').pluck(),
  insert: db.prepare<[InsertRow]>(
    `INSERT INTO witnesses (id, document_id, position, file_name, source, label, original, sha256, part, encoding,
                            reading_text, blocks_json, marks_json, meta_json, created_at)
     VALUES (@id, @document_id, @position, @file_name, @source, @label, @original, @sha256, @part, @encoding,
             @reading_text, @blocks_json, @marks_json, @meta_json, @created_at)`,
  ),
  containing: db.prepare<[string], string>('SELECT witness_id FROM witness_text WHERE witness_text MATCH ? ORDER BY rank').pluck(),
  reread: db.prepare<[Pick<WitnessRow, 'id' | 'reading_text' | 'blocks_json' | 'marks_json' | 'meta_json' | 'encoding'>]>(
    `UPDATE witnesses SET reading_text = @reading_text, blocks_json = @blocks_json, marks_json = @marks_json, meta_json = @meta_json,
       encoding = @encoding WHERE id = @id`,
  ),
}));

/** The witnesses of a document, in position order (the archive record first when it was imported first). */
export function witnessesOfDocument(db: Db, documentId: string): WitnessHeader[] {
  return statements(db).ofDocument.all(documentId).map(toHeader);
}

/** The metadata the library shows of a document: the rest waits until it is opened. */
export const LISTED_FIELDS = ['title', 'date', 'dateText', 'author', 'sender'] as const;

// Read from the index witnesses_headers alone (migration 011), never from the rows behind the originals.
const listedColumns = `document_id, id, label, source, file_name, encoding, ${LISTED_FIELDS.map((field) => `json_extract(meta_json, '$.${field}') AS ${field}`).join(', ')}`;

/** A witness as the library lists it: no bytes, no text, only the metadata it shows. */
export type ListedWitness = Pick<WitnessHeader, 'id' | 'label' | 'source' | 'fileName' | 'encoding' | 'meta'>;

type ListedRow = Pick<HeaderRow, 'document_id' | 'id' | 'label' | 'source' | 'file_name' | 'encoding'> & Record<(typeof LISTED_FIELDS)[number], unknown>;

const SOURCES: ReadonlySet<string> = new Set(WitnessSource.options);
const isSource = (source: string): source is WitnessSource => SOURCES.has(source);

/**
 * A listed row's metadata and source, checked as the schemas would (the fields are text, the source is
 * known) without two zod parses a row, which the library's listing of 100,000 witnesses need not pay.
 */
function listedParts(row: ListedRow): { meta: ListedWitness['meta']; source: WitnessSource } {
  const meta: Partial<Record<(typeof LISTED_FIELDS)[number], string>> = {};
  for (const field of LISTED_FIELDS) {
    const value = row[field];
    if (typeof value === 'string') meta[field] = value;
    else if (value !== null) throw new Error(`Witness ${row.id} has a ${field} that is not text`);
  }
  const { source } = row;
  if (!isSource(source)) throw new Error(`Witness ${row.id} has an unknown source "${source}"`);
  return { meta, source };
}

/** Every document's witnesses, in position order, by document id: the library's listing in one read of one index. */
export function listedWitnessesByDocument(db: Db): Map<string, ListedWitness[]> {
  const byDocument = new Map<string, ListedWitness[]>();
  for (const row of statements(db).listed.all()) {
    const witness = toListed(row);
    const witnesses = byDocument.get(row.document_id);
    if (witnesses) witnesses.push(witness);
    else byDocument.set(row.document_id, [witness]);
  }
  return byDocument;
}

/** One document's witnesses as the library lists them, in position order. */
export function listedWitnessesOf(db: Db, documentId: string): ListedWitness[] {
  return statements(db).listedOf.all(documentId).map(toListed);
}

function toListed(row: ListedRow): ListedWitness {
  const { meta, source } = listedParts(row);
  return { id: row.id, label: row.label, source, fileName: row.file_name, encoding: row.encoding ?? undefined, meta };
}

/** The witness with this id, with its text, or undefined. */
export function witnessById(db: Db, id: string): WitnessRecord | undefined {
  const row = statements(db).byId.get(id);
  if (row === undefined) return undefined;
  return {
    ...toHeader(row),
    text: row.reading_text,
    blocks: z.array(Block).parse(JSON.parse(row.blocks_json)),
    marks: z.array(Mark).parse(JSON.parse(row.marks_json)),
  };
}

/** A witness's current reading text and its document, without parsing its blocks: what anchoring needs. */
export function readingTextOf(db: Db, id: string): { documentId: string; text: string } | undefined {
  return statements(db).readingText.get(id);
}

/** The document a witness belongs to, or undefined for an unknown witness: without reading its text. */
export function documentOfWitness(db: Db, id: string): string | undefined {
  return statements(db).documentOf.get(id);
}

/** The witnesses read from the original with this SHA-256 (lowercase hex), in the first document that holds it, in their order in the file; none when it is new. */
export function witnessesWithSha256(db: Db, sha256: string): WitnessHeader[] {
  return statements(db).bySha256.all({ sha256 }).map(toHeader);
}

/** The bytes a witness was imported from, exactly, or undefined for an unknown id. */
export function originalOfWitness(db: Db, id: string): Uint8Array | undefined {
  return statements(db).original.get(id);
}

/** The position a new witness of this document takes: after the last one. */
export function nextWitnessPosition(db: Db, documentId: string): number {
  return statements(db).nextPosition.get(documentId) ?? 0;
}

/** Adds a witness; the schema refuses the same bytes twice in one document and an unknown document. */
export function insertWitness(db: Db, witness: NewWitness): void {
  const { original } = witness;
  statements(db).insert.run({
    id: witness.id,
    document_id: witness.documentId,
    position: witness.position,
    file_name: witness.fileName,
    source: witness.source,
    label: witness.label,
    // better-sqlite3 binds Buffers as BLOBs; this view shares the caller's memory, no copy.
    original: Buffer.from(original.buffer, original.byteOffset, original.byteLength),
    sha256: witness.sha256,
    part: witness.part ?? 0,
    encoding: witness.encoding ?? null,
    reading_text: witness.text,
    blocks_json: JSON.stringify(witness.blocks),
    marks_json: JSON.stringify(witness.marks),
    meta_json: JSON.stringify(witness.meta),
    created_at: witness.createdAt,
  });
}

/** What reading a witness's original again gives: its text, layout, marks, metadata and the encoding read in. */
export type WitnessReading = Pick<WitnessRecord, 'text' | 'blocks' | 'marks' | 'meta' | 'encoding'>;

/** Replaces what was read from a witness's original (never the original itself); false for an unknown id. */
export function updateWitnessReading(db: Db, id: string, reading: WitnessReading): boolean {
  const result = statements(db).reread.run({
    id,
    reading_text: reading.text,
    blocks_json: JSON.stringify(reading.blocks),
    marks_json: JSON.stringify(reading.marks),
    meta_json: JSON.stringify(reading.meta),
    encoding: reading.encoding ?? null,
  });
  return result.changes > 0;
}

/** Ids of the witnesses whose reading text contains `phrase` (as a phrase, not FTS syntax), best first. */
export function witnessIdsContaining(db: Db, phrase: string): string[] {
  return statements(db).containing.all(`"${phrase.replaceAll('"', '""')}"`);
}

function toHeader(row: HeaderRow): WitnessHeader {
  return {
    id: row.id,
    documentId: row.document_id,
    position: row.position,
    fileName: row.file_name,
    source: WitnessSource.parse(row.source),
    label: row.label,
    sha256: row.sha256,
    part: row.part,
    encoding: row.encoding ?? undefined,
    meta: DocumentMeta.parse(JSON.parse(row.meta_json)),
    createdAt: row.created_at,
  };
}
