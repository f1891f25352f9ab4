/**
 * Fixtures for export and import tests: the seeded telegram annotated as a reader would (a highlight, a
 * comment with tags and a colour, a Stalin tag, a person of their own, a note on the whole document),
 * and a dump of every table an import touches, to prove that a refused or repeated import changed nothing.
 */
import type { ApiArgs, CarrelService, ImportReport } from '../../core/api.js';
import type { Store } from '../open.js';
import { annotationById } from '../repositories/annotations.js';
import { dumpTables } from './annotations.js';
import { SEED_IDS, seededCarrel, spanOf } from './people.js';

/** The telegram's source URL as its archive record gives it. */
export const TELEGRAM_SOURCE = 'http://digitalarchive.wilsoncenter.org/document/115976';

/** A first run whose telegram carries a reader's notes; the ids of what was made, by a short name. */
export async function annotatedTelegram() {
  const carrel = seededCarrel();
  const { service, clock, archiveId, webPageId, documentId, textOf } = carrel;
  const passage = (witnessId: string, phrase: string) => ({ witnessId, ...spanOf(textOf(witnessId), phrase) });

  const highlight = await service.createAnnotation(passage(archiveId, 'move toward reunification'));
  clock.advance(60_000);
  const comment = await service.createAnnotation({
    ...passage(archiveId, 'the question should be decided finally by the Chinese and Korean comrades together'),
    note: 'Stalin hands the **final say** to Mao.',
    category: 'question',
    tags: ['consent', 'Beijing'],
  });
  clock.advance(60_000);
  const stalin = await service.createAnnotation({ ...passage(archiveId, 'Filippov [Stalin]'), people: [SEED_IDS.stalin] });
  const kim = await service.createPerson({ preferredName: 'Kim Il-sung', authorities: ['https://www.wikidata.org/wiki/Q39464'] });
  clock.advance(60_000);
  const koreans = await service.createAnnotation({
    ...passage(webPageId, 'Korean comrades'),
    note: 'Kim Il-sung and his delegation.',
    category: 'evidence',
    tags: ['Korea'],
    people: [kim.id, SEED_IDS.vyshinsky],
  });
  clock.advance(60_000);
  // Edited after it was made, so that created and modified differ.
  await service.updateAnnotation({ id: comment.id, note: 'Stalin hands the **final say** to Mao. See the 13 May cable.' });
  await service.setDocumentNote({ documentId, note: 'Read with the 13 May telegram from Mao.' });
  return { ...carrel, kim, ids: { highlight: highlight.id, comment: comment.id, stalin: stalin.id, koreans: koreans.id } };
}

const importTables = [
  'annotations',
  'annotation_tags',
  'annotation_people',
  'annotation_entities',
  'annotation_text',
  'annotation_tag_text',
  'changes',
  'people',
  'person_aliases',
  'person_authorities',
  'person_text',
  'categories',
  'settings',
] as const;

/** Every row of the tables an import touches, the search indexes included, in a stable order. */
export function dumpImportTables(store: Store): Record<(typeof importTables)[number], unknown[]> {
  return dumpTables(store, importTables);
}

/**
 * importNotes, then what its report says checked against what the reader reads back: every annotation
 * the report calls orphaned is orphaned in listAnnotations, every one it calls anchored is anchored, and
 * `orphaned` counts them. Throws on any disagreement; answers the report.
 */
export async function importChecked(carrel: { service: CarrelService; store: Store }, args: ApiArgs<'importNotes'>): Promise<ImportReport> {
  const { service, store } = carrel;
  const report = await service.importNotes(args);
  const listed = report.annotations.filter((entry) => entry.orphaned).length;
  if (report.orphaned !== listed) throw new Error(`the report counts ${report.orphaned} orphans but lists ${listed}`);
  if (!report.applied) return report;
  for (const entry of report.annotations) {
    const witnessId = annotationById(store.db, entry.id)?.target?.witnessId;
    if (witnessId === undefined) continue;
    const read = (await service.listAnnotations({ witnessId })).find((annotation) => annotation.id === entry.id);
    if ((read?.anchor.status === 'orphaned') !== entry.orphaned) {
      throw new Error(`annotation ${entry.id} is reported ${entry.orphaned ? 'orphaned' : 'anchored'} but reads back ${read?.anchor.status ?? 'missing'}`);
    }
  }
  return report;
}
