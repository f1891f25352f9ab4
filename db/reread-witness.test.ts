import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { isCarrelError } from '../core/errors.js';
import { readDocumentFile } from '../core/importers/registry.js';
import { sha256Of, storeReadDocument } from './import-witness.js';
import { migrate } from './migrate.js';
import { openStore, type Store } from './open.js';
import { allDocuments } from './repositories/documents.js';
import { originalOfWitness, witnessById } from './repositories/witnesses.js';
import { rereadWitness, type ReadFile } from './reread-witness.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

const read: ReadFile = async (file) => (await readDocumentFile(file)).document;

function emptyStore(): Store {
  const store = closeAfterTest(openStore({ dataDir: scratchFolder() }));
  migrate(store);
  return store;
}

const LETTER = 'Письмо из Казани\n\nДорогая Анна, дорога на станцию закрыта до весны.\n';

async function imported(store: Store, bytes: Uint8Array, fileName: string): Promise<string> {
  const { document } = await readDocumentFile({ fileName, bytes });
  const stored = storeReadDocument(store, { fileName, bytes, sha256: sha256Of(bytes) }, document);
  return stored.witnessIds[0] ?? '';
}

describe('reading a transcription again in another encoding', () => {
  it('replaces the reading, keeps the original bytes, and takes the document title along when it was the reading’s', async () => {
    const store = emptyStore();
    const bytes = new Uint8Array(iconv.encode(LETTER, 'windows-1251'));
    const witnessId = await imported(store, bytes, 'letter.txt');
    expect(witnessById(store.db, witnessId)?.text).toContain('Дорогая Анна');

    const wrong = await rereadWitness(store, witnessId, 'koi8-r', read);
    expect(wrong.encoding).toBe('KOI8-R');
    expect(witnessById(store.db, witnessId)?.text).not.toContain('Дорогая Анна');
    expect(allDocuments(store.db)[0]?.title).not.toBe('Письмо из Казани');

    const right = await rereadWitness(store, witnessId, 'windows-1251', read);
    expect(right.encoding).toBe('windows-1251');
    expect(witnessById(store.db, witnessId)?.text).toBe(LETTER);
    expect(allDocuments(store.db)[0]?.title).toBe('Письмо из Казани');
    expect(new Uint8Array(originalOfWitness(store.db, witnessId) ?? [])).toEqual(bytes);
  });

  it('is refused for a format that says its own encoding, and for an encoding Carrel does not know, changing nothing', async () => {
    const store = emptyStore();
    const tei = new TextEncoder().encode('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body><p>Words.</p></body></text></TEI>');
    const teiId = await imported(store, tei, 'edition.xml');
    const refusal = await rereadWitness(store, teiId, 'koi8-r', read).catch((error: unknown) => error);
    expect(isCarrelError(refusal) && refusal.message).toBe('edition.xml is read as TEI XML, which says its own encoding; only text, Markdown and HTML files can be read in another one.');

    const textId = await imported(store, new Uint8Array(iconv.encode(LETTER, 'windows-1251')), 'letter.txt');
    const before = witnessById(store.db, textId);
    const unknown = await rereadWitness(store, textId, 'klingon-8', read).catch((error: unknown) => error);
    expect(isCarrelError(unknown) && unknown.code).toBe('bad-request');
    expect(witnessById(store.db, textId)).toEqual(before);
  });
});
