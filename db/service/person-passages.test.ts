import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas } from '../../core/api.js';
import { importWitnessFile } from '../import-witness.js';
import { refusal } from '../testing/annotations.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';

afterEach(cleanUpScratch);

describe('a person\'s passages', () => {
  it('lists every passage tagged with the person in the order of the text, with the words around it', async () => {
    const { service, archiveId, webPageId, documentId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    const signature = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov.”'), people: [SEED_IDS.stalin] });
    const gloss = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov [Stalin]'), people: [SEED_IDS.stalin], note: 'The gloss' });
    const onWebPage = await service.createAnnotation({ witnessId: webPageId, ...spanOf(textOf(webPageId), 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Mao Zedong!'), people: [SEED_IDS.mao] });

    const passages = apiSchemas.personPassages.result.parse(await service.personPassages({ personId: SEED_IDS.stalin }));
    expect(passages.map((p) => p.annotationId)).toEqual([gloss.id, signature.id, onWebPage.id]);
    const [first] = passages;
    expect(first).toEqual({
      annotationId: gloss.id,
      documentId,
      documentTitle: expect.stringMatching(/^Cable from Vyshinsky to Mao Zedong/),
      witnessId: archiveId,
      witnessLabel: 'Archive record',
      before: 'Mao Zedong!\n\nIn a conversation with the Korean comrades ',
      quote: 'Filippov [Stalin]',
      after: ' and his friends expressed the opinion, that, in light of',
      orphaned: false,
    });
    expect(passages[2]?.witnessLabel).toBe('Web page');
    for (const passage of passages) {
      expect(passage.before.length).toBeLessThanOrEqual(60);
      expect(passage.after.length).toBeLessThanOrEqual(60);
    }
  });

  it('keeps a passage whose words are gone from the text, flagged orphaned, with the quote and context it was made with', async () => {
    const { service, store, archiveId, textOf } = seededCarrel();
    const text = textOf(archiveId);
    const made = await service.createAnnotation({ witnessId: archiveId, ...spanOf(text, 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    store.db.prepare('UPDATE witnesses SET reading_text = ? WHERE id = ?').run(text.replace(/In a conversation[^]*?expressed/, 'They expressed'), archiveId);
    expect(await service.personPassages({ personId: SEED_IDS.stalin })).toEqual([
      expect.objectContaining({
        annotationId: made.id,
        before: made.target?.quote.prefix,
        quote: 'Filippov [Stalin]',
        after: made.target?.quote.suffix,
        orphaned: true,
      }),
    ]);
  });

  it('orders passages by document as the library does: by date, whatever was tagged first', async () => {
    const { service, store, clock, archiveId, textOf } = seededCarrel();
    const inTelegram = await service.createAnnotation({ witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
    const earlier = importWitnessFile(store, 'earlier.txt', new TextEncoder().encode('Stalin received Mao in Moscow.'), clock);
    // The library sorts by the stored date; a plain text file carries none, so the test gives it one.
    store.db.prepare("UPDATE documents SET meta_json = json_set(meta_json, '$.date', '1949-12-16') WHERE id = ?").run(earlier.documentId);
    const inEarlier = await service.createAnnotation({ witnessId: earlier.witnessId, ...spanOf('Stalin received Mao in Moscow.', 'Stalin'), people: [SEED_IDS.stalin] });
    expect((await service.listDocuments({})).map((d) => d.id)[0]).toBe(earlier.documentId);
    expect((await service.personPassages({ personId: SEED_IDS.stalin })).map((p) => p.annotationId)).toEqual([inEarlier.id, inTelegram.id]);
  });

  it('is empty for a person tagged nowhere, and refuses an unknown person', async () => {
    const { service } = seededCarrel();
    expect(await service.personPassages({ personId: SEED_IDS.molotov })).toEqual([]);
    expect(await refusal(() => service.personPassages({ personId: 'nobody' }))).toMatchObject({ code: 'not-found' });
  });
});
