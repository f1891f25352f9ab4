/**
 * The generated archive of issue 18's "Archive scale": documents of about 2,000 characters of prose
 * (bench/search.ts's words, so its queries find what they find there), each with an archive record's
 * metadata (bench/library-10k.ts's) and ten notes with a tag each (bench/export-import.ts's).
 *
 * Written through the store's own repository functions (insertDocument, insertWitness, insertAnnotations
 * under withDeferredIndex, as a notes import writes), so the triggers fill the text index as an import
 * does; only the batching is the bench's: BATCH documents and their notes a transaction, so that a
 * million notes take minutes, not the hour a transaction each would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCarrel } from '../db/index.js';
import { withDeferredIndex } from '../db/repositories/deferred-index.js';
import { insertDocument } from '../db/repositories/documents.js';
import { insertAnnotations } from '../db/repositories/annotations.js';
import { insertWitness } from '../db/repositories/witnesses.js';
import { generatedAnnotations } from './export-import.js';
import { documentMeta } from './library-10k.js';
import { seededRandom } from './random.js';
import { sentenceMaker, vocabulary } from './search.js';

/** Characters of text a document. */
export const DOCUMENT_UNITS = 2_000;

export const NOTES_PER_DOCUMENT = 10;

/** Documents written a transaction, with their notes. */
const BATCH = 2_000;

/** A generated store, closed: its folder and the bytes of reading text it holds. */
export interface Archive {
  dataDir: string;
  documents: number;
  notes: number;
  textBytes: number;
}

/** Generates a store of `documents` documents in a new folder under the system's temporary folder. */
export function generateArchive(documents: number): Archive {
  const random = seededRandom(18);
  const sentence = sentenceMaker(random, vocabulary(random, 20_000));
  const dataDir = mkdtempSync(join(tmpdir(), 'carrel-bench-archive-'));
  const app = openCarrel({ dataDir, version: 'bench', userName: 'Bench' });
  const { db } = app.store;
  let textBytes = 0;
  let notes = 0;
  try {
    for (let first = 0; first < documents; first += BATCH) {
      db.transaction(() => {
        withDeferredIndex(db, () => {
          const added: string[] = [];
          for (let i = first; i < Math.min(documents, first + BATCH); i++) {
            const ids = { documentId: `archive-document-${i}`, witnessId: `archive-witness-${i}` };
            const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 1_000).toISOString();
            const meta = documentMeta(random, i);
            const text = sentence(DOCUMENT_UNITS);
            textBytes += Buffer.byteLength(text);
            insertDocument(db, { id: ids.documentId, key: `record:${meta.recordId ?? i}`, title: meta.title ?? `Document ${i}`, meta, createdAt });
            insertWitness(db, {
              id: ids.witnessId,
              documentId: ids.documentId,
              position: 0,
              fileName: `record-${i}.txt`,
              source: 'text',
              label: 'Text',
              // Shaped like a SHA-256 and unique: the schema checks the shape, not the digest.
              sha256: i.toString(16).padStart(64, '0'),
              meta,
              text,
              blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
              marks: [],
              original: Buffer.from(text),
              createdAt,
              encoding: 'UTF-8',
            });
            const annotations = generatedAnnotations(text, NOTES_PER_DOCUMENT, ids, random);
            insertAnnotations(db, annotations);
            added.push(...annotations.map((annotation) => annotation.id));
          }
          notes += added.length;
          return { result: undefined, written: { added, updated: [] } };
        });
      })();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    app.close();
  }
  return { dataDir, documents, notes, textBytes };
}
