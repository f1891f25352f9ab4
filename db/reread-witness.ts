/**
 * Reading a text transcription again in the encoding the reader chose, when the guess was wrong (a
 * KOI8-R letter read as Windows-1251 shows nonsense Cyrillic): the original bytes stay as they are, and
 * only what was read from them changes. Notes anchor to the new text as they would to any changed text
 * (by quote, then fuzzily); those that cannot be found stay visible as orphans.
 */
import { CarrelError } from '../core/errors.js';
import type { ImportFile, ReadDocument } from '../core/importers/model.js';
import { formatName } from '../core/importers/registry.js';
import { refreshDocumentMeta } from './import-witness.js';
import type { Store } from './open.js';
import { documentById } from './repositories/documents.js';
import { originalOfWitness, updateWitnessReading, witnessById, type WitnessHeader } from './repositories/witnesses.js';
import { noWitness } from './service/not-found.js';

/** The formats whose bytes are text in some encoding the file may not declare. */
const ENCODED_FORMATS = new Set(['text', 'markdown', 'html']);

/** Reads a file as an importer would (in a worker, in the service). */
export type ReadFile = (file: ImportFile) => Promise<ReadDocument>;

/**
 * Reads witness `witnessId`'s original again in `encoding` (a WHATWG label) and stores the reading in one
 * transaction; answers the witness as it is now. CarrelError('not-found') for an unknown witness,
 * 'bad-request' for a format that carries its own encoding or an encoding the bytes do not decode in.
 */
export async function rereadWitness(store: Store, witnessId: string, encoding: string, read: ReadFile): Promise<WitnessHeader> {
  const { db } = store;
  const before = witnessById(db, witnessId);
  const original = originalOfWitness(db, witnessId);
  if (!before || !original) throw noWitness(witnessId);
  if (!ENCODED_FORMATS.has(before.source)) {
    throw new CarrelError(
      'bad-request',
      `${before.fileName} is read as ${formatName(before.source)}, which says its own encoding; only text, Markdown and HTML files can be read in another one.`,
    );
  }
  const document = await read({ fileName: before.fileName, bytes: original, encoding });
  const reading = document.witnesses[before.part];
  if (!reading) throw new CarrelError('bad-request', `${before.fileName} no longer gives this transcription when read in ${encoding}.`);

  return db
    .transaction((): WitnessHeader => {
      const now = witnessById(db, witnessId);
      if (!now || now.sha256 !== before.sha256) throw noWitness(witnessId);
      updateWitnessReading(db, witnessId, { text: reading.text, blocks: reading.blocks, marks: reading.marks, meta: reading.meta, encoding: reading.encoding });
      // The document's title follows only when it was this transcription's own reading, never the reader's.
      const title = documentById(db, now.documentId)?.title;
      if (title !== undefined && title === before.meta.title) refreshDocumentMeta(store, now.documentId, reading.meta.title ?? title);
      const after = witnessById(db, witnessId);
      if (!after) throw noWitness(witnessId);
      return after;
    })
    .immediate();
}
