import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, type ProjectedAnnotation } from '../../core/api.js';
import { annotationService, refusal } from '../testing/annotations.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

type Setup = ReturnType<typeof seededCarrel>;

/** Annotates `phrase` (its `occurrence`th copy) on `witnessId` with a note. */
async function note(setup: Setup, witnessId: string, phrase: string, text = 'A note.', occurrence = 0) {
  return setup.service.createAnnotation({ witnessId, ...spanOf(setup.textOf(witnessId), phrase, occurrence), note: text });
}

/** What the reader of `witnessId` sees of each projected note: the words it lands on (or null), and its flag. */
async function landings(setup: Setup, witnessId: string) {
  const projected = apiSchemas.listProjectedAnnotations.result.parse(await setup.service.listProjectedAnnotations({ witnessId }));
  return projected.map((p) => ({ id: p.annotation.id, words: wordsUnder(setup.textOf(witnessId), p), otherReading: p.otherReading }));
}

function wordsUnder(text: string, { anchor }: ProjectedAnnotation): string | null {
  return anchor.status === 'anchored' ? text.slice(anchor.start, anchor.end) : null;
}

describe('notes made on the archive record, read on the web page', () => {
  it('lands a note on "move toward reunification" on the same words of the translation, unflagged', async () => {
    const setup = seededCarrel();
    // The record has the phrase twice: in the summary, then in the translation (the note's).
    const made = await note(setup, setup.archiveId, 'move toward reunification', 'The Koreans’ phrase.', 1);
    const [projected, ...more] = apiSchemas.listProjectedAnnotations.result.parse(
      await setup.service.listProjectedAnnotations({ witnessId: setup.webPageId }),
    );
    expect(more).toEqual([]);
    expect(projected).toMatchObject({ fromWitnessId: setup.archiveId, fromWitnessLabel: 'Archive record', annotation: { id: made.id, note: 'The Koreans’ phrase.' } });
    expect(projected?.annotation.anchor).toEqual(made.anchor);
    expect(projected?.otherReading).toBeUndefined();
    // The web page has it twice too, the translation first.
    expect(projected?.anchor).toMatchObject({ status: 'anchored', ...spanOf(setup.textOf(setup.webPageId), 'move toward reunification', 0) });
  });

  it('follows the context, not the place: the summary’s phrase, before the translation in the record, lands on the summary after it on the web page', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'move toward reunification,”');
    const web = setup.textOf(setup.webPageId);
    const [projected] = await setup.service.listProjectedAnnotations({ witnessId: setup.webPageId });
    expect(projected?.anchor).toMatchObject({ status: 'anchored', start: spanOf(web, 'move toward reunification,”').start });
  });

  it('lands a note on the salutation "Comr. Mao Zedong" on "Cde. Mao Zedong", flagged with the record’s reading', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'Comr. Mao Zedong');
    expect(await landings(setup, setup.webPageId)).toEqual([expect.objectContaining({ words: 'Cde. Mao Zedong', otherReading: 'Comr. Mao Zedong' })]);
  });

  it('lands a note on the signature "Filippov." on the web page’s signature, flagged', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'Filippov.');
    const web = setup.textOf(setup.webPageId);
    const [projected] = await setup.service.listProjectedAnnotations({ witnessId: setup.webPageId });
    expect(projected?.anchor).toMatchObject({ status: 'anchored', start: spanOf(web, 'Filippov [Stalin].”').start });
    expect(projected?.otherReading).toBe('Filippov.');
  });

  it('keeps a note on a passage only the record has, as not found on the web page', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'English Translation');
    expect(await landings(setup, setup.webPageId)).toEqual([expect.objectContaining({ words: null, otherReading: undefined })]);
  });

  it('reads transliteration brackets and typographic apostrophes as the same words: no flag', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'Telegraph the fulfillment [*ispolneniie telegraf\'te*]');
    expect(await landings(setup, setup.webPageId)).toEqual([
      expect.objectContaining({ words: 'Telegraph the fulfillment [ispolneniie telegraf’te', otherReading: undefined }),
    ]);
  });
});

describe('notes made on the web page, read on the archive record', () => {
  it('keeps a note on the RGASPI reference, which only the web page has, as not found on the record', async () => {
    const setup = seededCarrel();
    await note(setup, setup.webPageId, 'A copy was subsequently found in RGASPI, f. 558, op. 11, d. 334, ll.0055.');
    expect(await landings(setup, setup.archiveId)).toEqual([expect.objectContaining({ words: null })]);
  });

  it('lands a note on the glossed signature "Filippov [Stalin]." on the record’s bare "Filippov.", flagged', async () => {
    const setup = seededCarrel();
    await note(setup, setup.webPageId, 'Filippov [Stalin].');
    expect(await landings(setup, setup.archiveId)).toEqual([expect.objectContaining({ words: 'Filippov.', otherReading: 'Filippov [Stalin].' })]);
  });

  it('lists the notes of the other transcription only, in the order they land, the lost ones last', async () => {
    const setup = seededCarrel();
    await note(setup, setup.archiveId, 'Korean comrades');
    const rgaspi = await note(setup, setup.webPageId, 'RGASPI, f. 558');
    const salutation = await note(setup, setup.webPageId, 'Cde. Mao Zedong');
    const telegraph = await note(setup, setup.webPageId, 'Telegraph the fulfillment');
    expect(await landings(setup, setup.archiveId)).toEqual([
      { id: salutation.id, words: 'Comr. Mao Zedong', otherReading: 'Cde. Mao Zedong' },
      { id: telegraph.id, words: 'Telegraph the fulfillment', otherReading: undefined },
      { id: rgaspi.id, words: null, otherReading: undefined },
    ]);
  });

  it('leaves person tags on their own transcription, where their mentions are detected', async () => {
    const setup = seededCarrel();
    await setup.service.createAnnotation({ witnessId: setup.webPageId, ...spanOf(setup.textOf(setup.webPageId), 'Mao Zedong'), people: [SEED_IDS.mao] });
    const highlight = await setup.service.createAnnotation({ witnessId: setup.webPageId, ...spanOf(setup.textOf(setup.webPageId), 'Top Secret') });
    expect((await landings(setup, setup.archiveId)).map((p) => p.id)).toEqual([highlight.id]);
  });

  it('drops the projection once its note is deleted, and shows the note as edited', async () => {
    const setup = seededCarrel();
    const made = await note(setup, setup.webPageId, 'Top Secret');
    const other = await note(setup, setup.webPageId, '14 May 1950');
    await setup.service.updateAnnotation({ id: other.id, note: 'Dated twice.' });
    await setup.service.deleteAnnotation({ id: made.id });
    const projected = await setup.service.listProjectedAnnotations({ witnessId: setup.archiveId });
    expect(projected.map((p) => [p.annotation.id, p.annotation.note])).toEqual([[other.id, 'Dated twice.']]);
  });
});

describe('projection between plain transcriptions', () => {
  it('puts a note on a formula repeated word for word at the same relative place, page furniture before and after it notwithstanding', async () => {
    const line = 'Copy to the Tenth Department. ';
    const copies = line.repeat(12);
    const furniture = 'Skip to content. Rights and permissions apply. Record ID 115976. '.repeat(2);
    const { service, witnessIds: [source = '', target = ''] } = annotationService(copies, furniture + copies + furniture);
    const sixth = 6 * line.length;
    await service.createAnnotation({ witnessId: source, start: sixth, end: sixth + 'Copy'.length });
    const [projected] = await service.listProjectedAnnotations({ witnessId: target });
    expect(projected?.anchor).toMatchObject({ status: 'anchored', start: furniture.length + sixth });
  });

  it('projects afresh once the transcription it lands on was changed', async () => {
    const record = 'The Koreans may move toward reunification, with the assent of Peking.';
    const { store, service, witnessIds: [source = '', target = ''] } = annotationService(record, record);
    const start = record.indexOf('reunification');
    await service.createAnnotation({ witnessId: source, start, end: start + 'reunification'.length });
    expect((await service.listProjectedAnnotations({ witnessId: target }))[0]?.anchor).toMatchObject({ status: 'anchored', start });
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run('Skip to content. Rights and permissions.', target);
    expect((await service.listProjectedAnnotations({ witnessId: target }))[0]?.anchor).toEqual({ status: 'orphaned' });
  });

  it('refuses a witness that is not in the store', async () => {
    const { service } = annotationService('Some text.');
    expect(await refusal(() => service.listProjectedAnnotations({ witnessId: 'nowhere' }))).toMatchObject({ code: 'not-found' });
  });
});
