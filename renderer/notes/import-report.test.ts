import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../core/api.js';
import { describeImport, describePreview, unplacedCount } from './import-report.js';

const report = (fields: Partial<ImportReport>): ImportReport => ({
  applied: true,
  format: 'W3C Web Annotation',
  added: 0,
  updated: 0,
  unchanged: 0,
  orphaned: 0,
  documents: [],
  peopleAdded: [],
  skipped: [],
  unplaced: [],
  annotations: [],
  ...fields,
});

describe('describeImport', () => {
  it('says what happened in the one document the notes went to', () => {
    expect(describeImport(report({ added: 3, updated: 1, unchanged: 2, documents: ['Telegram from Stalin to Mao'] }))).toBe(
      'Imported into “Telegram from Stalin to Mao”: 3 added, 1 updated, 2 unchanged, 0 orphaned. Undo (Ctrl+Z, ⌘Z) takes the whole import back.',
    );
  });

  it('names several documents as a sentence would, and counts what was skipped', () => {
    expect(describeImport(report({ added: 1, orphaned: 1, documents: ['A', 'B', 'C'], skipped: [{ what: 'Annotation 2', reason: 'It has no target.' }] }))).toBe(
      'Imported into “A”, “B” and “C”: 1 added, 0 updated, 0 unchanged, 1 orphaned; 1 skipped. Undo (Ctrl+Z, ⌘Z) takes the whole import back.',
    );
    expect(describeImport(report({ unchanged: 2, documents: ['A', 'B'] }))).toBe('Imported into “A” and “B”: 0 added, 0 updated, 2 unchanged, 0 orphaned.');
  });

  it('still reports when no document was named', () => {
    expect(describeImport(report({}))).toBe('Imported: 0 added, 0 updated, 0 unchanged, 0 orphaned.');
  });
});

describe('describePreview', () => {
  it('says what the import will do, what it will skip, and when nothing can come in', () => {
    expect(describePreview(report({ applied: false, added: 2, documents: ['A'], skipped: [{ what: 'x', reason: 'y' }] }))).toBe('Will import into “A”: 2 added, 0 updated, 0 unchanged, 0 orphaned; 1 skipped.');
    expect(describePreview(report({ applied: false, skipped: [{ what: 'x', reason: 'y' }] }))).toBe('Nothing in this file can come in: every annotation in it is listed below with the reason.');
    expect(describePreview(report({ applied: false }))).toBe('This file holds no annotations.');
  });

  it('counts the notes on documents not in the library', () => {
    expect(unplacedCount(report({ unplaced: [{ source: 'a', count: 2 }, { count: 3 }] }))).toBe(5);
  });
});
