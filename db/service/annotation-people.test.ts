import { afterEach, describe, expect, it } from 'vitest';
import { refusal } from '../testing/annotations.js';
import { dumpPeopleTables, SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { TYPING_BURST_MS } from './edits.js';

afterEach(cleanUpScratch);

describe('tagging a passage with people', () => {
  it('makes an identifying annotation of a passage tagged without a note, people in the order given, each once', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({
      witnessId: archiveId,
      ...spanOf(textOf(archiveId), 'Korean comrades'),
      people: [SEED_IDS.mao, SEED_IDS.stalin, SEED_IDS.mao],
    });
    expect(made).toMatchObject({ motivation: 'identifying', people: [SEED_IDS.mao, SEED_IDS.stalin] });
    expect(await service.listAnnotations({ witnessId: archiveId })).toEqual([made]);
  });

  it('keeps a tagged passage with a note a comment, and a plain highlight a highlight', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    expect(await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Korean comrades'), people: [SEED_IDS.mao], note: 'Kim?' })).toMatchObject({
      motivation: 'commenting',
    });
    expect(await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'reunification') })).toMatchObject({ motivation: 'highlighting', people: [] });
  });

  it('turns a highlight tagged with a person afterwards into an identification, and changes the people', async () => {
    const { service, clock, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]') });
    clock.advance(1000);
    expect(await service.updateAnnotation({ id: made.id, people: [SEED_IDS.stalin] })).toMatchObject({ motivation: 'identifying', people: [SEED_IDS.stalin] });
    expect(await service.updateAnnotation({ id: made.id, people: [SEED_IDS.mao, SEED_IDS.stalin] })).toMatchObject({ people: [SEED_IDS.mao, SEED_IDS.stalin] });
  });

  it('refuses a person who is not in the registry, changing nothing', async () => {
    const { service, store, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'reunification'), people: [SEED_IDS.mao] });
    const before = dumpPeopleTables(store);
    for (const call of [
      () => service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Korean comrades'), people: [SEED_IDS.mao, 'nobody'] }),
      () => service.updateAnnotation({ id: made.id, note: 'lost?', people: ['nobody'] }),
    ]) {
      expect(await refusal(call)).toEqual({ code: 'bad-request', message: 'No person with id nobody. They may have been deleted, or merged into someone else.' });
    }
    expect(dumpPeopleTables(store)).toEqual(before);
  });
});

describe('undoing person tags', () => {
  it('restores the people a passage had before, and redo the people after', async () => {
    const { service, clock, archiveId, textOf } = seededCarrel();
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    clock.advance(TYPING_BURST_MS + 1);
    await service.updateAnnotation({ id: made.id, people: [SEED_IDS.mao] });
    expect(await service.undo({})).toMatchObject({ description: 'Undid: people changed' });
    expect((await service.listAnnotations({ witnessId: archiveId }))[0]?.people).toEqual([SEED_IDS.stalin]);
    expect(await service.redo({})).toMatchObject({ description: 'Redid: people changed' });
    expect((await service.listAnnotations({ witnessId: archiveId }))[0]?.people).toEqual([SEED_IDS.mao]);
  });

  it('takes back an accepted mention as a new person tag, and brings it back tagged', async () => {
    const { service, archiveId } = seededCarrel();
    const [mention] = (await service.listMentions({ witnessId: archiveId })).filter((m) => m.personId === SEED_IDS.molotov);
    if (!mention) throw new Error('Molotov is not proposed');
    const [accepted] = await service.acceptMentions({ witnessId: archiveId, mentions: [{ personId: mention.personId, start: mention.start, end: mention.end }] });
    expect(await service.undo({})).toMatchObject({ description: 'Undid: new person tag' });
    expect(await service.listAnnotations({ witnessId: archiveId })).toEqual([]);
    await service.redo({});
    expect(await service.listAnnotations({ witnessId: archiveId })).toEqual([accepted]);
  });
});
