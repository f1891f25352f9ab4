import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type MentionProposal } from '../../core/api.js';
import { refusal } from '../testing/annotations.js';
import { dumpPeopleTables, SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

const choice = ({ personId, start, end }: MentionProposal) => ({ personId, start, end });

async function stalinsProposals(setup: ReturnType<typeof seededCarrel>): Promise<MentionProposal[]> {
  return (await setup.service.listMentions({ witnessId: setup.archiveId })).filter((m) => m.personId === SEED_IDS.stalin);
}

describe('mentions on the seeded telegram', () => {
  it('proposes Stalin where the archive record names him, the gloss "Filippov [Stalin]" and the signature "Filippov" included', async () => {
    const setup = seededCarrel();
    const text = setup.textOf(setup.archiveId);
    const mentions = apiSchemas.listMentions.result.parse(await setup.service.listMentions({ witnessId: setup.archiveId }));
    const stalin = mentions.filter((m) => m.personId === SEED_IDS.stalin);
    expect(stalin.map((m) => m.text)).toEqual(['Stalin', 'Stalin', 'Stalin', 'Filippov', 'Stalin', 'Filippov [Stalin]', 'Filippov', 'Stalin']);
    expect(stalin.every((m) => m.status === 'proposed')).toBe(true);
    const gloss = spanOf(text, 'Filippov [Stalin] and his friends');
    expect(stalin[5]).toEqual({ personId: SEED_IDS.stalin, start: gloss.start, end: gloss.start + 'Filippov [Stalin]'.length, text: 'Filippov [Stalin]', status: 'proposed' });
    const signature = spanOf(text, '\nFilippov.”');
    expect(stalin[6]).toMatchObject({ start: signature.start + 1, end: signature.start + 1 + 'Filippov'.length, text: 'Filippov' });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.filter((m) => m.personId === SEED_IDS.molotov).map((m) => m.start)).toEqual([spanOf(text, 'Comr. Molotov').start + 'Comr. '.length]);
  });

  it('turns every accepted proposal of a person into a person tag on that passage, and lists them as accepted', async () => {
    const setup = seededCarrel();
    const proposals = await stalinsProposals(setup);
    const accepted = apiSchemas.acceptMentions.result.parse(
      await setup.service.acceptMentions({ witnessId: setup.archiveId, mentions: proposals.map(choice) }),
    );
    expect(accepted).toHaveLength(8);
    for (const [index, annotation] of accepted.entries()) {
      expect(annotation).toMatchObject({
        motivation: 'identifying',
        people: [SEED_IDS.stalin],
        note: '',
        creator: 'Ada Reader',
        anchor: { status: 'anchored', start: proposals[index]?.start, end: proposals[index]?.end },
      });
      expect(annotation.target?.quote.exact).toBe(proposals[index]?.text);
    }
    expect((await stalinsProposals(setup)).map((m) => m.status)).toEqual(Array(8).fill('accepted'));
    const others = (await setup.service.listMentions({ witnessId: setup.archiveId })).filter((m) => m.personId !== SEED_IDS.stalin);
    expect(others.every((m) => m.status === 'proposed')).toBe(true);
  });

  it('writes nothing new when the same mentions are accepted again, and answers the tags already there', async () => {
    const setup = seededCarrel();
    const mentions = (await stalinsProposals(setup)).map(choice);
    const first = await setup.service.acceptMentions({ witnessId: setup.archiveId, mentions });
    const before = dumpPeopleTables(setup.store);
    setup.clock.advance(60_000);
    const again = await setup.service.acceptMentions({ witnessId: setup.archiveId, mentions: [...mentions, ...mentions] });
    expect(again.map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(dumpPeopleTables(setup.store)).toEqual(before);
  });

  it('counts a passage tagged by hand with the person as that mention accepted', async () => {
    const setup = seededCarrel();
    const text = setup.textOf(setup.archiveId);
    await setup.service.createAnnotation({ witnessId: setup.archiveId, ...spanOf(text, 'VYSHINSKY'), people: [SEED_IDS.vyshinsky], note: 'Signed' });
    const mentions = await setup.service.listMentions({ witnessId: setup.archiveId });
    expect(mentions.filter((m) => m.status === 'accepted').map((m) => m.text)).toEqual(['VYSHINSKY']);
  });

  it('lists a rejected proposal as rejected, once however often it is rejected, until it is accepted after all', async () => {
    const setup = seededCarrel();
    const [first] = await stalinsProposals(setup);
    if (!first) throw new Error('no proposal');
    expect(await setup.service.rejectMentions({ witnessId: setup.archiveId, mentions: [choice(first)] })).toEqual({ rejected: 1 });
    expect(await setup.service.rejectMentions({ witnessId: setup.archiveId, mentions: [choice(first)] })).toEqual({ rejected: 1 });
    expect(setup.store.db.prepare('SELECT count(*) FROM mention_rejections').pluck().get()).toBe(1);
    expect((await stalinsProposals(setup)).map((m) => m.status)).toEqual(['rejected', ...Array(7).fill('proposed')]);
    await setup.service.acceptMentions({ witnessId: setup.archiveId, mentions: [choice(first)] });
    expect((await stalinsProposals(setup))[0]?.status).toBe('accepted');
    expect(setup.store.db.prepare('SELECT count(*) FROM mention_rejections').pluck().get()).toBe(0);
  });

  it('stops holding a rejection once the words at its place have changed', async () => {
    const setup = seededCarrel();
    const [first] = await stalinsProposals(setup);
    if (!first) throw new Error('no proposal');
    await setup.service.rejectMentions({ witnessId: setup.archiveId, mentions: [choice(first)] });
    const text = setup.textOf(setup.archiveId);
    const edited = text.slice(0, first.start) + 'STALIN' + text.slice(first.end);
    setup.store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(edited, setup.archiveId);
    expect((await stalinsProposals(setup))[0]).toMatchObject({ start: first.start, text: 'STALIN', status: 'proposed' });
  });

  it('refuses to accept or reject a mention that is not detected now, and writes none of the others', async () => {
    const setup = seededCarrel();
    const mentions = (await stalinsProposals(setup)).map(choice);
    const before = dumpPeopleTables(setup.store);
    const wrongPerson = { ...mentions[0], personId: SEED_IDS.mao } as (typeof mentions)[number];
    for (const call of [
      () => setup.service.acceptMentions({ witnessId: setup.archiveId, mentions: [...mentions, wrongPerson] }),
      () => setup.service.rejectMentions({ witnessId: setup.archiveId, mentions: [...mentions, { personId: SEED_IDS.stalin, start: 0, end: 4 }] }),
    ]) {
      expect(await refusal(call)).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^Nothing was changed: no mention of that person is detected at \d+–\d+ now/) });
    }
    expect(await refusal(() => setup.service.listMentions({ witnessId: 'nope' }))).toMatchObject({ code: 'not-found' });
    expect(dumpPeopleTables(setup.store)).toEqual(before);
  });

  it('detects every mention in a long text', async () => {
    const setup = seededCarrel();
    const text = setup.textOf(setup.archiveId);
    const long = Array.from({ length: 250 }, () => text).join('\n\n');
    setup.store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(long, setup.archiveId);
    // About half a megabyte; how fast is bench/mentions.ts's figure, not asserted here.
    const mentions = await setup.service.listMentions({ witnessId: setup.archiveId });
    expect(mentions).toHaveLength(250 * 18);
  });
});
