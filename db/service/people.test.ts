import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { refusal } from '../testing/annotations.js';
import { dumpPeopleTables, SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { PERSON_PALETTE } from './person-colours.js';

afterEach(cleanUpScratch);

describe('the registry', () => {
  it('lists the seed people by name, with how many passages each is tagged on', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Korean comrades'), people: [SEED_IDS.stalin, SEED_IDS.mao] });
    const people = apiSchemas.listPeople.result.parse(await service.listPeople({}));
    expect(people.map((p) => [p.preferredName, p.passageCount])).toEqual([
      ['Andrey Vyshinsky', 0],
      ['Joseph Stalin', 2],
      ['Mao Zedong', 1],
      ['Vyacheslav Molotov', 0],
    ]);
  });

  it('adds a person with tidied names and the first palette colour nobody wears', async () => {
    const { service, clock } = seededCarrel();
    const kim = apiSchemas.createPerson.result.parse(
      await service.createPerson({
        preferredName: 'Kim  Il-sung',
        lifeDates: '1912–1994',
        aliases: [{ name: ' Kim Il Sung ', kind: 'transliteration' }],
        authorities: ['https://www.wikidata.org/wiki/Q39464'],
      }),
    );
    expect(kim).toEqual({
      id: expect.stringMatching(/^00000000-0000-4000-8000-/),
      preferredName: 'Kim Il-sung',
      aliases: [{ name: 'Kim Il Sung', kind: 'transliteration' }],
      lifeDates: '1912–1994',
      authorities: ['https://www.wikidata.org/wiki/Q39464'],
      colour: PERSON_PALETTE[4],
    });
    clock.advance(1000);
    expect((await service.createPerson({ preferredName: 'Zhou Enlai' })).colour).toBe(PERSON_PALETTE[5]);
    expect((await service.createPerson({ preferredName: 'Peng Dehuai', colour: '#ABCDEF' })).colour).toBe('#abcdef');
  });

  it('edits a person\'s fields, an empty value clearing it, and leaves the aliases alone', async () => {
    const { service } = seededCarrel();
    const edited = await service.updatePerson({ id: SEED_IDS.molotov, lifeDates: '', description: 'Foreign minister.', colour: '#2E8F72' });
    expect(edited).toMatchObject({ preferredName: 'Vyacheslav Molotov', description: 'Foreign minister.', colour: '#2e8f72' });
    expect(edited.lifeDates).toBeUndefined();
    expect(edited.aliases.map((a) => a.name)).toEqual(['Molotov', 'V. M. Molotov', 'Vyacheslav Mikhailovich Molotov']);
  });

  it('refuses a name or an authority that would not work, changing nothing', async () => {
    const { service, store } = seededCarrel();
    const before = dumpPeopleTables(store);
    expect(await refusal(() => service.createPerson({ preferredName: 'The' }))).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/common word/) });
    expect(await refusal(() => service.createPerson({ preferredName: 'Kim', aliases: [{ name: 'x', kind: 'variant' }] }))).toMatchObject({
      code: 'bad-request',
      message: 'An alias of one character would match almost everywhere; use at least two.',
    });
    expect(await refusal(() => service.updatePerson({ id: SEED_IDS.mao, authorities: ['ftp://example.org/mao'] }))).toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(/^“ftp:\/\/example.org\/mao” is not a web address/),
    });
    expect(await refusal(() => service.updatePerson({ id: 'nobody', description: 'x' }))).toMatchObject({ code: 'not-found', message: expect.stringMatching(/^No person with id nobody/) });
    expect(dumpPeopleTables(store)).toEqual(before);
  });
});

describe('aliases', () => {
  it('refuses an empty, one-character or common-word alias with the reason, changing nothing', async () => {
    const { service, store } = seededCarrel();
    const before = dumpPeopleTables(store);
    const reasons = [];
    for (const name of ['', 'x', 'the', 'Comr.', 'stalin', 'Filippov', 'JOSEPH STALIN']) {
      reasons.push((await refusal(() => service.addAlias({ personId: SEED_IDS.stalin, name, kind: 'variant' }))).message);
    }
    expect(reasons).toEqual([
      'An alias cannot be empty.',
      'An alias of one character would match almost everywhere; use at least two.',
      '“the” is a common word and would match almost everywhere; use a name.',
      '“Comr.” is a title, not a name; titles before a name are already recognised, so add the name itself.',
      'Aliases are matched as written, so “stalin” would match the ordinary word; write it with its capital letter.',
      'This person already has the alias “Filippov”.',
      'This person already has the alias “Joseph Stalin”.',
    ]);
    expect(dumpPeopleTables(store)).toEqual(before);
  });

  it('adds an alias after the others and removes one by name, whatever its capitals', async () => {
    const { service } = seededCarrel();
    const added = await service.addAlias({ personId: SEED_IDS.stalin, name: 'Koba', kind: 'code-name' });
    expect(added.aliases.at(-1)).toEqual({ name: 'Koba', kind: 'code-name' });
    const removed = await service.removeAlias({ personId: SEED_IDS.stalin, name: 'koba' });
    expect(removed.aliases.map((a) => a.name)).not.toContain('Koba');
    expect(await refusal(() => service.removeAlias({ personId: SEED_IDS.stalin, name: 'Koba' }))).toEqual({
      code: 'not-found',
      message: 'Joseph Stalin has no alias “Koba”.',
    });
  });

  it('proposes the mentions of an alias as soon as it is added', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const yeltsin = await service.createPerson({ preferredName: 'Boris Nikolayevich Yeltsin' });
    const mentionsOf = async () => (await service.listMentions({ witnessId: archiveId })).filter((m) => m.personId === yeltsin.id);
    expect(await mentionsOf()).toEqual([]);
    await service.addAlias({ personId: yeltsin.id, name: 'Boris Yeltsin', kind: 'variant' });
    expect(await mentionsOf()).toEqual([
      { personId: yeltsin.id, ...spanOf(textOf(archiveId), 'Boris Yeltsin'), text: 'Boris Yeltsin', status: 'proposed' },
    ]);
  });
});

describe('merging two people', () => {
  it('moves the merged person\'s names, passages and authorities to the kept one, and the merged one is gone', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    const filippov = await service.createPerson({
      preferredName: 'Filippov',
      aliases: [{ name: 'Fyn Si', kind: 'code-name' }, { name: 'Stalin', kind: 'variant' }],
      authorities: ['https://viaf.org/viaf/101787139', 'https://www.wikidata.org/wiki/Q855'],
      description: 'The name on the cables.',
    });
    const both = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov [Stalin]'), people: [filippov.id, SEED_IDS.stalin], note: 'Both' });
    const alone = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov.”'), people: [SEED_IDS.mao, filippov.id] });

    const kept = await service.mergePeople({ keepId: SEED_IDS.stalin, mergeId: filippov.id });
    expect(kept.aliases.slice(-1)).toEqual([{ name: 'Fyn Si', kind: 'code-name' }]);
    expect(kept.aliases.filter((a) => a.name === 'Filippov')).toHaveLength(1);
    expect(kept.authorities).toEqual(['https://www.wikidata.org/wiki/Q855', 'https://viaf.org/viaf/101787139']);
    expect(kept.description).toMatch(/^Leader of the Soviet Union/);

    const annotations = await service.listAnnotations({ witnessId: archiveId });
    expect(annotations.find((a) => a.id === both.id)?.people).toEqual([SEED_IDS.stalin]);
    expect(annotations.find((a) => a.id === alone.id)?.people).toEqual([SEED_IDS.mao, SEED_IDS.stalin]);
    expect((await service.listPeople({})).map((p) => p.preferredName)).not.toContain('Filippov');
    expect((await service.listPeople({})).find((p) => p.id === SEED_IDS.stalin)?.passageCount).toBe(2);
  });

  it('keeps the merged person\'s preferred name as a variant of the kept one', async () => {
    const { service } = seededCarrel();
    const koba = await service.createPerson({ preferredName: 'Koba' });
    const kept = await service.mergePeople({ keepId: SEED_IDS.stalin, mergeId: koba.id });
    expect(kept.aliases.at(-1)).toEqual({ name: 'Koba', kind: 'variant' });
  });

  it('brings back the kept person when an edit from before the merge is undone', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const koba = await service.createPerson({ preferredName: 'Koba' });
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]'), people: [koba.id] });
    await service.updateAnnotation({ id: made.id, people: [] });
    await service.mergePeople({ keepId: SEED_IDS.stalin, mergeId: koba.id });
    await service.undo({});
    expect((await service.listAnnotations({ witnessId: archiveId }))[0]?.people).toEqual([SEED_IDS.stalin]);
  });

  it('refuses to merge a person into themselves, changing nothing', async () => {
    const { service, store } = seededCarrel();
    const before = dumpPeopleTables(store);
    expect(await refusal(() => service.mergePeople({ keepId: SEED_IDS.mao, mergeId: SEED_IDS.mao }))).toEqual({
      code: 'bad-request',
      message: 'A person cannot be merged into themselves.',
    });
    expect(await refusal(() => service.mergePeople({ keepId: SEED_IDS.mao, mergeId: 'nobody' }))).toMatchObject({ code: 'not-found' });
    expect(dumpPeopleTables(store)).toEqual(before);
  });
});

describe('deleting a person', () => {
  it('asks first when passages are tagged with them, saying how many, and changes nothing', async () => {
    const { service, store, archiveId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov.”'), people: [SEED_IDS.stalin] });
    const before = dumpPeopleTables(store);
    expect(await refusal(() => service.deletePerson({ id: SEED_IDS.stalin }))).toEqual({
      code: 'conflict',
      message: 'Joseph Stalin is tagged on 2 passages. Delete the person anyway? The passages and their notes stay.',
    });
    expect(dumpPeopleTables(store)).toEqual(before);
  });

  it('with confirmation, removes the person and their tags; the passages and their notes stay', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({
      witnessId: archiveId,
      ...spanOf(textOf(archiveId), 'Filippov [Stalin]'),
      people: [SEED_IDS.stalin, SEED_IDS.mao],
      note: 'Who speaks here?',
    });
    expect(await service.deletePerson({ id: SEED_IDS.stalin, confirm: true })).toEqual({ id: SEED_IDS.stalin, untagged: 1 });
    const [kept] = await service.listAnnotations({ witnessId: archiveId });
    expect(kept).toMatchObject({ id: made.id, note: 'Who speaks here?', people: [SEED_IDS.mao], anchor: { status: 'anchored' } });
    expect((await service.listPeople({})).map((p) => p.id)).not.toContain(SEED_IDS.stalin);
  });

  it('deletes a person tagged nowhere without asking', async () => {
    const { service } = seededCarrel();
    expect(await service.deletePerson({ id: SEED_IDS.molotov })).toEqual({ id: SEED_IDS.molotov, untagged: 0 });
  });

  it('leaves a deleted person out when an earlier tag is undone, and brings the passage back', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    await service.deleteAnnotation({ id: made.id });
    await service.deletePerson({ id: SEED_IDS.stalin });
    expect(await service.undo({})).toMatchObject({ description: 'Undid: annotation deleted' });
    expect(await service.listAnnotations({ witnessId: archiveId })).toMatchObject([{ id: made.id, people: [] }]);
  });
});
