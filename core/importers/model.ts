/**
 * The contract every importer keeps: a file's name and bytes in, one document's transcriptions out, each
 * a reading text with its blocks, marks and metadata. Importers are pure (no disk, no network, no clock):
 * the store keeps the original bytes beside what they read, so a better importer can read them again.
 */
import type { ParsedWitness, WitnessSource } from '../document/model.js';

/** The largest file Carrel imports, in bytes: a 600-page PDF or a 10 MB text fits many times over. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** A file to read. */
export interface ImportFile {
  /** The name the file had (no folders): its extension is a hint, and its stem a title of last resort. */
  fileName: string;
  bytes: Uint8Array;
  /** The encoding the reader chose when the guess was wrong (for formats that are text), as a WHATWG label. */
  encoding?: string;
}

/** Where a file names a person: the transcription (an index into `witnesses`) and [start, end) in its text. */
export interface PassagePlace {
  witness: number;
  start: number;
  end: number;
}

/** A person the file itself identifies (a TEI `persName` with a `@ref`, a `listPerson` entry). */
export interface NamedPerson {
  name: string;
  /** An authority URI (Wikidata, VIAF, GND…) or the file's own id for them. */
  ref?: string;
  mentions: PassagePlace[];
}

/** A comment the file attaches to a passage (a Word comment): offered to the reader as a note on it. */
export interface PassageComment extends PassagePlace {
  text: string;
  author?: string;
  /** ISO 8601, as the file gives it. */
  date?: string;
}

/** What an importer reads from one file: one document, in one or more transcriptions. */
export interface ReadDocument {
  /** At least one; a TEI apparatus gives one per witness. */
  witnesses: ParsedWitness[];
  people: NamedPerson[];
  comments: PassageComment[];
}

/** One format Carrel reads, registered in registry.ts. */
export interface Importer {
  /** The format's name in the store and the contract. */
  source: WitnessSource;
  /** The format as a reader calls it ("PDF", "TEI XML"), for messages. */
  name: string;
  /** File name extensions that suggest it, lower case, without the dot. */
  extensions: readonly string[];
  /** True when the bytes plainly are this format (magic bytes, XML root, a BOM), whatever the file's name. */
  recognises(file: ImportFile): boolean;
  /**
   * Reads the file; a file it cannot read is a `bad-request` CarrelError with one sentence saying why.
   * A format read in parts (a PDF's pages) tells `progress` after each, for the reader's progress bar.
   */
  read(file: ImportFile, progress?: ReadProgress): Promise<ReadDocument>;
}

/** Told after each part of a file is read: `done` parts (a PDF's pages) of `total`. */
export type ReadProgress = (done: number, total: number) => void;

/** A document of one transcription, and nothing else found in the file. */
export function singleWitness(witness: ParsedWitness): ReadDocument {
  return { witnesses: [witness], people: [], comments: [] };
}
