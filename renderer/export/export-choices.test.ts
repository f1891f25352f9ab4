import { describe, expect, it } from 'vitest';
import { exportArgs, FORMAT_CHOICES, isExportFormat, scopeChoices } from './export-choices.js';

describe('export choices', () => {
  it('offers every format of the contract, Markdown first, each with a hint', () => {
    expect(FORMAT_CHOICES.map((choice) => choice.value)).toEqual(['markdown', 'jsonld', 'csv', 'tei', 'html']);
    expect(FORMAT_CHOICES.every((choice) => choice.hint.length > 0)).toBe(true);
  });

  it('trusts a stored format only when it is one', () => {
    expect(isExportFormat('tei')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
    expect(isExportFormat('toString')).toBe(false);
    expect(isExportFormat(3)).toBe(false);
  });

  it('opens the filtered scope only when the filters list some notes', () => {
    const shown = (count: number | null) => scopeChoices(count).find((choice) => choice.value === 'shown');
    expect(shown(null)).toMatchObject({ disabled: true, hint: 'No filters are set in the Notes panel.' });
    expect(shown(0)).toMatchObject({ disabled: true, hint: 'No notes match the filters.' });
    expect(shown(1)).toMatchObject({ disabled: false, hint: 'The one note the Notes panel lists now.' });
    expect(shown(1200)).toMatchObject({ disabled: false, hint: 'The 1,200 notes the Notes panel lists now.' });
  });

  it('asks for the document, the listed notes of it, or everything', () => {
    expect(exportArgs('csv', 'document', 'doc-1', ['a'])).toEqual({ format: 'csv', documentId: 'doc-1' });
    expect(exportArgs('csv', 'shown', 'doc-1', ['a', 'b'])).toEqual({ format: 'csv', documentId: 'doc-1', annotationIds: ['a', 'b'] });
    expect(exportArgs('csv', 'library', 'doc-1', ['a'])).toEqual({ format: 'csv' });
  });
});
