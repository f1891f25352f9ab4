/**
 * Importing one witness file: its bytes are kept exactly, its parse stored beside them, and it joins the
 * document its metadata identifies (or starts one).
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { documentKey, mergeMeta } from '../core/document/identity.js';
import type { WitnessSource } from '../core/document/model.js';
import { parseWitnessBytes } from '../core/witness/parse.js';
import type { Store } from './open.js';
import { documentByKey, insertDocument, updateDocumentMeta } from './repositories/documents.js';
import {
  insertWitness,
  nextWitnessPosition,
  witnessBySha256,
  witnessesOfDocument,
} from './repositories/witnesses.js';

/** Where new ids and timestamps come from; injected so that tests can fix them. */
export interface IdsAndClock {
  newId(): string;
  now(): Date;
}

/** Random UUIDs and the system clock. */
export const systemIdsAndClock: IdsAndClock = { newId: () => randomUUID(), now: () => new Date() };

/** What an import did. `created` is false when these exact bytes were already in the store. */
export interface ImportedWitness {
  documentId: string;
  witnessId: string;
  created: boolean;
  createdDocument: boolean;
}

/** The witness switcher's label for each kind of transcription. */
export const witnessLabels: Record<WitnessSource, string> = {
  'archive-record': 'Archive record',
  'web-page': 'Web page',
  plain: 'Plain text',
  text: 'Text',
  markdown: 'Markdown',
  html: 'Web page',
  tei: 'TEI edition',
  docx: 'Word document',
  pdf: 'PDF',
};

/**
 * Stores a witness file in one transaction: nothing is written if any step fails. Importing bytes that
 * are already stored is a no-op answering the existing witness. Throws CarrelError when the file cannot
 * be read as a witness.
 */
export function importWitnessFile(
  store: Store,
  fileName: string,
  bytes: Uint8Array,
  ids: IdsAndClock = systemIdsAndClock,
): ImportedWitness {
  const { db } = store;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Parsed before the transaction: it is pure and may be slow, and the write lock need not wait for it.
  const parsed = parseWitnessBytes(bytes);
  return db
    .transaction((): ImportedWitness => {
      const existing = witnessBySha256(db, sha256);
      if (existing) return { documentId: existing.documentId, witnessId: existing.id, created: false, createdDocument: false };

      const key = documentKey(parsed.meta);
      const found = key === undefined ? undefined : documentByKey(db, key);
      const createdAt = ids.now().toISOString();
      const fallbackTitle = titleFromFileName(fileName);
      const documentId = found?.id ?? ids.newId();
      if (!found) {
        insertDocument(db, { id: documentId, key, title: parsed.meta.title ?? fallbackTitle, meta: parsed.meta, createdAt });
      }
      const witnessId = ids.newId();
      const taken = found ? witnessesOfDocument(db, documentId).map((witness) => witness.label) : [];
      insertWitness(db, {
        id: witnessId,
        documentId,
        position: nextWitnessPosition(db, documentId),
        fileName,
        source: parsed.source,
        label: distinctLabel(witnessLabels[parsed.source], taken),
        sha256,
        meta: parsed.meta,
        text: parsed.text,
        blocks: parsed.blocks,
        marks: parsed.marks,
        original: bytes,
        createdAt,
      });
      if (found) refreshDocumentMeta(store, documentId, found.title);
      return { documentId, witnessId, created: true, createdDocument: !found };
    })
    .immediate();
}

/**
 * `label`, numbered when the document already has a transcription by that name ("Archive record 2"):
 * the switcher, the compare view and the exports must tell two transcriptions of one kind apart.
 */
export function distinctLabel(label: string, taken: readonly string[]): string {
  if (!taken.includes(label)) return label;
  for (let number = 2; ; number++) {
    const numbered = `${label} ${number}`;
    if (!taken.includes(numbered)) return numbered;
  }
}

/** Re-merges a document's metadata after its witnesses changed, so that SQL ordering sees the merge. */
function refreshDocumentMeta(store: Store, documentId: string, fallbackTitle: string): void {
  const meta = mergeMeta(witnessesOfDocument(store.db, documentId).map((witness) => witness.meta));
  updateDocumentMeta(store.db, documentId, meta.title ?? fallbackTitle, meta);
}

/** "001_web-page.txt" -> "001_web-page": a title for a witness that names none. */
export function titleFromFileName(fileName: string): string {
  const base = path.basename(fileName);
  const stem = base.slice(0, base.length - path.extname(base).length);
  return stem || base || 'Untitled document';
}
