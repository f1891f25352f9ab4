import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, MAX_IMPORT_LENGTH, type ImportReport } from '../../core/api.js';
import { personById } from '../repositories/people.js';
import { refusal } from '../testing/annotations.js';
import { annotatedTelegram, dumpImportTables, importChecked, TELEGRAM_SOURCE } from '../testing/notes.js';
import { SEED_IDS, seededCarrel, spanOf } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { MAX_IMPORTED_ANNOTATIONS, planNotes, plannedNotes } from './import-plan.js';

afterEach(cleanUpScratch);

const TITLE = "Cable from Vyshinsky to Mao Zedong, Relaying Stalin's Stance on Permission for North Korea to attack South Korea";

/** The counts of a report, as the reader reads them. */
function counts({ added, updated, unchanged, orphaned, documents }: ImportReport) {
  return { added, updated, unchanged, orphaned, documents };
}

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
    const report = apiSchemas.importNotes.result.parse(await importChecked(fresh, { content }));
    expect(counts(report)).toEqual({ added: 5, updated: 0, unchanged: 0, orphaned: 0, documents: [TITLE] });
    expect(report).toMatchObject({ applied: true, format: 'W3C Web Annotation', skipped: [], unplaced: [], peopleAdded: ['Kim Il-sung'] });

    const again = await fresh.service.exportNotes({ format: 'jsonld', documentId: fresh.documentId });
    expect(items(again.content)).toEqual(items(content));
    for (const witnessId of [source.archiveId, source.webPageId]) {
      expect(await fresh.service.listAnnotations({ witnessId })).toEqual(await source.service.listAnnotations({ witnessId }));
    }
    expect(await fresh.service.getDocumentNote({ documentId: fresh.documentId })).toEqual(await source.service.getDocumentNote({ documentId: source.documentId }));
    // A person the fresh library did not know is added with the same id, name and authority (as exported: Wikidata's entity form).
    expect(personById(fresh.store.db, source.kim.id)).toMatchObject({ preferredName: 'Kim Il-sung', authorities: ['http://www.wikidata.org/entity/Q39464'] });
    // The file's first test: it starts the import worker and loads its modules, seconds on a busy machine.
  }, 30_000);

  it('changes nothing when the same file is imported again', async () => {
    const { content } = await exportedNotes();
    const fresh = seededCarrel();
    await importChecked(fresh, { content });
    const before = dumpImportTables(fresh.store);
    expect(counts(await importChecked(fresh, { content }))).toEqual({ added: 0, updated: 0, unchanged: 5, orphaned: 0, documents: [TITLE] });
    expect(dumpImportTables(fresh.store)).toEqual(before);
  });

  it('changes nothing when a library imports its own export', async () => {
    const { source, content } = await exportedNotes();
    const before = dumpImportTables(source.store);
    expect(await importChecked(source, { content })).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(dumpImportTables(source.store)).toEqual(before);
  });

  it('updates an annotation whose note changed in the file, as one step the reader can undo', async () => {
    const { source, content } = await exportedNotes();
    const edited = content.replace('See the 13 May cable.', 'See the 13 May cable, and Shtykov’s reports.');
    expect(await importChecked(source, { content: edited })).toMatchObject({ added: 0, updated: 1, unchanged: 4 });
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
    await importChecked(fresh, { content });
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
    await importChecked(source, { content: edited });
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
    expect(await importChecked(fresh, { content: elsewhere })).toMatchObject({ added: 5, orphaned: 0 });
    for (const witnessId of [source.archiveId, source.webPageId]) {
      expect(await fresh.service.listAnnotations({ witnessId })).toEqual(await source.service.listAnnotations({ witnessId }));
    }
  });

});

describe('importing another tool’s annotations', () => {
  const CLAUSE = 'in case of disagreement by the Chinese comrades the decision on the question should be postponed';

  it('anchors a Hypothesis annotation with only a TextQuoteSelector and the archive’s URL into the telegram', async () => {
    const carrel = seededCarrel();
    const { service, archiveId, textOf } = carrel;
    const report = await importChecked(carrel, { content: JSON.stringify([foreignAnnotation(hypothesisQuote(textOf(archiveId), CLAUSE))]) });
    expect(counts(report)).toEqual({ added: 1, updated: 0, unchanged: 0, orphaned: 0, documents: [TITLE] });
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

  it('reports a quote without context as the reader finds it, and orphans one the text has in several places rather than guess', async () => {
    const carrel = seededCarrel();
    expect(await importChecked(carrel, { content: JSON.stringify([foreignAnnotation(CLAUSE)]) })).toMatchObject({ added: 1 });
    expect(await importChecked(carrel, { content: JSON.stringify([foreignAnnotation('Korean comrades')]) })).toMatchObject({ added: 1, orphaned: 1 });
  });

  it('finds a quote with a typo approximately, and keeps the text’s own words', async () => {
    const carrel = seededCarrel();
    const { service, archiveId, textOf } = carrel;
    const typo = hypothesisQuote(textOf(archiveId), CLAUSE, CLAUSE.replace('disagreement', 'disagreemnet'));
    await importChecked(carrel, { content: JSON.stringify([foreignAnnotation(typo)]) });
    const [imported] = await service.listAnnotations({ witnessId: archiveId });
    expect(imported?.anchor).toEqual({ status: 'anchored', ...spanOf(textOf(archiveId), CLAUSE), method: 'position' });
    expect(imported?.target?.quote.exact).toBe(CLAUSE);
  });

  it('keeps an annotation whose quote is nowhere in the text, orphaned with its quote', async () => {
    const carrel = seededCarrel();
    const report = await importChecked(carrel, { content: JSON.stringify([foreignAnnotation('Kim Il-sung arrived in Moscow on 30 March 1950')]) });
    expect(report).toMatchObject({ added: 1, orphaned: 1 });
    const [orphan] = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(orphan).toMatchObject({ anchor: { status: 'orphaned' }, target: { quote: { exact: 'Kim Il-sung arrived in Moscow on 30 March 1950' } } });
  });

  it('changes nothing when the same Hypothesis file is imported again', async () => {
    const carrel = seededCarrel();
    const content = JSON.stringify([foreignAnnotation(CLAUSE), foreignAnnotation('Kim Il-sung arrived in Moscow')]);
    const first = await importChecked(carrel, { content });
    const before = dumpImportTables(carrel.store);
    expect(counts(await importChecked(carrel, { content }))).toEqual({ added: 0, updated: 0, unchanged: 2, orphaned: first.orphaned, documents: [TITLE] });
    expect(dumpImportTables(carrel.store)).toEqual(before);
  });

  it('does not move an annotation the reader re-attached when the file’s passage is still not found', async () => {
    const carrel = seededCarrel();
    const { service, archiveId, textOf } = carrel;
    const content = JSON.stringify([foreignAnnotation('Kim Il-sung arrived in Moscow on 30 March 1950')]);
    const [entry] = (await importChecked(carrel, { content })).annotations;
    await service.reattachAnnotation({ id: entry?.id ?? '', witnessId: archiveId, ...spanOf(textOf(archiveId), 'Filippov [Stalin]') });
    expect(await importChecked(carrel, { content })).toMatchObject({ unchanged: 1, orphaned: 0 });
  });

  it('adds a page note to the reader’s own note on the document rather than losing either, once', async () => {
    const carrel = seededCarrel();
    const { service, documentId } = carrel;
    await service.setDocumentNote({ documentId, note: 'My own reading.' });
    const content = JSON.stringify([foreignAnnotation('unused', { target: 'http://digitalarchive.wilsoncenter.org/document/115976' })]);
    expect(await importChecked(carrel, { content })).toMatchObject({ added: 0, updated: 1, orphaned: 0 });
    expect((await service.getDocumentNote({ documentId })).note).toBe('My own reading.\n\nThe consent clause.');
    expect(await importChecked(carrel, { content })).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('takes a colour by its name whatever the case, and the default colour for a name it does not know, saying so', async () => {
    const carrel = seededCarrel();
    const classified = (exact: string, value: string) => foreignAnnotation(exact, { body: [{ type: 'TextualBody', purpose: 'classifying', value }] });
    const report = await importChecked(carrel, { content: JSON.stringify([classified('Filippov [Stalin]', 'EVIDENCE'), classified('Top Secret', 'Purple')]) });
    const categories = (await carrel.service.listAnnotations({ witnessId: carrel.archiveId })).map((annotation) => annotation.category);
    expect(categories.sort()).toEqual(['evidence', 'key-claim']);
    expect(report.skipped).toEqual([{ what: expect.stringMatching(/^The colour “Purple” of annotation 2 \(/u) as string, reason: 'This library has no colour of that name; the annotation has the default colour.' }]);
  });

  it('finds people by authority (however the URI is written) or name, and adds those the registry lacks under their name, once', async () => {
    const carrel = seededCarrel();
    const { service, store, archiveId } = carrel;
    const person = (source: string | undefined, label: string) => ({ type: 'SpecificResource', purpose: 'identifying', ...(source && { source }), label });
    const content = JSON.stringify([
      foreignAnnotation('Filippov [Stalin]', {
        motivation: 'identifying',
        // The registry holds Stalin as Wikidata's page; linked-data tools write the entity URI.
        body: [person('http://www.wikidata.org/entity/Q855', 'I. V. Stalin'), person(undefined, 'mao zedong'), person(undefined, 'Zhou Enlai')],
      }),
    ]);
    expect((await importChecked(carrel, { content })).peopleAdded).toEqual(['Zhou Enlai']);
    const [tagged] = await service.listAnnotations({ witnessId: archiveId });
    const [stalin, mao, zhou] = tagged?.people ?? [];
    expect([stalin, mao]).toEqual([SEED_IDS.stalin, SEED_IDS.mao]);
    expect(personById(store.db, zhou ?? '')).toMatchObject({ preferredName: 'Zhou Enlai', aliases: [], authorities: [] });
    const people = (await service.listPeople({})).length;
    expect((await importChecked(carrel, { content })).peopleAdded).toEqual([]);
    expect(await service.listPeople({})).toHaveLength(people);
    // The `wd:` prefix of linked-data files names the same record.
    const prefixed = JSON.stringify([{ ...foreignAnnotation('Top Secret', { body: [person('wd:Q855', 'Stalin')] }), id: 'https://example.org/a/wd' }]);
    expect(await importChecked(carrel, { content: prefixed })).toMatchObject({ added: 1, peopleAdded: [] });
  });

  it('adds a person known only by an authority link as “needs a name”, with the link; lists one known by nothing', async () => {
    const carrel = seededCarrel();
    const identifying = (source: string) => ({ type: 'SpecificResource', purpose: 'identifying', source });
    const content = JSON.stringify([
      foreignAnnotation('Top Secret', { body: [identifying('wd:Q17374'), identifying('urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f')] }),
    ]);
    const report = await importChecked(carrel, { content });
    expect(report).toMatchObject({ added: 1, peopleAdded: ['Needs a name (wikidata.org Q17374)'] });
    expect(report.skipped).toEqual([
      { what: expect.stringMatching(/^urn:uuid:7c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f, named in annotation 1 \(/u) as string, reason: 'This library does not know them, and the file gives neither a name nor an authority link to add them by.' },
    ]);
    const [tagged] = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(personById(carrel.store.db, tagged?.people[0] ?? '')).toMatchObject({ preferredName: 'Needs a name (wikidata.org Q17374)', authorities: ['https://www.wikidata.org/entity/Q17374'] });
  });

  it('keeps a place as a linked entity on the annotation, never a person, through undo and redo and a second import, and exports it as it came', async () => {
    const carrel = seededCarrel();
    const { service, archiveId } = carrel;
    const place = { type: 'SpecificResource', purpose: 'identifying', source: 'https://pleiades.stoa.org/places/606404', label: 'Moscow' };
    const content = JSON.stringify([foreignAnnotation('Filippov [Stalin]', { motivation: 'identifying', body: [place] })]);
    const people = (await service.listPeople({})).length;
    expect(await importChecked(carrel, { content })).toMatchObject({ added: 1, skipped: [], peopleAdded: [] });
    const read = async () => (await service.listAnnotations({ witnessId: archiveId }))[0];
    expect(await read()).toMatchObject({ people: [], entities: [{ uri: 'https://pleiades.stoa.org/places/606404', label: 'Moscow' }], motivation: 'identifying' });
    expect(await service.listPeople({})).toHaveLength(people);
    expect(await importChecked(carrel, { content })).toMatchObject({ unchanged: 1 });
    await service.undo({});
    expect(await read()).toBeUndefined();
    await service.redo({});
    expect((await read())?.entities).toEqual([{ uri: 'https://pleiades.stoa.org/places/606404', label: 'Moscow' }]);
    // Exported as it came: an identifying body with its link and label, not a person.
    const exported = JSON.parse((await service.exportNotes({ format: 'jsonld', documentId: carrel.documentId })).content) as { first: { items: { body: object[] }[] } };
    expect(exported.first.items.flatMap((item) => item.body)).toContainEqual(place);
  });
});

describe('importing Hypothesis’s API JSON and Recogito’s exports', () => {
  /** A Hypothesis search answer with two rows on the archive's page (UTF-16 offsets of its text) and one reply. */
  function hypothesisRows(text: string) {
    const row = (id: string, exact: string, extra: Record<string, unknown> = {}) => ({
      id,
      created: '2024-03-01T10:00:00.123456+00:00',
      updated: '2024-03-02T08:30:00.000000+00:00',
      user: 'acct:kim@hypothes.is',
      uri: TELEGRAM_SOURCE,
      text: `On “${exact}”.`,
      tags: ['hypothesis'],
      target: [{ source: TELEGRAM_SOURCE, selector: [{ type: 'TextPositionSelector', ...spanOf(text, exact) }, hypothesisQuote(text, exact)] }],
      document: { title: ['Cable from Vyshinsky to Mao Zedong'] },
      ...extra,
    });
    return { total: 3, rows: [row('h1', 'Filippov [Stalin]'), row('h2', 'move toward reunification'), row('h3', 'Filippov [Stalin]', { references: ['h1'], target: [{ source: TELEGRAM_SOURCE }] })] };
  }

  it('brings in Hypothesis’s notes, tags, author and dates, and lists the reply', async () => {
    const carrel = seededCarrel();
    const report = await importChecked(carrel, { content: JSON.stringify(hypothesisRows(carrel.textOf(carrel.archiveId))) });
    expect(report).toMatchObject({ format: 'Hypothesis', added: 2, orphaned: 0 });
    expect(report.skipped.map((entry) => entry.what)).toEqual(['Annotation 3 (https://hypothes.is/a/h3)']);
    const notes = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(notes.map(({ note, tags, creator, created, modified }) => ({ note, tags, creator, created, modified }))).toEqual([
      { note: 'On “Filippov [Stalin]”.', tags: ['hypothesis'], creator: 'acct:kim@hypothes.is', created: '2024-03-01T10:00:00.123Z', modified: '2024-03-02T08:30:00.000Z' },
      { note: 'On “move toward reunification”.', tags: ['hypothesis'], creator: 'acct:kim@hypothes.is', created: '2024-03-01T10:00:00.123Z', modified: '2024-03-02T08:30:00.000Z' },
    ].sort((a, b) => carrel.textOf(carrel.archiveId).indexOf(a.note.slice(4, -2)) - carrel.textOf(carrel.archiveId).indexOf(b.note.slice(4, -2))));
  });

  it('offers a page that is not in the library by its title and address, and puts its notes on the document chosen', async () => {
    const carrel = seededCarrel();
    const rows = hypothesisRows(carrel.textOf(carrel.archiveId));
    const elsewhere = JSON.stringify({ ...rows, rows: rows.rows.map((row) => ({ ...row, uri: 'https://example.org/copy', target: row.target.map((target) => ({ ...target, source: 'https://example.org/copy' })) })) });
    const preview = await importChecked(carrel, { content: elsewhere });
    expect(preview).toMatchObject({ added: 0, unplaced: [{ source: 'https://example.org/copy', title: 'Cable from Vyshinsky to Mao Zedong', count: 2 }] });
    expect(preview.skipped).toContainEqual({ what: '2 annotations on “Cable from Vyshinsky to Mao Zedong” (https://example.org/copy)', reason: 'No document in the library has this address; choose one to put them on.' });
    expect(await importChecked(carrel, { content: elsewhere, documentId: carrel.documentId })).toMatchObject({ added: 2, orphaned: 0, unplaced: [], documents: [TITLE] });
  });

  it('brings in RecogitoJS’s annotations, which name no document, onto the one chosen; lists its relations', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    const annotation = (id: string, exact: string, comment: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id,
      body: [
        { type: 'TextualBody', value: comment, purpose: 'commenting', creator: { id: 'https://example.org/users/lee', name: 'Lee' }, created: '2024-05-01T10:00:00Z' },
        { type: 'TextualBody', value: 'recogito', purpose: 'tagging' },
      ],
      // RecogitoJS writes offsets and a quote, without context.
      target: { selector: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', ...spanOf(text, exact) }] },
    });
    const relation = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: '#rel', motivation: 'linking', body: [{ type: 'TextualBody', value: 'answers', purpose: 'tagging' }], target: [{ id: '#a1' }, { id: '#a2' }] };
    const content = JSON.stringify([annotation('#a1', 'Filippov [Stalin]', 'Signed with the code-name.'), annotation('#a2', 'Mao Zedong', 'The addressee.'), relation]);
    expect(await importChecked(carrel, { content })).toMatchObject({ applied: true, added: 0, unplaced: [{ count: 2 }] });
    const report = await importChecked(carrel, { content, documentId: carrel.documentId });
    expect(report).toMatchObject({ format: 'W3C Web Annotation', added: 2, documents: [TITLE] });
    expect(report.skipped).toEqual([{ what: 'Annotation 3 (#rel)', reason: 'It links annotations #a1 and #a2: Carrel keeps notes on passages, not links between them.' }]);
    const notes = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(notes.map(({ note, creator, tags }) => ({ note, creator, tags }))).toEqual(
      expect.arrayContaining([
        { note: 'Signed with the code-name.', creator: 'Lee', tags: ['recogito'] },
        { note: 'The addressee.', creator: 'Lee', tags: ['recogito'] },
      ]),
    );
  });
});

describe('positions in code points', () => {
  /** A library with a text whose astral characters (a Gothic letter, an emoji) take two UTF-16 units each. */
  async function astralCarrel() {
    const carrel = seededCarrel();
    const text = 'The 𐌰𐌱 letters, then 😀 and the passage that matters here.\n';
    const imported = await carrel.service.importDocument({ fileName: 'astral.txt', content: Buffer.from(text).toString('base64') });
    const witnessId = imported.witnessIds[0] ?? '';
    return { carrel, text: carrel.textOf(witnessId), witnessId, documentId: imported.documentId };
  }

  it('reads a TextPositionSelector in code points, as the W3C model counts them, into the text’s UTF-16 offsets', async () => {
    const { carrel, text, witnessId, documentId } = await astralCarrel();
    const passage = 'the passage that matters';
    const utf16 = spanOf(text, passage);
    const codePoints = { start: [...text.slice(0, utf16.start)].length, end: [...text.slice(0, utf16.end)].length };
    expect(codePoints.start).toBe(utf16.start - 3);
    const file = [{ id: 'https://example.org/a/astral', type: 'Annotation', bodyValue: 'By offsets alone.', target: { source: `urn:carrel:document:${documentId}`, selector: { type: 'TextPositionSelector', ...codePoints } } }];
    expect(await importChecked(carrel, { content: JSON.stringify(file) })).toMatchObject({ added: 1, orphaned: 0 });
    const [note] = await carrel.service.listAnnotations({ witnessId });
    expect(note?.anchor).toMatchObject({ status: 'anchored', ...utf16 });
    expect(note?.target?.quote.exact).toBe(passage);
  });

  it('reads Hypothesis’s offsets as the UTF-16 units its page measures', async () => {
    const { carrel, text, witnessId, documentId } = await astralCarrel();
    const utf16 = spanOf(text, 'the passage that matters');
    const rows = [{ id: 'x1', user: 'acct:kim@hypothes.is', uri: `urn:carrel:document:${documentId}`, text: 'UTF-16.', tags: [], target: [{ source: `urn:carrel:document:${documentId}`, selector: [{ type: 'TextPositionSelector', ...utf16 }] }] }];
    await importChecked(carrel, { content: JSON.stringify(rows) });
    expect((await carrel.service.listAnnotations({ witnessId }))[0]?.anchor).toMatchObject({ status: 'anchored', ...utf16 });
  });
});

describe('preview, strict, and what the report says', () => {
  it('previews exactly what the import then does, writing nothing', async () => {
    const { content } = await exportedNotes();
    const fresh = seededCarrel();
    const before = dumpImportTables(fresh.store);
    const preview = await importChecked(fresh, { content, dryRun: true });
    expect(dumpImportTables(fresh.store)).toEqual(before);
    expect(preview).toMatchObject({ applied: false, added: 5 });
    const { applied, ...done } = await importChecked(fresh, { content });
    expect(applied).toBe(true);
    expect({ ...preview, applied: undefined }).toEqual({ ...done, applied: undefined });
  });

  it('imports everything it can and lists the rest; with strict, imports nothing when anything would be skipped', async () => {
    const { content } = await exportedNotes();
    const parsed = JSON.parse(content) as { first: { items: { target: Record<string, unknown> }[] } };
    const last = parsed.first.items.at(-1);
    if (!last) throw new Error('the export has no annotations');
    last.target = { ...last.target, source: 'https://example.org/another-telegram', 'carrel:witness': 'urn:carrel:witness:elsewhere' };
    const fresh = seededCarrel();
    const before = dumpImportTables(fresh.store);
    const strict = await importChecked(fresh, { content: JSON.stringify(parsed), strict: true });
    expect(strict).toMatchObject({ applied: false, added: 4, unplaced: [{ source: 'https://example.org/another-telegram', count: 1 }] });
    expect(dumpImportTables(fresh.store)).toEqual(before);
    expect(await importChecked(fresh, { content: JSON.stringify(parsed) })).toMatchObject({ applied: true, added: 4, skipped: [{ what: '1 annotation on https://example.org/another-telegram' }] });
  });

  it('refuses a document to put notes on that is not in the library', async () => {
    const { service } = seededCarrel();
    expect(await refusal(() => service.importNotes({ content: '[]', documentId: 'nowhere' }))).toEqual({ code: 'not-found', message: 'There is no document nowhere in the library to put the notes on.' });
  });
});

describe('bad input', () => {
  async function refusedWithoutChange(content: string): Promise<{ code: string; message: string }> {
    const { service, store } = await annotatedTelegram();
    const before = dumpImportTables(store);
    const refused = await refusal(() => service.importNotes({ content }));
    expect(dumpImportTables(store)).toEqual(before);
    return refused;
  }

  it('refuses a truncated file', async () => {
    const { content } = await exportedNotes();
    expect(await refusedWithoutChange(content.slice(0, content.length / 2))).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/^This file is not complete JSON: /u) as string });
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

  it('lists an annotation without a target and imports the others', async () => {
    const carrel = seededCarrel();
    const report = await importChecked(carrel, { content: JSON.stringify([foreignAnnotation('Top Secret'), { ...foreignAnnotation('Filippov'), target: undefined }]) });
    expect(report).toMatchObject({ added: 1, skipped: [{ what: expect.stringMatching(/^Annotation 2 /u) as string, reason: 'It has no target: nothing says what it is a note on.' }] });
  });

  it('anchors a quote with a context of 100,000 characters by its nearest 32, and stores only those', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    const { start, end } = spanOf(text, 'Filippov [Stalin]');
    const long = (side: string) => 'x'.repeat(100_000 - side.length) + side;
    const quote = { type: 'TextQuoteSelector', exact: 'Filippov [Stalin]', prefix: long(text.slice(start - 32, start)), suffix: text.slice(end, end + 32) + 'x'.repeat(100_000) };
    expect(await importChecked(carrel, { content: JSON.stringify([foreignAnnotation(quote)]) })).toMatchObject({ added: 1, orphaned: 0 });
    const [stored] = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(stored?.target?.quote).toEqual({ type: 'TextQuoteSelector', exact: 'Filippov [Stalin]', prefix: text.slice(start - 32, start), suffix: text.slice(end, end + 32) });
  });

  it('finds a quote whose offsets are negative or beyond the text by its words, and lists offsets alone that the text does not have', async () => {
    const carrel = seededCarrel();
    const position = (start: number, end: number) => ({ type: 'TextPositionSelector', start, end });
    const withQuote = (start: number, end: number) => foreignAnnotation(clauseQuote(carrel.textOf(carrel.archiveId)), { target: { source: TELEGRAM_SOURCE, selector: [position(start, end), clauseQuote(carrel.textOf(carrel.archiveId))] } });
    const alone = (start: number, end: number) => ({ ...foreignAnnotation('unused'), id: `https://example.org/a/${start}`, target: { source: TELEGRAM_SOURCE, selector: position(start, end) } });
    const report = await importChecked(carrel, { content: JSON.stringify([{ ...withQuote(-5, 10), id: 'https://example.org/a/q1' }, { ...withQuote(1e12, 1e12 + 5), id: 'https://example.org/a/q2' }, alone(1e12, 1e12 + 5), alone(-5, 10)]) });
    expect(report).toMatchObject({ added: 2, orphaned: 0 });
    expect(report.skipped.map((entry) => entry.reason)).toEqual([
      'Its TextPositionSelector’s offsets (-5–10) are not positions in a text; Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.',
      expect.stringMatching(/^It points at characters 1,000,000,000,000–1,000,000,000,005, beyond the end of “Cable from Vyshinsky .*” \([\d,]+ characters\), and gives no quote to find its passage by\.$/u) as string,
    ]);
  });

  it('takes an empty quote’s passage from its offsets, and lists one with nothing else', async () => {
    const carrel = seededCarrel();
    const span = spanOf(carrel.textOf(carrel.archiveId), 'Filippov [Stalin]');
    const selector = (extra: object[]) => [{ type: 'TextQuoteSelector', exact: '' }, ...extra];
    const report = await importChecked(carrel, {
      content: JSON.stringify([
        { ...foreignAnnotation('x'), id: 'https://example.org/a/1', target: { source: TELEGRAM_SOURCE, selector: selector([{ type: 'TextPositionSelector', ...span }]) } },
        { ...foreignAnnotation('x'), id: 'https://example.org/a/2', target: { source: TELEGRAM_SOURCE, selector: selector([]) } },
      ]),
    });
    expect(report).toMatchObject({ added: 1, orphaned: 0, skipped: [{ what: 'Annotation 2 (https://example.org/a/2)', reason: 'Its TextQuoteSelector quotes nothing (its `exact` is empty); Carrel needs a TextQuoteSelector or a TextPositionSelector to find the passage.' }] });
    expect((await carrel.service.listAnnotations({ witnessId: carrel.archiveId }))[0]?.target?.quote.exact).toBe('Filippov [Stalin]');
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

describe('while a notes file is imported', () => {
  it('answers the reader’s reading and annotating before a large file is in, then takes it whole as its own step of undo', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    const phrases = ['Filippov [Stalin]', 'Comr. Mao Zedong', 'the Chinese comrades', 'the question should be postponed'];
    const notes = Array.from({ length: 2_000 }, (_, i) => ({ ...foreignAnnotation(hypothesisQuote(text, phrases[i % phrases.length] ?? '')), id: `https://example.org/a/${i}` }));
    const answered: string[] = [];
    const answer = <T>(call: string, reply: Promise<T>) => reply.then((value) => (answered.push(call), value));
    const [imported, listed, created] = await Promise.all([
      answer('importNotes', carrel.dispatch('importNotes', { content: JSON.stringify(notes) })),
      answer('listDocuments', carrel.dispatch('listDocuments', {})),
      answer('createAnnotation', carrel.dispatch('createAnnotation', { witnessId: carrel.archiveId, ...spanOf(text, 'Filippov'), note: 'Mine.' })),
    ]);
    expect(answered).toEqual(['listDocuments', 'createAnnotation', 'importNotes']);
    expect(listed.ok && created.ok).toBe(true);
    expect(imported).toMatchObject({ ok: true, value: { added: 2_000, orphaned: 0 } });
    expect(await carrel.service.listAnnotations({ witnessId: carrel.archiveId })).toHaveLength(2_001);
    expect(await carrel.service.undo({})).toMatchObject({ description: 'Undid: import of 2,000 annotations' });
    expect(await carrel.service.undo({})).toMatchObject({ description: 'Undid: new note' });
  }, 30_000);

  it('keeps answering the reader’s calls, one after another, all the while a large file is imported', async () => {
    const carrel = seededCarrel();
    const text = carrel.textOf(carrel.archiveId);
    const notes = Array.from({ length: 2_000 }, (_, i) => ({ ...foreignAnnotation(hypothesisQuote(text, 'Comr. Mao Zedong')), id: `https://example.org/b/${i}` }));
    let importing = true;
    const importing$ = carrel.dispatch('importNotes', { content: JSON.stringify(notes) }).finally(() => (importing = false));
    // Each call is made once the one before it has answered, as a new event (as the reader's calls arrive):
    // a thread the import held would answer one, at its end.
    const answeredDuring: boolean[] = [];
    while (importing) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const listed = await carrel.dispatch('listDocuments', {});
      expect(listed.ok).toBe(true);
      answeredDuring.push(importing);
    }
    expect(await importing$).toMatchObject({ ok: true, value: { added: 2_000 } });
    expect(answeredDuring.filter(Boolean).length).toBeGreaterThan(2);
  }, 60_000);

  it('brings in notes written in characters beyond the Basic Multilingual Plane whole, however long the file', async () => {
    const carrel = seededCarrel();
    const note = '🀄📜'.repeat(40_000);
    // Two files whose characters fall one unit apart: wherever the file is cut to be sent, one of them is cut inside a pair.
    for (const padding of ['', ' ']) {
      const notes = Array.from({ length: 4 }, (_, i) => ({ ...foreignAnnotation('Filippov [Stalin]'), id: `https://example.org/astral/${padding.length}/${i}`, body: { type: 'TextualBody', value: note } }));
      expect(await carrel.service.importNotes({ content: padding + JSON.stringify(notes) })).toMatchObject({ added: 4 });
    }
    const notes = (await carrel.service.listAnnotations({ witnessId: carrel.archiveId })).map((annotation) => annotation.note);
    expect(notes).toEqual(Array.from({ length: 8 }, () => note));
  });

  it('finds a plan out of date once a transcription it was made on is read again or its document deleted, so that no note lands on other words', async () => {
    const carrel = seededCarrel();
    const { db } = carrel.store;
    const letter = Buffer.from('Письмо товарищу Мао: ответ на вопрос.').toString('base64');
    const { documentId, witnessIds } = await carrel.service.importDocument({ fileName: 'letter.txt', content: letter });
    const note = { ...foreignAnnotation('x'), target: { source: 'https://example.org/letter', selector: [{ type: 'TextQuoteSelector', exact: 'товарищу Мао' }] } };
    const content = JSON.stringify([note]);
    const plan = planNotes(db, content, documentId);
    expect(plannedNotes(db, plan)).toHaveLength(1);
    const witnessId = witnessIds[0] ?? '';
    await carrel.service.readTranscriptionAs({ witnessId, encoding: 'windows-1251' });
    expect(plannedNotes(db, plan)).toBeUndefined();
    await carrel.service.readTranscriptionAs({ witnessId, encoding: 'utf-8' });
    expect(plannedNotes(db, plan)).toHaveLength(1);
    await carrel.service.deleteDocument({ documentId });
    expect(plannedNotes(db, plan)).toBeUndefined();
    expect(await refusal(() => carrel.service.importNotes({ content, documentId }))).toMatchObject({ code: 'not-found' });
  });
});

/** The consent clause's quote as Hypothesis writes it from the archive record's text. */
function clauseQuote(text: string): Record<string, string> {
  return hypothesisQuote(text, 'in case of disagreement by the Chinese comrades the decision on the question should be postponed');
}

describe('the e2e fixtures, made for the telegram’s text', () => {
  const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../e2e/notes-import', name), 'utf8');

  it('bring in Hypothesis’s notes on the archive record at their offsets, the page note and the reply listed', async () => {
    const carrel = seededCarrel();
    const report = await importChecked(carrel, { content: fixture('hypothesis-telegram.json') });
    expect(report).toMatchObject({ format: 'Hypothesis', added: 3, orphaned: 0, skipped: [{ what: 'Annotation 4 (https://hypothes.is/a/Kp3sQ1aXEe6wT4)' }] });
    const notes = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(notes.map((note) => note.anchor.status)).toEqual(['anchored', 'anchored']);
  });

  it('bring in Recogito’s notes on the document chosen, a place as a link and Mao from the registry, the relation listed', async () => {
    const carrel = seededCarrel();
    const content = fixture('recogito-telegram.jsonld');
    expect(await importChecked(carrel, { content, dryRun: true })).toMatchObject({ added: 0, unplaced: [{ count: 3 }] });
    const report = await importChecked(carrel, { content, documentId: carrel.documentId });
    expect(report).toMatchObject({ added: 3, peopleAdded: [], skipped: [{ what: 'Annotation 4 (#3a1f5c2e-8d4b-4e6a-9c7f-2b1d0e9f8a74)' }] });
    const notes = await carrel.service.listAnnotations({ witnessId: carrel.archiveId });
    expect(notes.map(({ note, creator, people, entities }) => ({ note, creator, people, entities }))).toEqual(
      expect.arrayContaining([
        { note: 'The embassy’s city.', creator: 'Lee', people: [], entities: [{ uri: 'https://sws.geonames.org/1816670/', label: 'Beijing' }] },
        { note: 'The addressee.', creator: 'Lee', people: [SEED_IDS.mao], entities: undefined },
      ]),
    );
  });
});
