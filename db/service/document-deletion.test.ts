import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { openCarrel } from '../index.js';
import { importWitnessFile } from '../import-witness.js';
import { bundledTelegramFolder } from '../seed.js';
import { dumpTables, refusal } from '../testing/annotations.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

/** Every table a document's deletion touches and its undo must put back (the log and the trash aside). */
const documentTables = [
  'documents',
  'witnesses',
  'witness_text',
  'annotations',
  'annotation_tags',
  'annotation_people',
  'annotation_text',
  'annotation_tag_text',
  'collections',
  'collection_documents',
  'document_edits',
  'document_roles_confirmed',
  'document_roles',
  'mention_rejections',
] as const;

/** The telegram with what a reader hangs on it: notes on both transcriptions, a note on the whole, a collection, a correction, roles and a rejected mention. */
async function annotatedTelegram() {
  const setup = seededCarrel();
  const { service, documentId, archiveId, webPageId, textOf } = setup;
  await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'move toward reunification'), note: 'Stalin consents.', tags: ['consent', 'Korea'] });
  await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov'), people: [SEED_IDS.stalin] });
  await service.createAnnotation({ witnessId: webPageId, ...spanOf(textOf(webPageId), 'Cde. Mao Zedong'), note: 'The salutation.' });
  await service.setDocumentNote({ documentId, note: 'Read with the cable of 13 May.' });
  const cables = await service.createCollection({ name: 'Korean War cables' });
  await service.addToCollection({ collectionId: cables.id, documentId });
  await service.updateDocumentMeta({ documentId, meta: { title: 'Stalin consents', idno: 'APRF 45/1/334' } });
  await service.setRoles({ documentId, roles: [{ personId: SEED_IDS.vyshinsky, role: 'sender' }, { personId: SEED_IDS.mao, role: 'recipient' }] });
  const [mention] = (await service.listMentions({ witnessId: webPageId })).filter((m) => m.status === 'proposed');
  if (!mention) throw new Error('the web page proposes no mention');
  await service.rejectMentions({ witnessId: webPageId, mentions: [{ personId: mention.personId, start: mention.start, end: mention.end }] });
  return { ...setup, cables };
}

const rows = (store: ReturnType<typeof seededCarrel>['store'], table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('deleting a document', () => {
  it('takes its transcriptions, notes and collection places, and says what went', async () => {
    const { service, store, documentId } = await annotatedTelegram();
    const deleted = apiSchemas.deleteDocument.result.parse(await service.deleteDocument({ documentId }));
    expect(deleted).toEqual({ documentId, title: 'Stalin consents', notes: 4, transcriptions: 2 });
    for (const table of ['documents', 'witnesses', 'annotations', 'witness_text', 'annotation_text', 'collection_documents', 'document_edits', 'mention_rejections']) {
      expect(rows(store, table), table).toBe(0);
    }
    expect(await service.listDocuments({})).toEqual([]);
    expect(await service.listCollections({})).toMatchObject([{ name: 'Korean War cables', documentCount: 0 }]);
    expect((await service.search({ query: 'reunification' })).text).toEqual([]);
    expect((await refusal(() => service.getDocument({ documentId }))).code).toBe('not-found');
  });

  it('is undone whole by one undo, and redone by one redo', async () => {
    const { service, store, documentId } = await annotatedTelegram();
    const before = dumpTables(store, documentTables);
    const detail = await service.getDocument({ documentId });
    await service.deleteDocument({ documentId });
    expect(rows(store, 'trashed_witnesses')).toBe(2);

    expect(await service.undo({})).toEqual({ description: 'Undid: deletion of “Stalin consents”', documentId });
    expect(dumpTables(store, documentTables)).toEqual(before);
    expect(rows(store, 'trashed_witnesses')).toBe(0);
    expect(await service.getDocument({ documentId })).toEqual(detail);
    expect((await service.search({ query: 'reunification' })).text.length).toBeGreaterThan(0);

    expect(await service.redo({})).toEqual({ description: 'Redid: deletion of “Stalin consents”', documentId });
    expect(rows(store, 'documents')).toBe(0);
    expect(await service.undo({})).toMatchObject({ description: 'Undid: deletion of “Stalin consents”' });
    expect(dumpTables(store, documentTables)).toEqual(before);
    // The changes before the deletion went with the document, as deleting a document always forgot them.
    expect(await service.undo({})).toEqual({ description: null });
  });

  it('is undone by restoreDocument only while it is the newest change, and answers a document that is back', async () => {
    const { service, documentId, archiveId, textOf, store } = await annotatedTelegram();
    const [, other = ''] = [documentId, importOtherDocument(store)];
    await service.deleteDocument({ documentId });
    const [otherWitness] = (await service.getDocument({ documentId: other })).witnesses;
    await service.createAnnotation({ witnessId: otherWitness?.id ?? '', start: 0, end: 5 });
    expect(await refusal(() => service.restoreDocument({ documentId }))).toMatchObject({ code: 'conflict', message: expect.stringMatching(/undo them first/) });
    await service.undo({});
    expect(await service.restoreDocument({ documentId })).toEqual({ description: 'Undid: deletion of “Stalin consents”', documentId });
    expect(textOf(archiveId)).toContain('reunification');
    expect(await service.restoreDocument({ documentId })).toEqual({ description: null, documentId });
  });

  it('deletes the telegram for good across a restart, and undo still brings it back, even after its files came in again', async () => {
    const { service, store, documentId, close } = await annotatedTelegram();
    await service.deleteDocument({ documentId });
    const dataDir = store.dataDir;
    close();
    const reopened = openCarrel({ dataDir, version: '1.0.0' });
    try {
      expect(await reopened.service.listDocuments({})).toEqual([]);
      // The same files imported again: a new document takes the telegram's identity.
      const folder = bundledTelegramFolder();
      const again = fs.readdirSync(folder).sort().map((name) => importWitnessFile(reopened.store, name, fs.readFileSync(path.join(folder, name))));
      expect(new Set(again.map((imported) => imported.documentId)).size).toBe(1);
      expect(await reopened.service.undo({})).toMatchObject({ description: 'Undid: deletion of “Stalin consents”', documentId });
      const titles = (await reopened.service.listDocuments({})).map((document) => document.title).sort();
      expect(titles).toEqual(['Stalin consents', "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea"].sort());
      expect(reopened.store.db.prepare('SELECT key FROM documents WHERE id = ?').pluck().get(documentId)).toBeNull();
    } finally {
      reopened.close();
    }
  });

  it('comes back without what was deleted since: a collection, a person’s roles and tags', async () => {
    const { service, documentId, cables } = await annotatedTelegram();
    await service.deleteDocument({ documentId });
    await service.deleteCollection({ id: cables.id });
    await service.deletePerson({ id: SEED_IDS.vyshinsky, confirm: true });
    await service.deletePerson({ id: SEED_IDS.stalin, confirm: true });
    // Deleting people is not in the history: the deletion of the document is still the newest change.
    expect(await service.undo({})).toMatchObject({ description: 'Undid: deletion of “Stalin consents”' });
    const restored = await service.getDocument({ documentId });
    expect(restored.collectionIds).toEqual([]);
    expect(await service.listRoles({ documentId })).toEqual([{ personId: SEED_IDS.mao, role: 'recipient', confirmed: true }]);
    expect(restored.noteCount).toBe(4);
  });

  it('answers an unknown document with not-found and changes nothing', async () => {
    const { service, store } = seededCarrel();
    expect((await refusal(() => service.deleteDocument({ documentId: 'nope' }))).code).toBe('not-found');
    expect(rows(store, 'changes')).toBe(0);
  });
});

/** A second document, of plain text, imported beside the telegram; answers its id. */
function importOtherDocument(store: ReturnType<typeof seededCarrel>['store']): string {
  return importWitnessFile(store, 'kazan.txt', Buffer.from('A letter from Kazan: the road to the station is closed.')).documentId;
}
