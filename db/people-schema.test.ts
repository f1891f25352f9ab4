import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCarrel } from './index.js';
import { defaultMigrationsDir, latestVersion, migrate, readMigrations, schemaVersion } from './migrate.js';
import { openStore } from './open.js';
import { annotationById, insertAnnotation } from './repositories/annotations.js';
import { lastUndoable } from './repositories/changes.js';
import { replaceRoles } from './repositories/document-roles.js';
import { allDocuments } from './repositories/documents.js';
import { addAliasRow, allPeople, deletePersonRow, insertPerson, personById, personIdsMatching, removeAliasRow } from './repositories/people.js';
import { SEEDED_SETTING, seedStore } from './seed.js';
import { addDocument, annotationFixture, migratedStore } from './testing/annotations.js';
import { SEED_IDS } from './testing/people.js';
import { cleanUpScratch, closeAfterTest, scratchFolder } from './testing/scratch.js';
import type { Person } from '../core/people/model.js';

afterEach(cleanUpScratch);

const createdAt = '2026-01-01T00:00:00.000Z';

function person(overrides: Partial<Person> = {}): Person {
  return { id: 'p1', preferredName: 'Kim Il-sung', aliases: [], authorities: [], colour: '#3f7cc0', ...overrides };
}

function count(store: ReturnType<typeof migratedStore>, table: string): unknown {
  return store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
}

/** A data folder whose store stopped at schema 3, seeded with the telegram, with one annotation and its logged creation. */
function storeAtSchema3(): string {
  const migrationsDir = scratchFolder();
  for (const name of ['001_documents.sql', '002_settings.sql', '003_annotations.sql']) {
    fs.copyFileSync(path.join(defaultMigrationsDir(), name), path.join(migrationsDir, name));
  }
  const dataDir = scratchFolder();
  const store = openStore({ dataDir, migrationsDir });
  migrate(store, { migrationsDir });
  addDocument(store, 'd1', 'They agree to move toward reunification.');
  store.db.prepare('INSERT INTO settings (name, value) VALUES (?, ?)').run(SEEDED_SETTING, createdAt);
  // A state as schema 3 logged it: no people.
  const withoutPeople: Partial<ReturnType<typeof annotationFixture>> = annotationFixture('d1', 'd1-w0');
  delete withoutPeople.people;
  store.db
    .prepare(
      `INSERT INTO annotations (id, document_id, kind, witness_id, quote_exact, quote_prefix, quote_suffix, pos_start, pos_end, motivation, category, creator, created_at, modified_at)
       VALUES (?, 'd1', 'passage', 'd1-w0', 'agree', 'They ', ' to move', 5, 10, 'highlighting', 'key-claim', 'Reader', ?, ?)`,
    )
    .run(withoutPeople.id ?? '', createdAt, createdAt);
  store.db
    .prepare("INSERT INTO changes (at, document_id, annotation_id, action, after_json) VALUES (?, 'd1', ?, 'create', ?)")
    .run(createdAt, withoutPeople.id ?? '', JSON.stringify(withoutPeople));
  expect(schemaVersion(store)).toBe(3);
  store.close();
  return dataDir;
}

describe('migration 004', () => {
  it('brings a store at schema 3 up to date, keeps its documents and notes, and gives it the seed people once', () => {
    const dataDir = storeAtSchema3();
    const first = openCarrel({ dataDir, version: '0.0.0-test' });
    expect(schemaVersion(first.store)).toBe(latestVersion(readMigrations()));
    expect(allDocuments(first.store.db).map((d) => d.id)).toEqual(['d1']);
    expect(allPeople(first.store.db).map((p) => p.preferredName)).toEqual(['Andrey Vyshinsky', 'Joseph Stalin', 'Mao Zedong', 'Vyacheslav Molotov']);
    expect(annotationById(first.store.db, annotationFixture('d1', 'd1-w0').id)?.people).toEqual([]);
    // The telegram was seeded before; the upgrade must not seed it again beside the reader's library.
    expect(seedStore(first.store)).toBe(0);
    first.close();

    const again = closeAfterTest(openCarrel({ dataDir, version: '0.0.0-test' }));
    expect(allPeople(again.store.db)).toHaveLength(4);
  });

  it('gives the annotation states logged before it their (empty) people, so that undo can replay them', () => {
    const dataDir = storeAtSchema3();
    const { store } = closeAfterTest(openCarrel({ dataDir, version: '0.0.0-test' }));
    expect(lastUndoable(store.db)?.after).toEqual(annotationFixture('d1', 'd1-w0'));
  });

  it('does not bring a deleted seed person back at the next start', () => {
    const dataDir = scratchFolder();
    const first = openCarrel({ dataDir, version: '0.0.0-test' });
    deletePersonRow(first.store.db, SEED_IDS.stalin);
    first.close();
    const { store } = closeAfterTest(openCarrel({ dataDir, version: '0.0.0-test' }));
    expect(allPeople(store.db).map((p) => p.preferredName)).toEqual(['Andrey Vyshinsky', 'Mao Zedong', 'Vyacheslav Molotov']);
  });
});

describe('the people tables', () => {
  it('give back a person exactly as stored, aliases and authorities in order', () => {
    const store = migratedStore();
    const stored = person({
      aliases: [
        { name: 'Kim Il Sung', kind: 'transliteration' },
        { name: 'Kim Song-ju', kind: 'variant' },
      ],
      authorities: ['https://www.wikidata.org/wiki/Q39464', 'http://viaf.org/viaf/1'],
      lifeDates: '1912–1994',
      description: 'Leader of North Korea.',
    });
    insertPerson(store.db, stored, createdAt);
    expect(personById(store.db, 'p1')).toEqual(stored);
  });

  it('refuse a padded or empty name, a colour not written #rrggbb, an unknown alias kind and a non-web authority', () => {
    const store = migratedStore();
    for (const bad of [
      person({ preferredName: ' Kim' }),
      person({ preferredName: '' }),
      person({ colour: 'red' }),
      person({ colour: '#3F7CC0' }),
      person({ aliases: [{ name: 'Kim', kind: 'nickname' as 'variant' }] }),
      person({ authorities: ['javascript:alert(1)'] }),
      person({ authorities: ['https://'] }),
    ]) {
      expect(() => store.db.transaction(() => insertPerson(store.db, bad, createdAt))()).toThrow(/CHECK constraint/);
    }
    expect(count(store, 'people')).toBe(0);
  });

  it('refuse an alias a person already has, whatever its ASCII capitals, and a 201st alias', () => {
    const store = migratedStore();
    insertPerson(store.db, person({ aliases: [{ name: 'Kim', kind: 'variant' }] }), createdAt);
    expect(() => addAliasRow(store.db, 'p1', { name: 'KIM', kind: 'variant' })).toThrow(/UNIQUE constraint/);
    for (let i = 1; i < 200; i++) addAliasRow(store.db, 'p1', { name: `Kim ${i}`, kind: 'variant' });
    expect(() => addAliasRow(store.db, 'p1', { name: 'Kim 200', kind: 'variant' })).toThrow(/at most 200 aliases/);
  });

  it('keep the names index in step with names and aliases, whatever the diacritics', () => {
    const store = migratedStore();
    insertPerson(store.db, person({ preferredName: 'Zhou Enlai', aliases: [{ name: 'Chou En-lái', kind: 'transliteration' }] }), createdAt);
    expect(personIdsMatching(store.db, 'enlai')).toEqual(['p1']);
    expect(personIdsMatching(store.db, 'chou en lai')).toEqual(['p1']);
    removeAliasRow(store.db, 'p1', 'Chou En-lái');
    expect(personIdsMatching(store.db, 'chou')).toEqual([]);
    store.db.prepare("UPDATE people SET preferred_name = 'Premier Zhou' WHERE id = 'p1'").run();
    expect(personIdsMatching(store.db, 'premier')).toEqual(['p1']);
    expect(personIdsMatching(store.db, 'enlai')).toEqual([]);
    deletePersonRow(store.db, 'p1');
    expect(count(store, 'person_text')).toBe(0);
  });

  it('drop a deleted person\'s passage tags, roles and aliases, and keep the passages', () => {
    const store = migratedStore();
    addDocument(store, 'd1', 'They agree to move toward reunification.');
    insertPerson(store.db, person({ aliases: [{ name: 'Kim', kind: 'variant' }] }), createdAt);
    const tagged = annotationFixture('d1', 'd1-w0', { people: ['p1'], note: 'kept' });
    insertAnnotation(store.db, tagged);
    replaceRoles(store.db, 'd1', [{ personId: 'p1', role: 'sender' }], createdAt);
    deletePersonRow(store.db, 'p1');
    expect(annotationById(store.db, tagged.id)).toEqual({ ...tagged, people: [] });
    for (const table of ['person_aliases', 'annotation_people', 'document_roles']) expect(count(store, table)).toBe(0);
    expect(count(store, 'document_roles_confirmed')).toBe(1);
  });

  it('refuse a passage tag of a person not in the registry, and roles of a document not confirmed', () => {
    const store = migratedStore();
    addDocument(store, 'd1', 'They agree to move toward reunification.');
    expect(() => insertAnnotation(store.db, annotationFixture('d1', 'd1-w0', { people: ['nobody'] }))).toThrow(/FOREIGN KEY/);
    insertPerson(store.db, person(), createdAt);
    expect(() =>
      store.db.prepare("INSERT INTO document_roles (document_id, person_id, role, position) VALUES ('d1', 'p1', 'sender', 0)").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
