import { afterEach, describe, expect, it } from 'vitest';
import { apiSchemas, ExportFormat } from '../../core/api.js';
import { refusal } from '../testing/annotations.js';
import { annotatedTelegram } from '../testing/notes.js';
import { SEED_IDS, seededCarrel } from '../testing/people.js';
import { cleanUpScratch } from '../testing/scratch.js';
import { exportedBundle } from './export.js';

afterEach(cleanUpScratch);

const FILES: Record<ExportFormat, { extension: string; mediaType: RegExp }> = {
  markdown: { extension: '.md', mediaType: /^text\/markdown/ },
  jsonld: { extension: '.jsonld', mediaType: /^application\/ld\+json/ },
  csv: { extension: '.csv', mediaType: /^text\/csv/ },
  tei: { extension: '.tei.xml', mediaType: /^application\/tei\+xml/ },
  html: { extension: '.html', mediaType: /^text\/html/ },
};

describe('exporting notes', () => {
  it.each(ExportFormat.options)('writes the telegram and its notes as %s, with a file name and media type to save it under', async (format) => {
    const { service, documentId } = await annotatedTelegram();
    const file = apiSchemas.exportNotes.result.parse(await service.exportNotes({ format, documentId }));
    expect(file.fileName).toMatch(new RegExp(`^1950-05-14-cable-from-vyshinsky.*${FILES[format].extension.replaceAll('.', '\\.')}$`));
    expect(file.mediaType).toMatch(FILES[format].mediaType);
    expect(file.content).toContain('Stalin hands the');
  });

  it('projects every annotation anchored as the reader sees it, the document note first, and the people they name', async () => {
    const { store, documentId, ids, kim } = await annotatedTelegram();
    const bundle = exportedBundle(store.db, { documentId }, new Date('2026-06-01T10:00:00.000Z'), '1.2.3');
    expect(bundle).toMatchObject({ generated: '2026-06-01T10:00:00.000Z', generator: 'Carrel 1.2.3' });
    const [document] = bundle.documents;
    expect(document?.title).toMatch(/^Cable from Vyshinsky to Mao Zedong/);
    expect(document?.witnesses.map((witness) => witness.label)).toEqual(['Archive record', 'Web page']);
    const annotations = document?.annotations ?? [];
    expect(annotations[0]).toMatchObject({ note: 'Read with the 13 May telegram from Mao.', anchor: { status: 'orphaned' } });
    expect(annotations[0]?.target).toBeUndefined();
    // The archive record in text order (the summary's "move toward reunification" first), then the web page.
    expect(annotations.slice(1).map((annotation) => annotation.id)).toEqual([ids.highlight, ids.stalin, ids.comment, ids.koreans]);
    expect(annotations.slice(1).every((annotation) => annotation.anchor.status === 'anchored')).toBe(true);
    expect(bundle.people.map((person) => person.preferredName)).toEqual(['Andrey Vyshinsky', 'Joseph Stalin', 'Kim Il-sung']);
    expect(bundle.people.find((person) => person.id === SEED_IDS.stalin)?.aliases).toContainEqual({ name: 'Filippov', kind: 'code-name' });
    expect(bundle.people.find((person) => person.id === kim.id)?.authorities).toEqual(['https://www.wikidata.org/wiki/Q39464']);
    expect(bundle.categories.map((category) => category.id)).toEqual(['key-claim', 'question', 'evidence', 'follow-up']);
  });

  it('exports only the chosen annotations, and only the people those name', async () => {
    const { store, documentId, ids } = await annotatedTelegram();
    const bundle = exportedBundle(store.db, { documentId, annotationIds: [ids.comment, ids.stalin] }, new Date(), '1.0.0');
    expect(bundle.documents[0]?.annotations.map((annotation) => annotation.id)).toEqual([ids.stalin, ids.comment]);
    expect(bundle.people.map((person) => person.id)).toEqual([SEED_IDS.stalin]);
  });

  it('exports everything without a document, and from everything only the documents a selection touches', async () => {
    const { store, ids } = await annotatedTelegram();
    expect(exportedBundle(store.db, {}, new Date(), '1.0.0').documents[0]?.annotations).toHaveLength(5);
    expect(exportedBundle(store.db, { annotationIds: [ids.highlight] }, new Date(), '1.0.0').documents.map((d) => d.annotations.length)).toEqual([1]);
  });

  it('exports a document without notes as the document alone', async () => {
    const { service, documentId } = seededCarrel();
    const file = await service.exportNotes({ format: 'csv', documentId });
    expect(file.content.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a document or an annotation that is not in the library', async () => {
    const { service, documentId } = await annotatedTelegram();
    expect(await refusal(() => service.exportNotes({ format: 'markdown', documentId: 'no-such-document' }))).toEqual({
      code: 'not-found',
      message: 'No document with id no-such-document. It may have been deleted.',
    });
    const unknown = '99999999-9999-4999-8999-999999999999';
    const refused = await refusal(() => service.exportNotes({ format: 'markdown', documentId, annotationIds: [unknown] }));
    expect(refused.code).toBe('not-found');
    expect(refused.message).toContain(unknown);
    expect((await refusal(() => service.exportNotes({ format: 'csv', annotationIds: [unknown] }))).code).toBe('not-found');
  });

  it('prepares a download that writes, once and in chunks, the file exportNotes answers; and refuses an unknown document in words first', async () => {
    const { service, documentId, takeExport } = await annotatedTelegram();
    const prepared = apiSchemas.prepareExport.result.parse(await service.prepareExport({ format: 'tei', documentId }));
    const whole = await service.exportNotes({ format: 'tei', documentId });
    expect(prepared).toMatchObject({ fileName: whole.fileName, mediaType: whole.mediaType });
    const waiting = takeExport(prepared.ticket);
    // The test's clock stands still: both were made at the same time.
    expect([...(waiting?.chunks ?? [])].join('')).toBe(whole.content);
    expect(takeExport(prepared.ticket)).toBeUndefined();
    expect(await refusal(() => service.prepareExport({ format: 'csv', documentId: 'no-such-document' }))).toEqual({
      code: 'not-found',
      message: 'No document with id no-such-document. It may have been deleted.',
    });
  });

  it('refuses an unknown format through the dispatcher, naming the formats', async () => {
    const { dispatch, documentId } = seededCarrel();
    const answer = await dispatch('exportNotes', { format: 'docx', documentId });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(JSON.stringify(answer)).toContain('markdown');
  });
});
