import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, MAX_IMPORT_LENGTH } from '../../core/api.js';
import { personById } from '../repositories/people.js';
import { refusal } from '../testing/annotations.js';
import { annotatedTelegram, dumpImportTables, TELEGRAM_SOURCE } from '../testing/notes.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { MAX_IMPORTED_ANNOTATIONS } from './import.js';

afterEach(cleanUpScratch);

const TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";

/** The annotations of a JSON-LD export, without the collection's own id and time. */
function items(content: string): unknown[] {
  return (JSON.parse(content) as { first: { items: unknown[] } }).first.items;
}

/** A library's JSON-LD export of the telegram's notes. */
async function exportedNotes() {
  const source = await annotatedTelegram();
  const file = await source.service.exportNotes({ format: 'jsonld', documentId: source.documentId });
  return { source, content: file.content };
}

/** The quote selector Hypothesis writes for `exact`: the quote with up to 32 characters of context, from the archive record's text. */
function hypothesisQuote(text: string, exact: string, written = exact): Record<string, string> {
  const { start, end } = spanOf(text, exact);
  return { type: 'TextQuoteSelector', exact: written, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

/** What another tool (Hypothesis) writes: an annotation with only a TextQuoteSelector on the archive's page, and nothing of Carrel's. */
function foreignAnnotation(quote: string | Record<string, string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const selector = typeof quote === 'string' ? { type: 'TextQuoteSelector', exact: quote } : quote;
  const exact = selector.exact ?? '';
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `https://hypothes.is/a/${Buffer.from(exact).toString('base64url').slice(0, 22)}`,
    type: 'Annotation',
    created: '2026-03-01T12:00:00.000000+00:00',
    creator: 'acct:ada@hypothes.is',
    body: [
      { type: 'TextualBody', value: 'The consent clause.', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'consent' },
    ],
    // The archive's address as a browser shows it now: https, with a trailing slash.
    target: { source: 'https://digitalarchive.wilsoncenter.org/document/115976/', selector: [selector] },
    ...extra,
  };
}

describe('importing a Carrel export', () => {
  it('brings the notes into a fresh library exactly as they were: ids, selectors, notes, tags, colours, people, creators and times', async () => {
    const { source, content } = await exportedNotes();
    const fresh = seededCarrel();
    const report = apiSchemas.importNotes.result.parse(await fresh.service.importNotes({ content }));
    expect(report).toEqual({ added: 5, updated: 0, unchanged: 0, orphaned: 0, documents: [TITLE] });

    const again = await fresh.service.exportNotes({ format: 'jsonld', documentId: fresh.documentId });
    expect(items(again.content)).toEqual(items(content));
    for (const witnessId of [source.archiveId, source.webPageId]) {
      expect(await fresh.service.listAnnotations({ witnessId })).toEqual(await source.service.listAnnotations({ witnessId }));
    }
    expect(await fresh.service.getDocumentNote({ documentId: fresh.documentId })).toEqual(await source.service.getDocumentNote({ documentId: source.documentId }));
    // A person the fresh library did not know is added with the same id, name and authority.
    expect(personById(fresh.store.db, source.kim.id)).toMatchObject({ preferredName: 'Kim Il-sung', authorities: ['https://www.wikidata.org/wiki/Q39464'] });
  });

  it('changes nothing when the same file is imported again', async () => {
    const { content } = await exportedNotes();
    const fresh = seededCarrel();
    await fresh.service.importNotes({ content });
    const before = dumpImportTables(fresh.store);
    expect(await fresh.service.importNotes({ content })).toEqual({ added: 0, updated: 0, unchanged: 5, orphaned: 0, documents: [TITLE] });
    expect(dumpImportTables(fresh.store)).toEqual(before);
  });

  it('changes nothing when a library imports its own export', async () => {
    const { source, content } = await exportedNotes();
    const before = dumpImportTables(source.store);
    expect(await source.service.importNotes({ content })).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(dumpImportTables(source.store)).toEqual(before);
  });

  it('updates an annotation whose note changed in the file, as one step the reader can undo', async () => {
    const { source, content } = await exportedNotes();
    const edited = content.replace('See the 13 May cable.', 'See the 13 May cable, and Shtykov’s reports.');
    expect(await source.service.importNotes({ content: edited })).toMatchObject({ added: 0, updated: 1, unchanged: 4 });
    const [comment] = (await source.service.listAnnotations({ witnessId: source.archiveId })).filter((a) => a.id === source.ids.comment);
    expect(comment?.note).toContain('Shtykov’s reports');
    expect(await source.service.undo({})).toMatchObject({ description: 'Undid: import of 1 annotation' });
    const [undone] = (await source.service.listAnnotations({ witnessId: source.archiveId })).filter((a) => a.id === source.ids.comment);
    expect(undone?.note).not.toContain('Shtykov');
  });

  it('is one step of undo: one undo takes every imported note away, one redo brings them all back, and the reader’s own steps stay theirs', async () => {
    const { content } = await exportedNotes();
    const fresh = seededCarrel();
    const own = await fresh.service.createAnnotation({ witnessId: fresh.webPageId, ...spanOf(fresh.textOf(fresh.webPageId), 'Filippov') });
    const notesNow = async () => ({
      archive: await fresh.service.listAnnotations({ witnessId: fresh.archiveId }),
      webPage: await fresh.service.listAnnotations({ witnessId: fresh.webPageId }),
      document: await fresh.service.getDocumentNote({ documentId: fresh.documentId }),
    });
    const before = await notesNow();
    await fresh.service.importNotes({ content });
    const imported = await notesNow();

    expect(await fresh.service.undo({})).toMatchObject({ description: 'Undid: import of 5 annotations' });
    expect(await notesNow()).toEqual(before);
    expect(await fresh.service.redo({})).toMatchObject({ description: 'Redid: import of 5 annotations' });
    expect(await notesNow()).toEqual(imported);
    await fresh.service.undo({});
    expect(await fresh.service.undo({})).toMatchObject({ description: 'Undid: new highlight' });
    expect(await fresh.service.listAnnotations({ witnessId: fresh.webPageId })).not.toContainEqual(own);
  });

  it('is never folded into the reader’s typing just before it', async () => {
    const { source, content } = await exportedNotes();
    await source.service.updateAnnotation({ id: source.ids.comment, note: 'Typed by the reader.' });
    source.clock.advance(500);
    const edited = content.replace('See the 13 May cable.', 'Imported wording.');
    await source.service.importNotes({ content: edited });
    const noteOf = async () => (await source.service.listAnnotations({ witnessId: source.archiveId })).find((a) => a.id === source.ids.comment)?.note;
    expect(await source.service.undo({})).toMatchObject({ description: 'Undid: import of 1 annotation' });
    expect(await noteOf()).toBe('Typed by the reader.');
    expect(await source.service.undo({})).toMatchObject({ description: 'Undid: note edited' });
    expect(await noteOf()).toContain('See the 13 May cable.');
  });

  it('finds the document by its source URL, and each passage in the witness that holds it, when the file’s witnesses are not in this library', async () => {
    const { source, content } = await exportedNotes();
    const elsewhere = content.replaceAll(/urn:carrel:witness:[^"]+/gu, 'urn:carrel:witness:another-library');
    const fresh = seededCarrel();
    expect(await fresh.service.importNotes({ content: elsewhere })).toMatchObject({ added: 5, orphaned: 0 });
    for (const witnessId of [source.archiveId, source.webPageId]) {
      expect(await fresh.service.listAnnotations({ witnessId })).toEqual(await source.service.listAnnotations({ witnessId }));
    }
  });

});

describe('importing another tool’s annotations', () => {
  const CLAUSE = 'in case of disagreement by the Chinese comrades the decision on the question should be postponed';

  it('anchors a Hypothesis annotation with only a TextQuoteSelector and the archive’s URL into the telegram', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const report = await service.importNotes({ content: JSON.stringify([foreignAnnotation(hypothesisQuote(textOf(archiveId), CLAUSE))]) });
    expect(report).toEqual({ added: 1, updated: 0, unchanged: 0, orphaned: 0, documents: [TITLE] });
    const [imported] = await service.listAnnotations({ witnessId: archiveId });
    expect(imported).toMatchObject({
      motivation: 'commenting',
      note: 'The consent clause.',
      tags: ['consent'],
      category: 'key-claim',
      creator: 'acct:ada@hypothes.is',
      created: '2026-03-01T12:00:00.000Z',
      modified: '2026-03-01T12:00:00.000Z',
      anchor: { status: 'anchored', ...spanOf(textOf(archiveId), CLAUSE), method: 'position' },
    });
    // The context is taken from the text, as for a passage the reader selected.
    expect(imported?.target?.quote.prefix).toBe(textOf(archiveId).slice(spanOf(textOf(archiveId), CLAUSE).start - 32, spanOf(textOf(archiveId), CLAUSE).start));
  });

  it('anchors a quote without context at its only occurrence', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    expect(await service.importNotes({ content: JSON.stringify([foreignAnnotation(CLAUSE)]) })).toMatchObject({ added: 1, orphaned: 0 });
    const [imported] = await service.listAnnotations({ witnessId: archiveId });
    expect(imported?.anchor).toEqual({ status: 'anchored', ...spanOf(textOf(archiveId), CLAUSE), method: 'position' });
  });

  it('orphans a quote without context that the text has in several places, rather than guess', async () => {
    const { service } = seededCarrel();
    expect(await service.importNotes({ content: JSON.stringify([foreignAnnotation('Korean comrades')]) })).toMatchObject({ added: 1, orphaned: 1 });
  });

  it('finds a quote with a typo approximately, and keeps the text’s own words', async () => {
    const { service, archiveId, textOf } = seededCarrel();
    const typo = hypothesisQuote(textOf(archiveId), CLAUSE, CLAUSE.replace('disagreement', 'disagreemnet'));
    await service.importNotes({ content: JSON.stringify([foreignAnnotation(typo)]) });
    const [imported] = await service.listAnnotations({ witnessId: archiveId });
    expect(imported?.anchor).toEqual({ status: 'anchored', ...spanOf(textOf(archiveId), CLAUSE), method: 'position' });
    expect(imported?.target?.quote.exact).toBe(CLAUSE);
  });

  it('keeps an annotation whose quote is nowhere in the text, orphaned with its quote', async () => {
    const { service, archiveId } = seededCarrel();
    const report = await service.importNotes({ content: JSON.stringify([foreignAnnotation('Kim Il-sung arrived in Moscow on 30 March 1950')]) });
    expect(report).toMatchObject({ added: 1, orphaned: 1 });
    const [orphan] = await service.listAnnotations({ witnessId: archiveId });
    expect(orphan).toMatchObject({ anchor: { status: 'orphaned' }, target: { quote: { exact: 'Kim Il-sung arrived in Moscow on 30 March 1950' } } });
  });

  it('changes nothing when the same Hypothesis file is imported again', async () => {
    const { service, store } = seededCarrel();
    const content = JSON.stringify([foreignAnnotation(CLAUSE), foreignAnnotation('Kim Il-sung arrived in Moscow')]);
    await service.importNotes({ content });
    const before = dumpImportTables(store);
    expect(await service.importNotes({ content })).toEqual({ added: 0, updated: 0, unchanged: 2, orphaned: 1, documents: [TITLE] });
    expect(dumpImportTables(store)).toEqual(before);
  });

  it('adds a page note to the reader’s own note on the document rather than losing either, once', async () => {
    const { service, documentId } = seededCarrel();
    await service.setDocumentNote({ documentId, note: 'My own reading.' });
    const content = JSON.stringify([foreignAnnotation('unused', { target: 'http://digitalarchive.wilsoncenter.org/document/115976' })]);
    expect(await service.importNotes({ content })).toMatchObject({ added: 0, updated: 1, orphaned: 0 });
    expect((await service.getDocumentNote({ documentId })).note).toBe('My own reading.\n\nThe consent clause.');
    expect(await service.importNotes({ content })).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('takes a colour by its name whatever the case, and the default colour for a name it does not know', async () => {
    const { service, archiveId } = seededCarrel();
    const classified = (exact: string, value: string) =>
      foreignAnnotation(exact, { body: [{ type: 'TextualBody', purpose: 'classifying', value }] });
    await service.importNotes({ content: JSON.stringify([classified('Filippov [Stalin]', 'EVIDENCE'), classified('Top Secret', 'Purple')]) });
    const categories = (await service.listAnnotations({ witnessId: archiveId })).map((annotation) => annotation.category);
    expect(categories.sort()).toEqual(['evidence', 'key-claim']);
  });

  it('finds people by authority (however the URI is written) or name, and adds those the registry lacks under their name, once', async () => {
    const { service, store, archiveId } = seededCarrel();
    const person = (source: string | undefined, label: string) => ({ type: 'SpecificResource', purpose: 'identifying', ...(source && { source }), label });
    const content = JSON.stringify([
      foreignAnnotation('Filippov [Stalin]', {
        motivation: 'identifying',
        // The registry holds Stalin as Wikidata's page; linked-data tools write the entity URI.
        body: [person('http://www.wikidata.org/entity/Q855', 'I. V. Stalin'), person(undefined, 'mao zedong'), person(undefined, 'Zhou Enlai')],
      }),
    ]);
    await service.importNotes({ content });
    const [tagged] = await service.listAnnotations({ witnessId: archiveId });
    const [stalin, mao, zhou] = tagged?.people ?? [];
    expect([stalin, mao]).toEqual([SEED_IDS.stalin, SEED_IDS.mao]);
    expect(personById(store.db, zhou ?? '')).toMatchObject({ preferredName: 'Zhou Enlai', aliases: [], authorities: [] });
    const people = (await service.listPeople({})).length;
    await service.importNotes({ content });
    expect(await service.listPeople({})).toHaveLength(people);
  });
});

describe('refusing a file', () => {
  async function refusedWithoutChange(content: string): Promise<{ code: string; message: string }> {
    const { service, store } = await annotatedTelegram();
    const before = dumpImportTables(store);
    const refused = await refusal(() => service.importNotes({ content }));
    expect(dumpImportTables(store)).toEqual(before);
    return refused;
  }

  it('refuses a truncated file', async () => {
    const { content } = await exportedNotes();
    expect(await refusedWithoutChange(content.slice(0, content.length / 2))).toMatchObject({ code: 'bad-request' });
  });

  it('refuses a file that is not JSON', async () => {
    expect(await refusedWithoutChange('Filippov [Stalin] agrees.')).toMatchObject({ code: 'bad-request' });
  });

  it('refuses JSON that is not an annotation collection', async () => {
    expect(await refusedWithoutChange('{"title": "My notes", "pages": 3}')).toEqual({
      code: 'bad-request',
      message: 'This file is not a W3C annotation collection: no `items` found',
    });
  });

  it('refuses an annotation without a target', async () => {
    const refused = await refusedWithoutChange(JSON.stringify([{ ...foreignAnnotation('Top Secret'), target: undefined }]));
    expect(refused.message).toMatch(/^Annotation 1 .*has no target\.$/);
  });

  it('refuses the whole file when one annotation is on a document not in the library, and imports none of the others', async () => {
    const { content } = await exportedNotes();
    const parsed = JSON.parse(content) as { first: { items: { target: Record<string, unknown> }[] } };
    const last = parsed.first.items.at(-1);
    if (!last) throw new Error('the export has no annotations');
    last.target = { ...last.target, source: 'https://example.org/another-telegram', 'carrel:witness': 'urn:carrel:witness:elsewhere' };
    const { service, store } = seededCarrel();
    const before = dumpImportTables(store);
    expect(await refusal(() => service.importNotes({ content: JSON.stringify(parsed) }))).toEqual({
      code: 'not-found',
      message: 'No document in the library matches https://example.org/another-telegram (annotation 5). Nothing was imported.',
    });
    expect(dumpImportTables(store)).toEqual(before);
  });

  it('refuses a person it cannot identify and who has no name, adding no one', async () => {
    const content = JSON.stringify([
      foreignAnnotation('Top Secret', { body: [{ type: 'SpecificResource', purpose: 'identifying', source: 'https://viaf.org/viaf/0000' }] }),
    ]);
    const refused = await refusedWithoutChange(content);
    expect(refused.message).toBe('Annotation 1 names https://viaf.org/viaf/0000, who is not in the registry, and gives no name to add them under. Nothing was imported.');
  });

  it('refuses a file over the limit before reading it', async () => {
    const { dispatch, service } = seededCarrel();
    const huge = ' '.repeat(MAX_IMPORT_LENGTH + 1);
    expect(await dispatch('importNotes', { content: huge })).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'The request to importNotes was not valid (content): This file is too large to import (over 50 MB).' },
    });
    expect(await refusal(() => service.importNotes({ content: huge }))).toEqual({ code: 'bad-request', message: 'This file is too large to import (over 50 MB).' });
  });

  it(`refuses more than ${MAX_IMPORTED_ANNOTATIONS.toLocaleString('en')} annotations`, async () => {
    const { service } = seededCarrel();
    const many = Array.from({ length: MAX_IMPORTED_ANNOTATIONS + 1 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      target: TELEGRAM_SOURCE,
    }));
    const refused = await refusal(() => service.importNotes({ content: JSON.stringify(many) }));
    expect(refused.message).toBe('This file holds 100,001 annotations; Carrel imports at most 100,000 at a time. Split it and import the parts. Nothing was imported.');
    // Reading a hundred thousand annotations takes seconds.
  }, 30_000);
});
