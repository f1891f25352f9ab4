import { describe, expect, it } from 'vitest';
import { describeImport } from './import-report.js';

describe('describeImport', () => {
  it('says what happened in the one document the notes went to', () => {
    expect(describeImport({ added: 3, updated: 1, unchanged: 2, orphaned: 0, documents: ['Telegram from Stalin to Mao'] })).toBe(
      'Imported into “Telegram from Stalin to Mao”: 3 added, 1 updated, 2 unchanged, 0 orphaned. Undo (Ctrl+Z, ⌘Z) takes the whole import back.',
    );
  });

  it('names several documents as a sentence would', () => {
    expect(describeImport({ added: 1, updated: 0, unchanged: 0, orphaned: 1, documents: ['A', 'B', 'C'] })).toBe(
      'Imported into “A”, “B” and “C”: 1 added, 0 updated, 0 unchanged, 1 orphaned. Undo (Ctrl+Z, ⌘Z) takes the whole import back.',
    );
    expect(describeImport({ added: 0, updated: 0, unchanged: 2, orphaned: 0, documents: ['A', 'B'] })).toBe('Imported into “A” and “B”: 0 added, 0 updated, 2 unchanged, 0 orphaned.');
  });

  it('still reports when no document was named', () => {
    expect(describeImport({ added: 0, updated: 0, unchanged: 0, orphaned: 0, documents: [] })).toBe('Imported: 0 added, 0 updated, 0 unchanged, 0 orphaned.');
  });
});
