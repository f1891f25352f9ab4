/**
 * Fixtures for people tests: the seeded first run (the telegram and the four seed people) with ids and
 * a clock the test controls, people found by name, and a dump of every table a people write touches.
 */
import { SEED_PEOPLE } from '../../core/people/seed-people.js';
import { openCarrel } from '../index.js';
import type { Store } from '../open.js';
import { allDocuments } from '../repositories/documents.js';
import { readingTextOf, witnessesOfDocument } from '../repositories/witnesses.js';
import { seedPersonId } from '../seed-people.js';
import { dumpTables, testIdsAndClock } from './annotations.js';
import { closeAfterTest, scratchFolder } from './scratch.js';

/** The seed people's ids, by a short name. */
export const SEED_IDS = {
  stalin: seedPersonId('Joseph Stalin'),
  mao: seedPersonId('Mao Zedong'),
  vyshinsky: seedPersonId('Andrey Vyshinsky'),
  molotov: seedPersonId('Vyacheslav Molotov'),
} as const;

// The fixture would silently test nothing if the seed's names changed.
for (const person of SEED_PEOPLE) {
  if (!Object.values(SEED_IDS).includes(seedPersonId(person.preferredName))) throw new Error(`SEED_IDS lacks ${person.preferredName}`);
}

/**
 * A first run in a fresh folder, signed "Ada Reader": the telegram (`documentId`, its archive record
 * `archiveId` and web page `webPageId`) and the seed people. Closed after the test.
 */
export function seededCarrel() {
  const clock = testIdsAndClock();
  const faults: unknown[] = [];
  const app = closeAfterTest(
    openCarrel({ dataDir: scratchFolder(), version: '1.0.0', userName: 'Ada Reader', ids: clock, log: (error) => faults.push(error) }),
  );
  const [document] = allDocuments(app.store.db);
  if (!document) throw new Error('the first run seeded no document');
  const [archive, webPage] = witnessesOfDocument(app.store.db, document.id);
  if (!archive || !webPage) throw new Error('the telegram was seeded without its two witnesses');
  const textOf = (witnessId: string): string => readingTextOf(app.store.db, witnessId)?.text ?? '';
  return { ...app, clock, faults, documentId: document.id, archiveId: archive.id, webPageId: webPage.id, textOf };
}

/** Where `phrase` stands in `text`, the `occurrence`th time (0 first); throws when it does not. */
export function spanOf(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(phrase)} is not in the text ${occurrence + 1} times`);
  }
  return { start, end: start + phrase.length };
}

const peopleTables = [
  'people',
  'person_aliases',
  'person_authorities',
  'person_text',
  'annotation_people',
  'mention_rejections',
  'document_roles',
  'document_roles_confirmed',
  'annotations',
  'annotation_tags',
  'changes',
] as const;

/** Every row of the tables a people write touches, the names index included, in a stable order. */
export function dumpPeopleTables(store: Store): Record<(typeof peopleTables)[number], unknown[]> {
  return dumpTables(store, peopleTables);
}
