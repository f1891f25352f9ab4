/**
 * What an import of notes will write, worked out without writing: the file read and each record's
 * document and passage found. The slow part of an import (a 50 MB file, thousands of passages anchored),
 * so it runs on the import worker over a read-only connection (db/import-worker), never holding the
 * writer or the thread that answers the reader; the plan comes back as plain data, and the transaction
 * that writes it first checks that the texts it was planned on are still those of the library.
 */
import { createHash } from 'node:crypto';
import type { UnplacedNotes } from '../../core/api.js';
import type { AnnotationTarget } from '../../core/annotation/model.js';
import { CarrelError } from '../../core/errors.js';
import { readNotesFile } from '../../core/import/notes-file.js';
import type { ImportedAnnotation, SkippedEntry } from '../../core/import/records.js';
import { documentById } from '../repositories/documents.js';
import type { Db } from '../repositories/prepared.js';
import { importDocument, libraryDestinations, placePassage, readsOrphaned, type ImportDocument, type ImportWitness } from './import-places.js';

/** Most annotations one import takes: ten times a busy seminar's notes on a document, and a few seconds' work. */
export const MAX_IMPORTED_ANNOTATIONS = 100_000;

/** A record with its document found, and its passage (none for a note on the whole document), as plain data. */
export interface NotePlan {
  record: ImportedAnnotation;
  documentId: string;
  passage?: { target: AnnotationTarget; witnessId: string; orphaned: boolean };
}

/** What an import will write, as plain data that crosses from the worker: the notes placed, and what will not come in. */
export interface NotesPlan {
  format: string;
  notes: NotePlan[];
  skipped: SkippedEntry[];
  unplaced: UnplacedNotes[];
  /** Each document the notes go to, with a digest of its transcriptions as they were planned on. */
  documents: { id: string; digest: string }[];
}

/** A passage planned, with the witness it is on. */
export interface PlannedPassage {
  target: AnnotationTarget;
  witness: ImportWitness;
  orphaned: boolean;
}

/** A note planned, with its document and witness as the transaction reads them. */
export interface PlannedNote {
  record: ImportedAnnotation;
  document: ImportDocument;
  passage?: PlannedPassage;
}

/**
 * Reads the notes file and plans where each record goes in the library as `db` has it. Throws
 * CarrelError('bad-request') for a file that cannot be read as annotations at all, or holds too many.
 */
export function planNotes(db: Db, content: string, fallback: string | undefined): NotesPlan {
  const file = readNotesFile(content);
  if (file.records.length > MAX_IMPORTED_ANNOTATIONS) {
    throw new CarrelError(
      'bad-request',
      `This file holds ${file.records.length.toLocaleString('en')} annotations; Carrel imports at most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString('en')} at a time. Split it and import the parts. Nothing was imported.`,
    );
  }
  const destinationOf = libraryDestinations(db, fallback);
  const plan: NotesPlan = { format: file.format, notes: [], skipped: [...file.skipped], unplaced: [], documents: [] };
  const documents = new Map<string, ImportDocument>();
  const unplaced = new Map<string, UnplacedNotes>();
  for (const record of file.records) {
    const destination = destinationOf(record);
    if (!destination) {
      const key = record.source ?? '';
      const group = unplaced.get(key) ?? { ...(record.source !== undefined && { source: record.source }), ...(record.documentTitle !== undefined && { title: record.documentTitle }), count: 0 };
      group.count += 1;
      unplaced.set(key, group);
      continue;
    }
    const { document } = destination;
    if (!record.quote && !record.position && !record.range) {
      documents.set(document.id, document);
      plan.notes.push({ record, documentId: document.id });
      continue;
    }
    const placed = placePassage(destination, record);
    if ('skip' in placed) {
      plan.skipped.push({ what: record.label, reason: placed.skip });
      continue;
    }
    documents.set(document.id, document);
    plan.notes.push({ record, documentId: document.id, passage: { target: placed.target, witnessId: placed.witness.witnessId, orphaned: readsOrphaned(placed.witness, placed.target) } });
  }
  plan.unplaced = [...unplaced.values()];
  plan.skipped.push(...plan.unplaced.map(unplacedEntry));
  plan.documents = [...documents.values()].map((document) => ({ id: document.id, digest: digestOf(document) }));
  return plan;
}

/**
 * The plan's notes with their documents read from `db` (inside the transaction that writes them), or
 * undefined when a document's transcriptions are no longer those the plan was made on: it must be made again.
 */
export function plannedNotes(db: Db, plan: NotesPlan): PlannedNote[] | undefined {
  const documents = new Map<string, ImportDocument>();
  for (const { id, digest } of plan.documents) {
    // A document deleted since the plan answers as one changed: planned again, its notes are listed as unplaced.
    if (!documentById(db, id)) return undefined;
    const document = importDocument(db, id);
    if (digestOf(document) !== digest) return undefined;
    documents.set(id, document);
  }
  const notes: PlannedNote[] = [];
  for (const { record, documentId, passage } of plan.notes) {
    const document = documents.get(documentId);
    if (!document) return undefined;
    const witness = passage && document.witnesses.find((candidate) => candidate.witnessId === passage.witnessId);
    if (passage && !witness) return undefined;
    notes.push({ record, document, ...(passage && witness && { passage: { target: passage.target, witness, orphaned: passage.orphaned } }) });
  }
  return notes;
}

/** What a document's transcriptions are, in a few bytes: their ids and texts, in order. */
function digestOf(document: ImportDocument): string {
  const hash = createHash('sha256');
  for (const { witnessId, text } of document.witnesses) hash.update(`${witnessId}\n${text.length}\n`).update(text);
  return hash.digest('hex');
}

/** One entry for all the annotations on a document that is not in the library. */
function unplacedEntry({ source, title, count }: UnplacedNotes): SkippedEntry {
  const annotations = `${count.toLocaleString('en')} ${count === 1 ? 'annotation' : 'annotations'}`;
  if (source === undefined) return { what: `${annotations} that name no document`, reason: 'The file does not say which document they are on; choose one to put them on.' };
  return { what: `${annotations} on ${title ? `“${title}” (${source})` : source}`, reason: 'No document in the library has this address; choose one to put them on.' };
}
