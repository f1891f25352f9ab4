import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { teiImporter } from '../core/importers/tei.js';
import { openCarrel, type CarrelApp } from './index.js';
import { sha256Of, storeReadDocument } from './import-witness.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';

afterEach(cleanUpScratch);

const LETTER = new URL('../core/importers/testing/tei/letter.xml', import.meta.url);

async function letterImported(carrel: CarrelApp): Promise<string> {
  const bytes = new Uint8Array(readFileSync(LETTER));
  const read = await teiImporter.read({ fileName: 'letter.xml', bytes });
  return storeReadDocument(carrel.store, { fileName: 'letter.xml', bytes, sha256: sha256Of(bytes) }, read).witnessIds[0] ?? '';
}

describe('the people a TEI edition names', () => {
  it('join the registry once, with their authority, and are proposed where the edition names them', async () => {
    const carrel = closeAfterTest(openCarrel({ dataDir: scratchFolder(), version: '1.0.0' }));
    const { service } = carrel;
    const before = new Set((await service.listPeople({})).map((person) => person.id));
    const witnessId = await letterImported(carrel);
    const people = await service.listPeople({});
    const added = people.filter((person) => !before.has(person.id)).map((person) => [person.preferredName, person.authorities]);
    expect(added).toEqual(expect.arrayContaining([['Anna Keller', ['https://example.org/people/anna-keller']], ['Ida Brandt', ['https://example.org/people/ida-brandt']]]));

    const proposals = await service.listMentions({ witnessId });
    const named = (name: string) => {
      const id = people.find((person) => person.preferredName === name)?.id;
      return proposals.filter((proposal) => proposal.personId === id).map((proposal) => [proposal.text, proposal.status]);
    };
    // "Pavel" and "I" are the edition's identifications: no name of the registry would find them.
    expect(named('Pavel Orlov')).toContainEqual(['Pavel', 'proposed']);
    expect(named('Anna Keller')).toContainEqual(['I', 'proposed']);
    expect(named('Ida Brandt')).toEqual([['Ida Brandt', 'proposed']]);

    // Accepting one makes it a person tag, as for any proposal.
    const pavel = proposals.find((proposal) => proposal.text === 'Pavel');
    await service.acceptMentions({ witnessId, mentions: [{ personId: pavel?.personId ?? '', start: pavel?.start ?? 0, end: pavel?.end ?? 0 }] });
    expect((await service.listMentions({ witnessId })).find((proposal) => proposal.text === 'Pavel')?.status).toBe('accepted');

    // The same people again from a second copy: none added twice.
    const count = (await service.listPeople({})).length;
    const copy = new TextEncoder().encode(readFileSync(LETTER, 'utf8').replace('ledgers arrived', 'ledgers came'));
    storeReadDocument(carrel.store, { fileName: 'copy.xml', bytes: copy, sha256: sha256Of(copy) }, await teiImporter.read({ fileName: 'copy.xml', bytes: copy }));
    expect(await service.listPeople({})).toHaveLength(count);

    // Deleting the letter and undoing it brings its proposals back with it.
    const proposed = (await service.listMentions({ witnessId })).map((proposal) => [proposal.text, proposal.status]);
    const [letter] = (await service.listDocuments({})).filter((document) => document.witnesses.some((witness) => witness.id === witnessId));
    await service.deleteDocument({ documentId: letter?.id ?? '' });
    await service.undo({});
    expect((await service.listMentions({ witnessId })).map((proposal) => [proposal.text, proposal.status])).toEqual(proposed);
  });
});
