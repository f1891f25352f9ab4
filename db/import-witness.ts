/**
 * Importing one witness file: its bytes are kept exactly, its parse stored beside them, and it joins the
 * document its metadata identifies (or starts one).
 */
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { documentKey, mergeMeta } from '../core/document/identity.js';
import type { WitnessSource } from '../core/document/model.js';
import { singleWitness, type ReadDocument } from '../core/importers/model.js';
import { parseWitnessBytes } from '../core/witness/parse.js';
import { storeComments } from './imported-comments.js';
import { storeNamedPeople } from './imported-people.js';
import type { Store } from './open.js';
import { documentById, documentByKey, insertDocument, updateDocumentMeta } from './repositories/documents.js';
import { insertWitness, nextWitnessPosition, witnessesOfDocument, witnessesWithSha256 } from './repositories/witnesses.js';
import { noDocument } from './service/not-found.js';

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
 * Stores a witness file of the telegram's archive (or any text it reads as plain) in one transaction:
 * nothing is written if any step fails. Importing bytes that are already stored is a no-op answering the
 * existing witness. Throws CarrelError when the file cannot be read as a witness.
 */
export function importWitnessFile(
  store: Store,
  fileName: string,
  bytes: Uint8Array,
  ids: IdsAndClock = systemIdsAndClock,
): ImportedWitness {
  // Parsed before the transaction: it is pure and may be slow, and the write lock need not wait for it.
  const parsed = parseWitnessBytes(bytes);
  const stored = storeReadDocument(store, { fileName, bytes, sha256: sha256Of(bytes) }, singleWitness(parsed), { ids });
  const [witnessId = ''] = stored.witnessIds;
  return { documentId: stored.documentId, witnessId, created: stored.created, createdDocument: stored.createdDocument };
}

/** A file's bytes with their SHA-256 (lowercase hex), the identity of an original in the store. */
export interface OriginalFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/** What storing a read file did. `created` is false when these exact bytes were already in the store. */
export interface StoredDocument {
  documentId: string;
  witnessIds: string[];
  created: boolean;
  createdDocument: boolean;
}

/** Where a read file goes: `into` a document the reader chose, else the one its metadata identifies, else a new one. */
export interface StoreOptions {
  into?: string | undefined;
  ids?: IdsAndClock;
}

/** The SHA-256 of `bytes`, lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores what an importer read from a file, each transcription a witness keeping the original bytes, in
 * one transaction. Bytes already in the library answer the witnesses that hold them and change nothing.
 * `into` an unknown document is CarrelError('not-found').
 */
export function storeReadDocument(store: Store, file: OriginalFile, read: ReadDocument, { into, ids = systemIdsAndClock }: StoreOptions = {}): StoredDocument {
  const { db } = store;
  return db
    .transaction((): StoredDocument => {
      const existing = witnessesWithSha256(db, file.sha256);
      const [first] = existing;
      if (first) return { documentId: first.documentId, witnessIds: existing.map((witness) => witness.id), created: false, createdDocument: false };

      const meta = mergeMeta(read.witnesses.map((witness) => witness.meta));
      const key = documentKey(meta);
      const found = into !== undefined ? documentById(db, into) : key === undefined ? undefined : documentByKey(db, key);
      if (into !== undefined && !found) throw noDocument(into);
      const createdAt = ids.now().toISOString();
      const documentId = found?.id ?? ids.newId();
      if (!found) insertDocument(db, { id: documentId, key, title: meta.title ?? titleFromFileName(file.fileName), meta, createdAt });
      const taken = found ? witnessesOfDocument(db, documentId).map((witness) => witness.label) : [];
      const witnessIds = read.witnesses.map((witness, part) => {
        const witnessId = ids.newId();
        const label = distinctLabel(witness.label ?? witnessLabels[witness.source], taken);
        taken.push(label);
        insertWitness(db, {
          id: witnessId,
          documentId,
          position: nextWitnessPosition(db, documentId),
          fileName: file.fileName,
          source: witness.source,
          label,
          sha256: file.sha256,
          part,
          encoding: witness.encoding,
          meta: witness.meta,
          text: witness.text,
          blocks: witness.blocks,
          marks: witness.marks,
          original: file.bytes,
          createdAt,
        });
        return witnessId;
      });
      if (found) refreshDocumentMeta(store, documentId, found.title);
      const placed = read.witnesses.map((witness, part) => ({ witnessId: witnessIds[part] ?? '', documentId, text: witness.text }));
      storeComments(db, placed, read.comments, ids.newId, createdAt);
      storeNamedPeople(db, placed, read.people, ids.newId, createdAt);
      return { documentId, witnessIds, created: true, createdDocument: !found };
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
export function refreshDocumentMeta(store: Store, documentId: string, fallbackTitle: string): void {
  const meta = mergeMeta(witnessesOfDocument(store.db, documentId).map((witness) => witness.meta));
  updateDocumentMeta(store.db, documentId, meta.title ?? fallbackTitle, meta);
}

/** "001_web-page.txt" -> "001_web-page": a title for a witness that names none. */
export function titleFromFileName(fileName: string): string {
  const base = path.basename(fileName);
  const stem = base.slice(0, base.length - path.extname(base).length);
  return stem || base || 'Untitled document';
}
