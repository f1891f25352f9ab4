import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { refusal } from '../testing/annotations.js';
import { dumpPeopleTables, SEED_IDS, seededCarrel } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('roles in a document', () => {
  it('are proposed for the telegram from its header, signatures and distribution list, over both witnesses', async () => {
    const { service, documentId } = seededCarrel();
    const roles = apiSchemas.listRoles.result.parse(await service.listRoles({ documentId }));
    expect(roles).toEqual([
      { personId: SEED_IDS.vyshinsky, role: 'sender', confirmed: false },
      { personId: SEED_IDS.vyshinsky, role: 'signatory', confirmed: false },
      { personId: SEED_IDS.vyshinsky, role: 'copy-recipient', confirmed: false },
      { personId: SEED_IDS.mao, role: 'recipient', confirmed: false },
      { personId: SEED_IDS.stalin, role: 'signatory', confirmed: false },
      { personId: SEED_IDS.stalin, role: 'copy-recipient', confirmed: false },
      { personId: SEED_IDS.molotov, role: 'copy-recipient', confirmed: false },
    ]);
  });

  it('follow the registry while only proposed: a person deleted is no longer proposed', async () => {
    const { service, documentId } = seededCarrel();
    await service.deletePerson({ id: SEED_IDS.molotov });
    expect((await service.listRoles({ documentId })).map((r) => r.personId)).not.toContain(SEED_IDS.molotov);
  });

  it('are replaced by the reader\'s list, each once, which then stands as confirmed', async () => {
    const { service, documentId } = seededCarrel();
    const set = await service.setRoles({
      documentId,
      roles: [
        { personId: SEED_IDS.mao, role: 'recipient' },
        { personId: SEED_IDS.stalin, role: 'signatory' },
        { personId: SEED_IDS.mao, role: 'recipient' },
      ],
    });
    const expected = [
      { personId: SEED_IDS.mao, role: 'recipient', confirmed: true },
      { personId: SEED_IDS.stalin, role: 'signatory', confirmed: true },
    ];
    expect(set).toEqual(expected);
    expect(await service.listRoles({ documentId })).toEqual(expected);
    await service.setRoles({ documentId, roles: [] });
    expect(await service.listRoles({ documentId })).toEqual([]);
  });

  it('move to the kept person when two people are merged', async () => {
    const { service, documentId } = seededCarrel();
    const filippov = await service.createPerson({ preferredName: 'Filippov' });
    await service.setRoles({ documentId, roles: [{ personId: filippov.id, role: 'signatory' }, { personId: SEED_IDS.stalin, role: 'signatory' }, { personId: filippov.id, role: 'mentioned' }] });
    await service.mergePeople({ keepId: SEED_IDS.stalin, mergeId: filippov.id });
    expect(await service.listRoles({ documentId })).toEqual([
      { personId: SEED_IDS.stalin, role: 'signatory', confirmed: true },
      { personId: SEED_IDS.stalin, role: 'mentioned', confirmed: true },
    ]);
  });

  it('refuse an unknown person or document, changing nothing', async () => {
    const { service, store, documentId } = seededCarrel();
    const before = dumpPeopleTables(store);
    expect(await refusal(() => service.setRoles({ documentId, roles: [{ personId: 'nobody', role: 'sender' }] }))).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^No person with id nobody/),
    });
    expect(await refusal(() => service.setRoles({ documentId: 'nope', roles: [] }))).toMatchObject({ code: 'not-found' });
    expect(await refusal(() => service.listRoles({ documentId: 'nope' }))).toMatchObject({ code: 'not-found' });
    expect(dumpPeopleTables(store)).toEqual(before);
  });
});
